#pragma once

#include "dsofigure.h"
#include "exceptionstats.h"
#include "integrationhealth.h"
#include "kpifilter.h"
#include "kpitile.h"
#include "unbilledsummary.h"

#include <QCoreApplication>
#include <QList>

namespace cw {

/// Builds the dashboard tiles from the figures as of the filter's date and as of the end of the
/// previous period.
///
/// Money tiles are in the filter's currency when it names one, else in the company currency
/// (currencies without a rate are listed in KpiTile::unconverted); without a company currency a
/// money tile has a value only when a single currency is involved.
/// Stateless; safe from any thread.
class KpiTiles
{
    Q_DECLARE_TR_FUNCTIONS(cw::KpiTiles)

public:
    struct Figures
    {
        const UnbilledSummary &unbilled;
        const ExceptionStats &exceptions;
        const IntegrationHealth &health;
        const DsoFigure &dso;
    };

    static QList<KpiTile> build(const KpiFilter &filter, const QString &companyCurrency,
                                const Figures &current, const Figures &previous);
    /// Stable key of @p id ("unbilled_value").
    static QString key(KpiTile::Id id);
};

} // namespace cw
