#pragma once

#include "bullhornconfig.h"
#include "domain/result.h"
#include "sync/cacherecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cw {

/// Turns Bullhorn entities into cache records: ClientCorporation into `customer`, ClientContact
/// into `contact`, Candidate into `consultant`, Placement into `placement` (its customer through
/// `jobOrder.clientCorporation`), TimesheetEntry into `timesheet_line` (its placement through
/// `timesheet.placement`). The raw entity is kept as compact JSON. Pure functions; thread-safe.
///
/// Rules: epoch-ms timestamps become ISO 8601 UTC with 'Z', date fields "YYYY-MM-DD"; decimal
/// rates become minor units; soft-deleted contacts and candidates (isDeleted) leave the cache;
/// corporations with status "Archive" are archived, "Prospect"/"Lead" not customers; entry
/// quantities (hours) become whole minutes; approval Approved/Completed is "approved", Rejected
/// "rejected", anything else "submitted"; earn codes in BullhornConfig::nonBillableEarnCodes are
/// not billable. A void entry (negative quantity, voidingTimesheetEntry set) is not a line of
/// its own: voidedEntry() names the entry it cancels, which the pull removes from the cache, as
/// timesheet_line keeps minutes >= 0 and a voided day must stop counting as billable time.
class BullhornRecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(cw::BullhornRecordMapper)

public:
    /// The `fields` selection the mapper needs for @p entity (a Bullhorn entity name).
    static QString fields(const QString &entity, const BullhornConfig &config);
    /// The cache table of @p entity's records.
    static QString table(const QString &entity);

    /// Dispatches on @p entity to the functions below.
    static Result<CacheRecord> map(const QString &entity, const QJsonObject &object,
                                   const BullhornConfig &config);
    static Result<CacheRecord> customer(const QJsonObject &object, const BullhornConfig &config);
    static Result<CacheRecord> contact(const QJsonObject &object);
    static Result<CacheRecord> consultant(const QJsonObject &object);
    static Result<CacheRecord> placement(const QJsonObject &object);
    static Result<CacheRecord> timesheetLine(const QJsonObject &object, const BullhornConfig &config);

    /// The id of the entry @p object voids, 0 when it voids none.
    static qint64 voidedEntry(const QJsonObject &object);
    /// dateLastModified in epoch ms; 0 when absent.
    static qint64 modifiedMs(const QJsonObject &object);
    /// "YYYY-MM-DDTHH:MM:SSZ" of an epoch-ms value.
    static QString isoInstant(qint64 epochMs);
    /// "YYYY-MM-DD" (UTC) of an epoch-ms value, or a date string passed through; empty when unreadable.
    static QString isoDate(const QJsonValue &value);
};

} // namespace cw
