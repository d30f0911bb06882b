#pragma once

#include "domain/result.h"
#include "kpifilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace cw {

/// The small tables the KPIs group and filter by, held in memory: placements (customer,
/// consultant, cost center, currency), customers (business unit, crosswalk canonical id) and
/// consultants. Aggregates are computed per placement in SQL; everything a filter or a
/// breakdown needs afterwards comes from here, so changing a filter does not query again.
///
/// A value type: load on the thread that owns the connection, then read from any thread.
class KpiDirectory
{
    Q_DECLARE_TR_FUNCTIONS(cw::KpiDirectory)

public:
    struct Placement
    {
        qint64 id = 0;
        QString externalId;
        qint64 customerId = 0;
        qint64 consultantId = 0;
        QString title;
        QString costCenter;
        QString currency;
        QDate startDate;
        /// Invalid when open-ended.
        QDate endDate;
    };

    struct Customer
    {
        qint64 id = 0;
        qint64 systemId = 0;
        QString name;
        QString businessUnit;
        QString currency;
        /// canonical_customer.id of its crosswalk link; 0 when the record is not linked.
        qint64 canonicalId = 0;
    };

    struct Consultant
    {
        qint64 id = 0;
        QString name;
    };

    static Result<KpiDirectory> load(const QSqlDatabase &db);

    const Placement *placement(qint64 id) const;
    const Customer *customer(qint64 id) const;
    const Consultant *consultant(qint64 id) const;

    /// The currency of an amount on a line of @p placementId: @p lineCurrency unless empty, else
    /// the placement's, else its customer's (KpiSql::lineCurrency() in SQL).
    QString amountCurrency(qint64 placementId, const QString &lineCurrency) const;
    /// Customer ids the filter's customer and business-unit conditions select, each expanded to
    /// the customers linked to the same canonical customer (KpiSql::customerScope() in SQL);
    /// nullopt when the filter does not narrow customers.
    std::optional<QSet<qint64>> customerScope(const KpiFilter &filter) const;
    /// True when @p placementId lies in the filter's customers and cost center.
    bool placementInSlice(qint64 placementId, const std::optional<QSet<qint64>> &scope,
                          const KpiFilter &filter) const;
    /// True when a fact of @p customerId in @p currency, on @p placementId, lies in the filter's
    /// customers, currency and cost center (a fact without a known placement has no cost center).
    bool factInSlice(qint64 customerId, const QString &currency, qint64 placementId,
                     const std::optional<QSet<qint64>> &scope, const KpiFilter &filter) const;

    /// "Title (external id)" of a placement, or its external id alone.
    QString placementLabel(qint64 id) const;
    QString customerLabel(qint64 id) const;
    QString consultantLabel(qint64 id) const;

private:
    QSet<qint64> expandThroughLinks(const QSet<qint64> &seeds) const;

    QHash<qint64, Placement> m_placements;
    QHash<qint64, Customer> m_customers;
    QHash<qint64, Consultant> m_consultants;
    QHash<qint64, QList<qint64>> m_customersByCanonical;
};

} // namespace cw
