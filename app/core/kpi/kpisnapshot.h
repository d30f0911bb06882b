#pragma once

#include "dsofigure.h"
#include "exceptionstats.h"
#include "integrationhealth.h"
#include "kpifilter.h"
#include "kpitile.h"
#include "unbilledsummary.h"

#include <QList>

namespace cw {

/// Everything the dashboard shows for one filter: the tiles with their trends, the unbilled
/// breakdowns (age-bucket chart by customer), revenue exceptions per rule and week, integration
/// health (failed pushes Pareto, unmatched customers, last syncs) and DSO.
///
/// Every figure has its drill-down: tiles carry theirs; for chart and table elements call the
/// KpiDrillDowns function named in the member's documentation with this snapshot's filter.
/// A plain value; copy freely, use from any thread.
struct KpiSnapshot
{
    KpiFilter filter;
    QString companyCurrency;
    QList<KpiTile> tiles;
    UnbilledSummary unbilled;
    ExceptionStats exceptions;
    IntegrationHealth health;
    DsoFigure dso;

    /// The tile @p id; null when absent.
    const KpiTile *tile(KpiTile::Id id) const;
};

} // namespace cw
