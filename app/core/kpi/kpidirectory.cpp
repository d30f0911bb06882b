#include "kpidirectory.h"

#include "sqlitereader.h"

namespace cw {

Result<KpiDirectory> KpiDirectory::load(const QSqlDatabase &db)
{
    KpiDirectory directory;
    SqliteReader placements(db,
                            QStringLiteral("SELECT id, external_id, COALESCE(customer_id, 0), "
                                           "COALESCE(consultant_id, 0), job_title, cost_center, currency, "
                                           "start_date, end_date FROM placement"));
    auto loaded = placements.forEachRow([&directory](const SqliteReader &r) {
        Placement p { r.int64(0), r.text(1), r.int64(2), r.int64(3), r.text(4),
                      r.text(5),  r.text(6), r.date(7),  r.date(8) };
        directory.m_placements.insert(p.id, p);
    });
    if (!loaded)
        return loaded.error();

    SqliteReader customers(db,
                           QStringLiteral("SELECT c.id, c.system_id, c.name, c.business_unit, c.currency, "
                                          "COALESCE(l.canonical_id, 0) FROM customer c LEFT JOIN link l "
                                          "ON l.system_id = c.system_id AND l.entity = 'customer' "
                                          "AND l.external_id = c.external_id"));
    loaded = customers.forEachRow([&directory](const SqliteReader &r) {
        Customer c { r.int64(0), r.int64(1), r.text(2), r.text(3), r.text(4), r.int64(5) };
        directory.m_customers.insert(c.id, c);
        if (c.canonicalId != 0)
            directory.m_customersByCanonical[c.canonicalId].append(c.id);
    });
    if (!loaded)
        return loaded.error();

    SqliteReader consultants(db, QStringLiteral("SELECT id, name FROM consultant"));
    loaded = consultants.forEachRow([&directory](const SqliteReader &r) {
        directory.m_consultants.insert(r.int64(0), Consultant { r.int64(0), r.text(1) });
    });
    if (!loaded)
        return loaded.error();
    return directory;
}

const KpiDirectory::Placement *KpiDirectory::placement(qint64 id) const
{
    const auto it = m_placements.constFind(id);
    return it == m_placements.constEnd() ? nullptr : &it.value();
}

const KpiDirectory::Customer *KpiDirectory::customer(qint64 id) const
{
    const auto it = m_customers.constFind(id);
    return it == m_customers.constEnd() ? nullptr : &it.value();
}

const KpiDirectory::Consultant *KpiDirectory::consultant(qint64 id) const
{
    const auto it = m_consultants.constFind(id);
    return it == m_consultants.constEnd() ? nullptr : &it.value();
}

QString KpiDirectory::amountCurrency(qint64 placementId, const QString &lineCurrency) const
{
    if (!lineCurrency.isEmpty())
        return lineCurrency;
    const Placement *p = placement(placementId);
    if (!p)
        return {};
    if (!p->currency.isEmpty())
        return p->currency;
    const Customer *c = customer(p->customerId);
    return c ? c->currency : QString();
}

QSet<qint64> KpiDirectory::expandThroughLinks(const QSet<qint64> &seeds) const
{
    QSet<qint64> expanded = seeds;
    for (const qint64 id : seeds) {
        const Customer *c = customer(id);
        if (c && c->canonicalId != 0) {
            for (const qint64 linked : m_customersByCanonical.value(c->canonicalId))
                expanded.insert(linked);
        }
    }
    return expanded;
}

std::optional<QSet<qint64>> KpiDirectory::customerScope(const KpiFilter &filter) const
{
    if (!filter.hasCustomerScope())
        return std::nullopt;
    std::optional<QSet<qint64>> scope;
    if (!filter.customerIds.isEmpty())
        scope = expandThroughLinks(QSet<qint64>(filter.customerIds.cbegin(), filter.customerIds.cend()));
    if (!filter.businessUnit.isEmpty()) {
        QSet<qint64> seeds;
        for (const Customer &c : m_customers) {
            if (c.businessUnit == filter.businessUnit)
                seeds.insert(c.id);
        }
        const QSet<qint64> byUnit = expandThroughLinks(seeds);
        scope = scope ? scope->intersect(byUnit) : byUnit;
    }
    return scope;
}

bool KpiDirectory::placementInSlice(qint64 placementId, const std::optional<QSet<qint64>> &scope,
                                    const KpiFilter &filter) const
{
    if (!scope && filter.costCenter.isEmpty())
        return true;
    const Placement *p = placement(placementId);
    if (!p)
        return false;
    if (scope && !scope->contains(p->customerId))
        return false;
    return filter.costCenter.isEmpty() || p->costCenter == filter.costCenter;
}

bool KpiDirectory::factInSlice(qint64 customerId, const QString &currency, qint64 placementId,
                               const std::optional<QSet<qint64>> &scope, const KpiFilter &filter) const
{
    if (scope && !scope->contains(customerId))
        return false;
    if (!filter.currency.isEmpty() && currency != filter.currency)
        return false;
    if (filter.costCenter.isEmpty())
        return true;
    const Placement *p = placement(placementId);
    return p && p->costCenter == filter.costCenter;
}

QString KpiDirectory::placementLabel(qint64 id) const
{
    const Placement *p = placement(id);
    if (!p)
        return {};
    if (p->title.isEmpty())
        return p->externalId;
    return tr("%1 (%2)", "placement title (its id in the staffing platform)").arg(p->title, p->externalId);
}

QString KpiDirectory::customerLabel(qint64 id) const
{
    const Customer *c = customer(id);
    return c ? c->name : QString();
}

QString KpiDirectory::consultantLabel(qint64 id) const
{
    const Consultant *k = consultant(id);
    return k ? k->name : QString();
}

} // namespace cw
