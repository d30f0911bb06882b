#include "placementpusher.h"

#include "cache/database.h"
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odooreply.h"
#include "invoicekey.h"
#include "kpi/currencyconverter.h"
#include "placementplanner.h"

#include <QJsonArray>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace cw {

namespace {
const QString kOrder = QStringLiteral("sale.order");
const QString kId = QStringLiteral("id");
const QString kName = QStringLiteral("name");
const QString kPartner = QStringLiteral("partner");
const QString kPlacement = QStringLiteral("placement");
const QString kTitle = QStringLiteral("title");
const QString kRate = QStringLiteral("rate");
const QString kConsultant = QStringLiteral("consultant");
const QString kEmail = QStringLiteral("email");
const QString kEmployee = QStringLiteral("employee");
const QString kCustomer = QStringLiteral("customer");
const QString kCurrency = QStringLiteral("currency");
const QString kWorkEmail = QStringLiteral("work_email");
} // namespace

PlacementPusher::PlacementPusher(const Database &database, OdooClient *client, qint64 systemId,
                                 const PushOptions &options, std::shared_ptr<Clock> clock, QObject *parent)
    : LoadPusher(database, client, systemId, PlacementPlanner::kOperation, kOrder, kPlacement, options,
                 std::move(clock), parent)
{ }

PlacementPusher::~PlacementPusher() = default;

void PlacementPusher::begin()
{
    if (m_total == 0)
        return startRows(); // nothing waits: no call to Odoo at all
    OdooSearchOptions one;
    one.limit = 1;
    OdooReply *product =
        track(m_client->searchRead(QStringLiteral("product.product"),
                                   QJsonArray { QJsonArray { QStringLiteral("default_code"),
                                                             QStringLiteral("="), m_options.productCode } },
                                   { kId }, one));
    connect(product, &OdooReply::finished, this, [this, product] {
        untrack(product);
        if (!product->ok())
            return setupFailed(product->error(), product->retryAfterMs());
        m_circuit.recordSuccess();
        m_productProblem.reset();
        if (product->records().isEmpty())
            m_productProblem =
                Error(Error::Category::Mapping,
                      tr("The product %1 for billed hours does not exist in Odoo, so no sale order line can "
                         "carry the bill rate. Create it in Odoo or choose another product, then retry.")
                          .arg(m_options.productCode))
                    .setCode(QStringLiteral("sync.product_missing"));
        else
            m_productId = static_cast<qint64>(product->records().first().toObject().value(kId).toDouble());
        startRows();
    });
}

Result<LoadPusher::Item> PlacementPusher::read(const OutboxRow &row) const
{
    // odoo:placement:<system>:<external id>; the external id may contain colons itself.
    const qint64 placementSystem = row.key.section(QLatin1Char(':'), 2, 2).toLongLong();
    const QString placementId = row.key.section(QLatin1Char(':'), 3);
    QSqlQuery query(m_database.connection());
    query.prepare(
        QStringLiteral("SELECT p.id, p.job_title, %1, p.customer_id, c.name, %2, k.system_id, "
                       "k.external_id, k.name, k.email, p.currency FROM placement p "
                       "LEFT JOIN customer c ON c.id = p.customer_id LEFT JOIN consultant k ON k.id = "
                       "p.consultant_id WHERE p.system_id = ? AND p.external_id = ?")
            .arg(PlacementPlanner::rateSql(), partnerSql()));
    for (const QVariant &value : QVariantList { m_systemId, m_systemId, placementSystem, placementId })
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(tr("The placement to set up in Odoo could not be read."), query.lastError());
    Item item;
    item.row = row;
    item.label = placementId;
    if (!query.next()) {
        item.problem =
            Error(Error::Category::NotFound,
                  tr("Placement %1 is no longer in the cache, so its billing setup was not made in "
                     "Odoo. Pull the staffing platform again, or resolve this entry.")
                      .arg(placementId))
                .setCode(QStringLiteral("sync.placement_missing"));
        return item;
    }
    const QString title = query.value(1).toString().trimmed();
    const QString customer = query.value(4).toString().trimmed();
    const QString consultant = query.value(8).toString().trimmed();
    item.source = { { QStringLiteral("entity"), kPlacement },
                    { kPlacement, placementId },
                    { QStringLiteral("placement_id"), query.value(0).toLongLong() },
                    { QStringLiteral("customer_id"), query.value(3).toLongLong() },
                    { kCustomer, customer },
                    { kConsultant, consultant },
                    { QStringLiteral("job_title"), title } };
    item.values = { { kPlacement, placementId },
                    { kTitle, title },
                    { kRate, query.value(2).toString() },
                    { kCustomer, customer },
                    { kPartner, QString::number(query.value(5).toLongLong()) },
                    { kEmployee,
                      QStringLiteral("odoo:employee:%1:%2")
                          .arg(query.value(6).toLongLong())
                          .arg(query.value(7).toString()) },
                    { kConsultant, consultant },
                    { kEmail, query.value(9).toString() },
                    { kCurrency, query.value(10).toString() } };
    item.payload = { { kRate, query.value(2).toLongLong() }, { kTitle, title } };
    const QString what = tr("placement %1 (%2)").arg(placementId, title);
    if (query.value(5).toLongLong() <= 0)
        item.problem = notMapped(customer, what);
    else if (query.value(2).isNull())
        item.problem =
            Error(Error::Category::Mapping,
                  tr("Placement %1 (%2) of %3 has no bill rate, so its sale order cannot carry one. "
                     "Correct the rate of the placement, then retry.")
                      .arg(placementId, title, customer))
                .setCode(QStringLiteral("sync.rate_missing"));
    else if (query.value(7).isNull())
        item.problem =
            Error(Error::Category::Mapping,
                  tr("Placement %1 (%2) of %3 has no consultant in the cache, so no employee can be "
                     "set up in Odoo. Pull the staffing platform again, or resolve this entry.")
                      .arg(placementId, title, customer))
                .setCode(QStringLiteral("sync.consultant_missing"));
    else if (m_productProblem)
        item.problem = m_productProblem;
    return item;
}

void PlacementPusher::send(const BatchPtr &batch)
{
    QJsonArray emails;
    for (const Item &item : std::as_const(*batch)) {
        if (!item.values.value(kEmail).isEmpty())
            emails.append(item.values.value(kEmail));
    }
    if (emails.isEmpty())
        return sendEmployees(batch, {});
    // A consultant Odoo has as an employee already (same work e-mail) is left as Odoo has it: a
    // second employee for the same person would split their costs and timesheets.
    OdooReply *employees = m_client->searchRead(
        QStringLiteral("hr.employee"), QJsonArray { QJsonArray { kWorkEmail, QStringLiteral("in"), emails } },
        { kWorkEmail });
    call(batch, employees, [this, batch](OdooReply *reply) {
        QSet<QString> known;
        for (const QJsonValue &record : reply->records())
            known.insert(record.toObject().value(kWorkEmail).toString());
        sendEmployees(batch, known);
    });
}

void PlacementPusher::sendEmployees(const BatchPtr &batch, const QSet<QString> &knownEmails)
{
    QSet<QString> seen;
    QList<QStringList> rows;
    for (const Item &item : std::as_const(*batch)) {
        const QString key = item.values.value(kEmployee);
        if (seen.contains(key) || knownEmails.contains(item.values.value(kEmail)))
            continue;
        seen.insert(key);
        rows.append({ InvoiceKey::xmlId(key), item.values.value(kConsultant), item.values.value(kEmail) });
    }
    if (rows.isEmpty())
        return sendAnalytics(batch);
    load(batch, QStringLiteral("hr.employee"), { kId, kName, kWorkEmail }, rows,
         [this, batch](const QList<qint64> &) { sendAnalytics(batch); });
}

void PlacementPusher::sendAnalytics(const BatchPtr &batch)
{
    QList<QStringList> rows;
    for (const Item &item : std::as_const(*batch))
        rows.append({ InvoiceKey::xmlId(item.row.key + QStringLiteral(":analytic")),
                      tr("%1 – %2 – %3")
                          .arg(item.values.value(kCustomer), item.values.value(kTitle),
                               item.values.value(kConsultant)),
                      item.values.value(kPlacement), item.values.value(kPartner) });
    load(batch, QStringLiteral("account.analytic.account"),
         { kId, kName, QStringLiteral("code"), QStringLiteral("partner_id/.id") }, rows,
         [this, batch](const QList<qint64> &) { sendOrders(batch); });
}

void PlacementPusher::sendOrders(const BatchPtr &batch)
{
    const std::optional<OdooVersion> version = m_client->version();
    const bool orderAnalytic = version && version->major() <= 17;
    QStringList fields { kId, QStringLiteral("partner_id/.id"), QStringLiteral("client_order_ref") };
    if (orderAnalytic)
        fields << QStringLiteral("analytic_account_id/id");
    QList<QStringList> rows;
    for (const Item &item : std::as_const(*batch)) {
        QStringList row { InvoiceKey::xmlId(item.row.key), item.values.value(kPartner),
                          item.values.value(kPlacement) };
        if (orderAnalytic)
            row << InvoiceKey::xmlId(item.row.key + QStringLiteral(":analytic"));
        rows.append(row);
    }
    load(batch, kOrder, fields, rows, [this, batch](const QList<qint64> &ids) { sendLines(batch, ids); });
}

void PlacementPusher::sendLines(const BatchPtr &batch, const QList<qint64> &orderIds)
{
    QList<QStringList> rows;
    for (const Item &item : std::as_const(*batch))
        rows.append({ InvoiceKey::xmlId(item.row.key + QStringLiteral(":line")),
                      InvoiceKey::xmlId(item.row.key), QString::number(m_productId),
                      tr("%1 – %2").arg(item.values.value(kConsultant), item.values.value(kTitle)),
                      unitPrice(item) });
    load(batch, QStringLiteral("sale.order.line"),
         { kId, QStringLiteral("order_id/id"), QStringLiteral("product_id/.id"), kName,
           QStringLiteral("price_unit") },
         rows, [this, batch, orderIds](const QList<qint64> &) { landed(batch, orderIds); });
}

QString PlacementPusher::unitPrice(const Item &item)
{
    const int digits = CurrencyConverter::minorDigits(item.values.value(kCurrency));
    return QString::number(double(item.values.value(kRate).toLongLong()) / std::pow(10.0, digits), 'f',
                           digits);
}

QString PlacementPusher::financeMessage(const Item &item, const Error &error) const
{
    if (error.isRetryable())
        return tr("Odoo could not be reached after %1 attempts, so the billing setup of placement %2 (%3) "
                  "was not made there. It is retried automatically; check that Odoo is up.")
            .arg(item.row.attempts)
            .arg(item.label, item.values.value(kTitle));
    return tr("Odoo refused the billing setup of placement %1 (%2): %3 Correct the placement in the "
              "staffing platform, then retry.")
        .arg(item.label, item.values.value(kTitle), error.userMessage());
}

} // namespace cw
