#include "projectpusher.h"

#include "cache/database.h"
#include "invoicekey.h"
#include "projectplanner.h"

#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {
const QString kProject = QStringLiteral("project.project");
const QString kName = QStringLiteral("name");
const QString kPartner = QStringLiteral("partner_id");
} // namespace

ProjectPusher::ProjectPusher(const Database &database, OdooClient *client, qint64 systemId,
                             const PushOptions &options, std::shared_ptr<Clock> clock, QObject *parent)
    : LoadPusher(database, client, systemId, ProjectPlanner::kOperation, kProject, QStringLiteral("project"),
                 options, std::move(clock), parent)
{ }

ProjectPusher::~ProjectPusher() = default;

Result<LoadPusher::Item> ProjectPusher::read(const OutboxRow &row) const
{
    // odoo:project:<system>:<external id>; the external id may contain colons itself.
    const qint64 dealSystem = row.key.section(QLatin1Char(':'), 2, 2).toLongLong();
    const QString dealId = row.key.section(QLatin1Char(':'), 3);
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT d.name, d.customer_id, c.name, %1 FROM deal d LEFT JOIN customer c ON "
                       "c.id = d.customer_id WHERE d.system_id = ? AND d.external_id = ?")
            .arg(partnerSql()));
    for (const QVariant &value : QVariantList { m_systemId, m_systemId, dealSystem, dealId })
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(tr("The deal of a project could not be read."), query.lastError());
    Item item;
    item.row = row;
    if (!query.next()) {
        item.problem =
            Error(Error::Category::NotFound,
                  tr("Deal %1 is no longer in the cache, so its project was not created in Odoo. Pull the "
                     "CRM again, or resolve this entry.")
                      .arg(dealId))
                .setCode(QStringLiteral("sync.deal_missing"));
        return item;
    }
    const QString name = query.value(0).toString().trimmed();
    const QString customer = query.value(2).toString().trimmed();
    const qint64 partner = query.value(3).toLongLong();
    item.label = name;
    item.source = { { QStringLiteral("entity"), QStringLiteral("deal") },
                    { QStringLiteral("deal"), dealId },
                    { QStringLiteral("deal_name"), name },
                    { QStringLiteral("customer_id"), query.value(1).toLongLong() },
                    { QStringLiteral("customer"), customer } };
    item.payload = { { kName, name }, { kPartner, partner } };
    item.values = { { kName, name }, { kPartner, QString::number(partner) } };
    if (partner <= 0)
        item.problem = notMapped(customer, tr("the project of deal %1").arg(name));
    return item;
}

void ProjectPusher::send(const BatchPtr &batch)
{
    QList<QStringList> rows;
    for (const Item &item : std::as_const(*batch))
        rows.append(
            { InvoiceKey::xmlId(item.row.key), item.values.value(kName), item.values.value(kPartner) });
    load(batch, kProject, { QStringLiteral("id"), kName, QStringLiteral("partner_id/.id") }, rows,
         [this, batch](const QList<qint64> &ids) { landed(batch, ids); });
}

QString ProjectPusher::financeMessage(const Item &item, const Error &error) const
{
    if (error.isRetryable())
        return tr("Odoo could not be reached after %1 attempts, so the project of deal %2 was not created "
                  "there. It is retried automatically; check that Odoo is up.")
            .arg(item.row.attempts)
            .arg(item.label);
    return tr("Odoo refused the project of deal %1: %2 Correct the deal in the CRM, then retry.")
        .arg(item.label, error.userMessage());
}

} // namespace cw
