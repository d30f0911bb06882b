#pragma once

#include "bullhornconfig.h"
#include "connectors/jsonnode.h"
#include "domain/result.h"
#include "sync/cacherecord.h"

#include <QCoreApplication>
#include <QString>

namespace cw {

/// Turns Bullhorn entities into cache records: ClientCorporation into `customer`, ClientContact
/// into `contact`, Candidate into `consultant`, Placement into `placement` (its customer through
/// `jobOrder.clientCorporation`), TimesheetEntry into `timesheet_line` (its placement through
/// `timesheet.placement`), ExpenseSheetEntry into `expense` (through `expenseSheet.placement`).
/// Pay-and-bill tenants: the BillMasterTransactions of timesheet charges ("BillableTime") become
/// `timesheet_line` rows and those of expense charges ("BillableExpense") `expense` rows, their
/// placement through `billMaster.billableCharge.placement`, their external id "bmt-<id>" so they
/// never collide with Time & Expense ids. A tenant's time comes from one of the two paths, never
/// both (each would count the same hours). Pure functions; thread-safe.
///
/// Rules: epoch-ms timestamps become ISO 8601 UTC with 'Z', date fields "YYYY-MM-DD"; decimal
/// rates become minor units; soft-deleted contacts and candidates (isDeleted) leave the cache;
/// corporations with status "Archive" are archived, "Prospect"/"Lead" not customers; entry
/// quantities (hours) become whole minutes; approval Approved/Completed is "approved", Rejected
/// "rejected", anything else "submitted"; earn codes in BullhornConfig::nonBillableEarnCodes are
/// not billable. A void entry (negative quantity, voidingTimesheetEntry set) is not a line of
/// its own: voidedEntry() names the entry it cancels, which the pull removes from the cache, as
/// timesheet_line keeps minutes >= 0 and a voided day must stop counting as billable time. Void
/// expense entries (voidingExpenseSheetEntry) and reversing transactions (reversalOfTransaction)
/// are handled alike. A transaction's charge status "Not Ready to Bill" or "Needs Review" is
/// "submitted", any other "approved"; isUnbillable or an "Unbillable" charge is not billable.
class BullhornRecordMapper
{
    Q_DECLARE_TR_FUNCTIONS(cw::BullhornRecordMapper)

public:
    /// The `fields` selection the mapper needs for @p entity (a Bullhorn entity name, or
    /// "BillableTime" / "BillableExpense" for the two kinds of pay-and-bill transactions).
    static QString fields(const QString &entity, const BullhornConfig &config);
    /// The Bullhorn entity @p entity reads (BillMasterTransaction for the pay-and-bill kinds).
    static QString queriedEntity(const QString &entity);
    /// The where clause narrowing the queried entity to @p entity; empty when none is needed.
    static QString scope(const QString &entity);
    /// The cache table of @p entity's records.
    static QString table(const QString &entity);

    /// Dispatches on @p entity to the functions below. Each keeps the object's compact JSON
    /// (JsonNode::compact()) as the record's raw text.
    static Result<CacheRecord> map(const QString &entity, const JsonNode &object,
                                   const BullhornConfig &config);
    static Result<CacheRecord> customer(const JsonNode &object, const BullhornConfig &config);
    static Result<CacheRecord> contact(const JsonNode &object);
    static Result<CacheRecord> consultant(const JsonNode &object);
    static Result<CacheRecord> placement(const JsonNode &object);
    static Result<CacheRecord> timesheetLine(const JsonNode &object, const BullhornConfig &config);
    static Result<CacheRecord> expense(const JsonNode &object, const BullhornConfig &config);
    static Result<CacheRecord> billableTime(const JsonNode &object, const BullhornConfig &config);
    static Result<CacheRecord> billableExpense(const JsonNode &object, const BullhornConfig &config);

    /// The cache's external id of @p object read for @p entity.
    static QString externalId(const QString &entity, const JsonNode &object);
    /// The cache's external id of the record @p object voids or reverses; empty when none.
    static QString voidedEntry(const QString &entity, const JsonNode &object);
    /// dateLastModified in epoch ms; 0 when absent.
    static qint64 modifiedMs(const JsonNode &object);
    /// "YYYY-MM-DDTHH:MM:SSZ" of an epoch-ms value.
    static QString isoInstant(qint64 epochMs);
    /// "YYYY-MM-DD" (UTC) of an epoch-ms value, or a date string passed through; empty when unreadable.
    static QString isoDate(const JsonNode &value);

private:
    /// What both kinds of pay-and-bill transaction share.
    struct Charged
    {
        CacheRecord record;
        QString day;
        QString status;
        bool billable = true;
    };
    static Result<Charged> charged(const JsonNode &object, const BullhornConfig &config);
};

} // namespace cw
