#include "queryspec.h"

#include <QStringList>

namespace cw {

namespace {

void appendWhere(const QuerySpec &spec, QuerySpec::Statement &statement, const QString &filterText)
{
    QStringList conditions;
    if (!spec.where.isEmpty()) {
        conditions << u'(' + spec.where + u')';
        statement.values << spec.whereValues;
    }
    QList<const QuerySpec::Column *> filterColumns;
    for (const QuerySpec::Column &column : spec.columns) {
        if (column.filterable)
            filterColumns << &column;
    }
    // Every term must match some filterable column: "acme berlin" finds Acme's Berlin office.
    for (const QString &term : QuerySpec::filterTerms(filterText)) {
        if (filterColumns.isEmpty())
            break;
        const QString pattern = QuerySpec::likePattern(term);
        QStringList alternatives;
        for (const QuerySpec::Column *column : std::as_const(filterColumns)) {
            alternatives << QStringLiteral("COALESCE(%1, '') LIKE ? ESCAPE '\\'").arg(column->expression);
            statement.values << column->values << pattern;
        }
        conditions << u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
    }
    if (!conditions.isEmpty())
        statement.sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

} // namespace

QuerySpec::Column QuerySpec::column(const QString &title, const QString &expression, Kind kind, bool filterable)
{
    Column result;
    result.title = title;
    result.expression = expression;
    result.kind = kind;
    result.filterable = filterable;
    return result;
}

Qt::Alignment QuerySpec::alignmentOf(int column) const
{
    const Column &spec = columns.at(column);
    if (spec.alignment != Qt::Alignment())
        return spec.alignment;
    switch (spec.kind) {
    case Kind::Money:
    case Kind::Minutes:
    case Kind::Count:
    case Kind::Days:
    case Kind::Seconds:
        return Qt::AlignRight | Qt::AlignVCenter;
    case Kind::Text:
    case Kind::Date:
    case Kind::DateTime:
        break;
    }
    return Qt::AlignLeft | Qt::AlignVCenter;
}

QuerySpec::Statement QuerySpec::selectStatement(const QString &filterText, int sortColumn,
                                                Qt::SortOrder order, qint64 limit, qint64 offset) const
{
    Statement statement;
    QStringList selected { idExpression };
    for (const Column &column : columns) {
        selected << column.expression;
        statement.values << column.values;
        if (column.kind == Kind::Money)
            selected << (column.currencyExpression.isEmpty() ? QStringLiteral("''")
                                                             : column.currencyExpression);
    }
    statement.sql =
        QStringLiteral("SELECT ") + selected.join(QStringLiteral(", ")) + QStringLiteral(" FROM ") + from;
    appendWhere(*this, statement, filterText);

    const QString direction = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (sortColumn >= 0 && sortColumn < columns.size()) {
        const Column &column = columns.at(sortColumn);
        // Text sorts without regard to case, as people read lists; the id keeps equal values in a
        // stable order so paging never shows a row twice or skips one.
        const QString collate = column.kind == Kind::Text ? QStringLiteral(" COLLATE NOCASE") : QString();
        statement.sql += QStringLiteral(" ORDER BY %1%2 %3, %4 ASC")
                             .arg(column.expression, collate, direction, idExpression);
        statement.values << column.values;
    } else {
        statement.sql += QStringLiteral(" ORDER BY %1 %2").arg(idExpression, direction);
    }
    if (limit >= 0) {
        statement.sql += QStringLiteral(" LIMIT ? OFFSET ?");
        statement.values << limit << offset;
    }
    return statement;
}

QuerySpec::Statement QuerySpec::countStatement(const QString &filterText) const
{
    Statement statement;
    statement.sql = QStringLiteral("SELECT COUNT(*) FROM ") + from;
    appendWhere(*this, statement, filterText);
    return statement;
}

QStringList QuerySpec::filterTerms(const QString &filterText)
{
    QStringList terms;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            terms << current;
        current.clear();
    };
    for (qsizetype i = 0; i < filterText.size(); ++i) {
        const QChar c = filterText.at(i);
        if (c == u'"') {
            const qsizetype close = filterText.indexOf(u'"', i + 1);
            if (close > i) {
                flush();
                const QString phrase = filterText.mid(i + 1, close - i - 1).trimmed();
                if (!phrase.isEmpty())
                    terms << phrase;
                i = close;
                continue;
            }
        }
        if (c.isSpace())
            flush();
        else
            current += c;
    }
    flush();
    return terms;
}

QString QuerySpec::likePattern(const QString &term)
{
    QString escaped;
    escaped.reserve(term.size() + 4);
    for (const QChar c : term) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

QuerySpec::Column QuerySpec::money(const QString &title, const QString &amount, const QString &currency)
{
    Column result = column(title, amount, Kind::Money);
    result.currencyExpression = currency;
    return result;
}

} // namespace cw
