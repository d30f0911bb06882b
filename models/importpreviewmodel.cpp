#include "importpreviewmodel.h"

#include "connectors/file/rowconverter.h"

#include <QLocale>

namespace cw {

namespace {

using Kind = ImportMapping::Kind;

QString display(const ImportMapping::Field &field, const QVariant &value)
{
    if (value.isNull())
        return {};
    const QLocale locale;
    switch (field.kind) {
    case Kind::Money:
        return locale.toString(value.toLongLong() / 100.0, 'f', 2);
    case Kind::Hours:
        return locale.toString(value.toLongLong() / 60.0, 'f', 2);
    case Kind::Integer:
        return locale.toString(value.toLongLong());
    case Kind::Bool:
        return value.toLongLong() != 0 ? ImportPreviewModel::tr("Yes") : ImportPreviewModel::tr("No");
    default:
        return value.toString();
    }
}

/// The converted value of @p field in @p record, as the preview shows it.
QString valueOf(const CacheRecord &record, const ImportMapping::Field &field)
{
    if (field.kind == Kind::Reference) {
        for (const CacheReference &reference : record.references) {
            if (reference.column == field.column)
                return reference.externalId;
        }
        return {};
    }
    for (const auto &[column, value] : record.fields) {
        if (column == field.column)
            return display(field, value);
    }
    return {};
}

} // namespace

ImportPreviewModel::ImportPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ImportPreviewModel::setRows(const QStringList &header, const QList<TabularRow> &rows)
{
    m_header = header;
    m_rows = rows;
    convert();
}

void ImportPreviewModel::setMapping(const ImportMapping &mapping)
{
    m_mapping = mapping;
    convert();
}

void ImportPreviewModel::convert()
{
    beginResetModel();
    m_fields.clear();
    for (const ImportMapping::Field &field : ImportMapping::fieldsOf(m_mapping.table)) {
        // The external id only feeds the key, which has its own column.
        if (m_mapping.columns.contains(field.name) && field.name != QLatin1String("external_id"))
            m_fields.append(field);
    }
    m_lines.clear();
    const RowConverter converter(m_header, m_mapping, QString());
    const auto valid = m_mapping.validate(m_header);
    for (const TabularRow &row : std::as_const(m_rows)) {
        Line line;
        line.line = row.line;
        // An invalid mapping fails every row the same way; say why instead of a per-row reason.
        auto record = valid ? converter.toRecord(row) : Result<CacheRecord>(valid.error());
        if (record) {
            line.key = record.value().externalId;
            for (const ImportMapping::Field &field : std::as_const(m_fields))
                line.values.append(valueOf(record.value(), field));
        } else {
            line.problem = record.error().userMessage();
        }
        m_lines.append(line);
    }
    endResetModel();
}

int ImportPreviewModel::refusedCount() const
{
    return static_cast<int>(std::count_if(m_lines.begin(), m_lines.end(),
                                          [](const Line &line) { return !line.problem.isEmpty(); }));
}

int ImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_lines.size());
}

int ImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : problemColumn() + 1;
}

QVariant ImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &line = m_lines.at(index.row());
    const int column = index.column();
    if (role == Qt::TextAlignmentRole && column == LineColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (column == LineColumn)
        return role == Qt::DisplayRole ? QLocale().toString(line.line) : QVariant();
    const QString text = column == KeyColumn ? line.key
        : column == problemColumn()          ? line.problem
                                             : line.values.value(column - FirstFieldColumn);
    // A cell shows one line; the tooltip keeps the line breaks of a quoted multi-line value.
    if (role == Qt::ToolTipRole)
        return text.contains(u'\n') || column == problemColumn() ? text : QVariant();
    return QString(text).replace(u'\n', u' ');
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == LineColumn)
        return tr("Line");
    if (section == KeyColumn)
        return tr("Key");
    if (section == problemColumn())
        return tr("Problem");
    return fieldTitle(m_fields.value(section - FirstFieldColumn).name);
}

QString ImportPreviewModel::tableTitle(const QString &table)
{
    static const QMap<QString, const char *> titles {
        { QStringLiteral("customer"), QT_TR_NOOP("Customers") },
        { QStringLiteral("contact"), QT_TR_NOOP("Contacts") },
        { QStringLiteral("consultant"), QT_TR_NOOP("Consultants") },
        { QStringLiteral("placement"), QT_TR_NOOP("Placements") },
        { QStringLiteral("timesheet_line"), QT_TR_NOOP("Time entries") },
        { QStringLiteral("expense"), QT_TR_NOOP("Expenses") },
    };
    const char *title = titles.value(table);
    return title ? tr(title) : table;
}

QString ImportPreviewModel::fieldTitle(const QString &name)
{
    static const QMap<QString, const char *> titles {
        { QStringLiteral("external_id"), QT_TR_NOOP("External id") },
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("vat"), QT_TR_NOOP("VAT number") },
        { QStringLiteral("phone"), QT_TR_NOOP("Phone") },
        { QStringLiteral("email"), QT_TR_NOOP("Email") },
        { QStringLiteral("website"), QT_TR_NOOP("Website") },
        { QStringLiteral("street"), QT_TR_NOOP("Street") },
        { QStringLiteral("postcode"), QT_TR_NOOP("Postcode") },
        { QStringLiteral("city"), QT_TR_NOOP("City") },
        { QStringLiteral("country"), QT_TR_NOOP("Country") },
        { QStringLiteral("currency"), QT_TR_NOOP("Currency") },
        { QStringLiteral("status"), QT_TR_NOOP("Status") },
        { QStringLiteral("first_name"), QT_TR_NOOP("First name") },
        { QStringLiteral("last_name"), QT_TR_NOOP("Last name") },
        { QStringLiteral("customer"), QT_TR_NOOP("Customer") },
        { QStringLiteral("employment_type"), QT_TR_NOOP("Employment type") },
        { QStringLiteral("consultant"), QT_TR_NOOP("Consultant") },
        { QStringLiteral("job_title"), QT_TR_NOOP("Job title") },
        { QStringLiteral("start_date"), QT_TR_NOOP("Start date") },
        { QStringLiteral("end_date"), QT_TR_NOOP("End date") },
        { QStringLiteral("bill_rate"), QT_TR_NOOP("Bill rate") },
        { QStringLiteral("pay_rate"), QT_TR_NOOP("Pay rate") },
        { QStringLiteral("cost_center"), QT_TR_NOOP("Cost centre") },
        { QStringLiteral("placement"), QT_TR_NOOP("Placement") },
        { QStringLiteral("work_date"), QT_TR_NOOP("Work date") },
        { QStringLiteral("hours"), QT_TR_NOOP("Hours") },
        { QStringLiteral("billable"), QT_TR_NOOP("Billable") },
        { QStringLiteral("expense_date"), QT_TR_NOOP("Expense date") },
        { QStringLiteral("category"), QT_TR_NOOP("Category") },
        { QStringLiteral("description"), QT_TR_NOOP("Description") },
        { QStringLiteral("amount"), QT_TR_NOOP("Amount") },
    };
    const char *title = titles.value(name);
    return title ? tr(title) : name;
}

} // namespace cw
