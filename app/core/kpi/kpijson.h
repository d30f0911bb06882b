#pragma once

#include "financekpis.h"
#include "kpisnapshot.h"

#include <QJsonObject>

namespace cw {

/// The dashboard figures as JSON, for `crosswalkctl kpi --json` and exports: stable keys
/// (snake_case), money as integer minor units with its currency code, minutes as integers, dates
/// as 'YYYY-MM-DD', missing figures as null; every figure with its drill-down (`drill`: entity,
/// from, where, values) so a script can list the records behind it.
///
/// Stateless; safe from any thread.
class KpiJson
{
public:
    /// The snapshot; each unbilled breakdown lists its first @p topRows rows (all when 0), with
    /// the full count in `<breakdown>_count`.
    static QJsonObject toJson(const KpiSnapshot &snapshot, int topRows = 20);
    static QJsonObject toJson(const FinanceKpis &finance);
    static QJsonObject toJson(const MoneyTotal &money);
    static QJsonObject toJson(const DrillDown &drill);
};

} // namespace cw
