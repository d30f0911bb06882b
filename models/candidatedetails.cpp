#include "candidatedetails.h"

#include "cache/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {

struct FieldInfo
{
    const char *column;
    const char *explanationKey; ///< MatchExplanation field key
    const char *demoKey; ///< key in the demo generator's short explanation, or null
};

constexpr FieldInfo kFields[] = {
    { "name", "name", "name" },          { "legal_form", "legal_form", nullptr }, { "vat", "tax_id", "vat" },
    { "registry_id", "tax_id", nullptr }, { "phone", "phone", "phone" },           { "email", "domain", "domain" },
    { "website", "domain", "domain" },   { "street", "address", nullptr },        { "postcode", "address", "postcode" },
    { "city", "address", nullptr },      { "country", "country", nullptr },
};

QString fieldTitle(const QString &column)
{
    static const QHash<QString, QString> titles {
        { QStringLiteral("name"), CandidateDetails::tr("Name") },
        { QStringLiteral("legal_form"), CandidateDetails::tr("Legal form") },
        { QStringLiteral("vat"), CandidateDetails::tr("VAT number") },
        { QStringLiteral("registry_id"), CandidateDetails::tr("Registration id") },
        { QStringLiteral("phone"), CandidateDetails::tr("Phone") },
        { QStringLiteral("email"), CandidateDetails::tr("E-mail") },
        { QStringLiteral("website"), CandidateDetails::tr("Website") },
        { QStringLiteral("street"), CandidateDetails::tr("Street") },
        { QStringLiteral("postcode"), CandidateDetails::tr("Postcode") },
        { QStringLiteral("city"), CandidateDetails::tr("City") },
        { QStringLiteral("country"), CandidateDetails::tr("Country") },
    };
    return titles.value(column, column);
}

QString columnList()
{
    QStringList columns;
    for (const FieldInfo &field : kFields)
        columns << QStringLiteral("c.") + QLatin1String(field.column);
    return columns.join(QLatin1Char(','));
}

Result<CandidateDetails::Record> loadRecord(const Database &database, qint64 customerId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT s.name, s.kind, l.canonical_id, cc.name, %1 FROM customer c "
                                 "JOIN system s ON s.id = c.system_id LEFT JOIN link l ON l.system_id = c.system_id "
                                 "AND l.entity = 'customer' AND l.external_id = c.external_id "
                                 "LEFT JOIN canonical_customer cc ON cc.id = l.canonical_id WHERE c.id = ?")
                      .arg(columnList()));
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(CandidateDetails::tr("The records of the match could not be read."), query.lastError());
    if (!query.next())
        return Error(Error::Category::NotFound, CandidateDetails::tr("The record is no longer in the cache."));
    CandidateDetails::Record record;
    record.id = customerId;
    record.systemName = query.value(0).toString();
    record.systemKind = query.value(1).toString();
    record.canonicalId = query.value(2).toLongLong();
    record.canonicalName = query.value(3).toString();
    int index = 4;
    for (const FieldInfo &field : kFields)
        record.values.insert(QLatin1String(field.column), query.value(index++).toString().trimmed());
    return record;
}

CandidateDetails::Verdict verdictOfOutcome(const QString &outcome)
{
    if (outcome == QLatin1String("agree") || outcome == QLatin1String("equal"))
        return CandidateDetails::Verdict::Agree;
    if (outcome == QLatin1String("partial"))
        return CandidateDetails::Verdict::Partial;
    if (outcome == QLatin1String("disagree") || outcome == QLatin1String("different"))
        return CandidateDetails::Verdict::Disagree;
    if (outcome == QLatin1String("missing"))
        return CandidateDetails::Verdict::Missing;
    return CandidateDetails::Verdict::Unknown;
}

// Without a word from the matcher, the stored values themselves: equal ignoring case and spaces.
CandidateDetails::Verdict compareValues(const QString &left, const QString &right)
{
    if (left.isEmpty() || right.isEmpty())
        return CandidateDetails::Verdict::Missing;
    const auto plain = [](const QString &text) { return text.simplified().toCaseFolded(); };
    return plain(left) == plain(right) ? CandidateDetails::Verdict::Agree : CandidateDetails::Verdict::Unknown;
}

} // namespace

Result<CandidateDetails> CandidateDetails::load(const Database &database, qint64 candidateId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT left_customer_id, right_customer_id, score, band, status, "
                                 "value_at_stake_minor, explanation FROM match_candidate WHERE id = ?"));
    query.addBindValue(candidateId);
    if (!query.exec())
        return sqlError(tr("The match could not be read from the cache."), query.lastError());
    if (!query.next())
        return Error(Error::Category::NotFound, tr("The match is no longer in the cache."));
    CandidateDetails details;
    details.id = candidateId;
    details.score = query.value(2).toDouble();
    details.band = query.value(3).toString();
    details.status = query.value(4).toString();
    details.valueAtStakeMinor = query.value(5).toLongLong();
    details.explanation = QJsonDocument::fromJson(query.value(6).toByteArray()).object();
    auto left = loadRecord(database, query.value(0).toLongLong());
    if (!left)
        return left.error();
    auto right = loadRecord(database, query.value(1).toLongLong());
    if (!right)
        return right.error();
    details.left = left.value();
    details.right = right.value();
    return details;
}

Result<qint64> CandidateDetails::bestCandidateOf(const Database &database, qint64 customerId)
{
    QSqlQuery query(database.connection());
    query.prepare(QStringLiteral("SELECT id FROM match_candidate WHERE (left_customer_id = ? OR right_customer_id = ?) "
                                 "AND status <> 'rejected' ORDER BY score DESC, id LIMIT 1"));
    query.addBindValue(customerId);
    query.addBindValue(customerId);
    if (!query.exec())
        return sqlError(tr("The near miss could not be read from the cache."), query.lastError());
    return query.next() ? query.value(0).toLongLong() : qint64(0);
}

QList<CandidateDetails::Row> CandidateDetails::rows() const
{
    QHash<QString, QJsonObject> matcher;
    for (const QJsonValue &value : explanation.value(QStringLiteral("fields")).toArray())
        matcher.insert(value.toObject().value(QStringLiteral("field")).toString(), value.toObject());
    QList<Row> out;
    for (const FieldInfo &field : kFields) {
        Row row;
        row.field = QLatin1String(field.column);
        row.title = fieldTitle(row.field);
        row.left = left.values.value(row.field);
        row.right = right.values.value(row.field);
        row.verdict = compareValues(row.left, row.right);
        if (const auto it = matcher.constFind(QLatin1String(field.explanationKey)); it != matcher.constEnd()) {
            row.verdict = verdictOfOutcome(it->value(QStringLiteral("outcome")).toString());
            row.evidence = it->value(QStringLiteral("level")).toString();
            row.weight = it->value(QStringLiteral("weight")).toDouble();
            row.hasWeight = true;
        } else if (field.demoKey && explanation.contains(QLatin1String(field.demoKey))) {
            const QJsonValue value = explanation.value(QLatin1String(field.demoKey));
            if (value.isDouble()) {
                const double similarity = value.toDouble();
                row.verdict = similarity >= 0.9 ? Verdict::Agree : similarity >= 0.7 ? Verdict::Partial
                                                                                       : Verdict::Disagree;
                row.evidence = tr("similarity %1").arg(similarity, 0, 'f', 2);
            } else {
                row.verdict = verdictOfOutcome(value.toString());
            }
        }
        out << row;
    }
    return out;
}

} // namespace cw
