#pragma once

#include "domain/error.h"
#include "upsertcounts.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace cw {

/// How the pull of one entity of one system ended. A plain value.
struct PullEntityResult
{
    QString entity;
    /// The sync_run row of this pull.
    qint64 runId = 0;
    /// sync_run status: succeeded, partial, failed or cancelled.
    QString status;
    qint64 read = 0;
    qint64 pages = 0;
    /// Totals; failures lists every failed record.
    UpsertCounts counts;
    /// Why the entity stopped early (fetch or cache failure); empty when it ran to the end.
    std::optional<Error> error;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::PullEntityResult)
