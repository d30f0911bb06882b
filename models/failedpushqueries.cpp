#include "failedpushqueries.h"

#include "domain/error.h"
#include "pagequeries.h"
#include "sync/failedpushcause.h"

namespace cw {

namespace {

using Kind = QuerySpec::Kind;

QuerySpec::Column column(const QString &title, const QString &expression, Kind kind = Kind::Text,
                         bool filterable = false, const QString &description = {})
{
    QuerySpec::Column result = QuerySpec::column(title, expression, kind, filterable);
    result.description = description;
    return result;
}

QuerySpec::Column category(const QString &expression)
{
    QuerySpec::Column result = column(FailedPushQueries::tr("Category"), expression, Kind::Text, true);
    for (int i = int(Error::Category::Network); i <= int(Error::Category::Internal); ++i) {
        const auto known = static_cast<Error::Category>(i);
        result.labels.insert(Error::categoryName(known), Error::categoryTitle(known));
    }
    return result;
}

QuerySpec::Column problem(const QString &fingerprintExpression)
{
    QuerySpec::Column result = column(FailedPushQueries::tr("Problem"), fingerprintExpression, Kind::Text,
                                      true, FailedPushQueries::tr("What went wrong, in words"));
    for (const QString &fingerprint : FailedPushCause::knownFingerprints())
        result.labels.insert(fingerprint, FailedPushCause::title(QString(), fingerprint));
    return result;
}

QuerySpec::Column age(const QString &since, const QDate &today)
{
    QuerySpec::Column result =
        column(FailedPushQueries::tr("Age (days)"),
               QStringLiteral("CAST(julianday(?) - julianday(substr(%1, 1, 10)) AS INTEGER)").arg(since),
               Kind::Days, false, FailedPushQueries::tr("Days since the failure was first seen"));
    result.values << today.toString(Qt::ISODate);
    return result;
}

} // namespace

QuerySpec FailedPushQueries::list(Rows rows, const QDate &today)
{
    QuerySpec spec;
    spec.from = QStringLiteral("failed_push f LEFT JOIN system s ON s.id = f.system_id");
    spec.idExpression = QStringLiteral("f.id");
    switch (rows) {
    case Rows::Open:
        spec.id = QStringLiteral("failed-pushes/open");
        spec.where = PageQueries::openFailedPushCondition();
        break;
    case Rows::Resolved:
        spec.id = QStringLiteral("failed-pushes/resolved");
        spec.where = QStringLiteral("NOT (%1)").arg(PageQueries::openFailedPushCondition());
        break;
    case Rows::All:
        spec.id = QStringLiteral("failed-pushes/all");
        break;
    }
    QuerySpec::Column state =
        column(tr("State"),
               QStringLiteral(
                   "CASE WHEN f.state = 'open' THEN 'open' WHEN f.resolved_by = 'crosswalk' THEN 'retried' "
                   "ELSE 'resolved' END"),
               Kind::Text, false, tr("Open, resolved by a person, or resolved by a later retry"));
    state.labels = { { QStringLiteral("open"), tr("Open") },
                     { QStringLiteral("resolved"), tr("Resolved") },
                     { QStringLiteral("retried"), tr("Resolved by a later retry") } };
    spec.columns << category(QStringLiteral("f.category")) << problem(QStringLiteral("f.fingerprint"))
                 << column(tr("Customer"), QStringLiteral("json_extract(f.source, '$.customer')"), Kind::Text,
                           true)
                 << column(tr("Period"), QStringLiteral("json_extract(f.source, '$.period')"), Kind::Text,
                           true)
                 << column(tr("Message"), QStringLiteral("f.message"), Kind::Text, true)
                 << age(QStringLiteral("f.first_seen"), today)
                 << column(tr("Attempts"), QStringLiteral("f.attempts"), Kind::Count, false,
                           tr("How many times Crosswalk tried to write it"))
                 << column(tr("Occurrences"), QStringLiteral("f.occurrences"), Kind::Count, false,
                           tr("How many times the same failure was seen"))
                 << column(tr("First seen"), QStringLiteral("f.first_seen"), Kind::DateTime)
                 << column(tr("Last seen"), QStringLiteral("f.last_seen"), Kind::DateTime) << state
                 << column(tr("Odoo message"), QStringLiteral("f.remote_message"), Kind::Text, true,
                           tr("The error text Odoo returned, as it sent it"))
                 << column(tr("System"), QStringLiteral("s.name"), Kind::Text, true)
                 << column(tr("Resolution"), QStringLiteral("f.resolution"), Kind::Text, true);
    spec.defaultSortColumn = 9;
    spec.defaultSortOrder = Qt::DescendingOrder;
    return spec;
}

QuerySpec FailedPushQueries::grouped(const QDate &today)
{
    QuerySpec spec;
    spec.id = QStringLiteral("failed-pushes/grouped");
    // SQLite takes the bare message from the row that gave MAX(last_seen): the latest example.
    spec.from =
        QStringLiteral(
            "(SELECT MIN(f.id) AS id, f.category, f.fingerprint, COUNT(*) AS failures, SUM(f.occurrences) AS "
            "occurrences, SUM(f.attempts) AS attempts, MIN(f.first_seen) AS first_seen, MAX(f.last_seen) AS "
            "last_seen, "
            "f.message FROM failed_push f WHERE %1 GROUP BY f.category, f.fingerprint) g")
            .arg(PageQueries::openFailedPushCondition());
    spec.idExpression = QStringLiteral("g.id");
    spec.columns << category(QStringLiteral("g.category")) << problem(QStringLiteral("g.fingerprint"))
                 << column(tr("Failures"), QStringLiteral("g.failures"), Kind::Count, false,
                           tr("Open failed pushes with this cause"))
                 << column(tr("Occurrences"), QStringLiteral("g.occurrences"), Kind::Count)
                 << column(tr("Attempts"), QStringLiteral("g.attempts"), Kind::Count)
                 << age(QStringLiteral("g.first_seen"), today)
                 << column(tr("First seen"), QStringLiteral("g.first_seen"), Kind::DateTime)
                 << column(tr("Last seen"), QStringLiteral("g.last_seen"), Kind::DateTime)
                 << column(tr("Latest message"), QStringLiteral("g.message"), Kind::Text, true);
    spec.defaultSortColumn = 2;
    spec.defaultSortOrder = Qt::DescendingOrder;
    return spec;
}

} // namespace cw
