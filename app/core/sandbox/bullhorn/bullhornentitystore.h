#pragma once

#include "bullhornanswer.h"
#include "domain/result.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace cw {

class BullhornChargeBuilder;
class DemoDataset;

/// The records of the Bullhorn simulator and Bullhorn's REST semantics over them:
/// ClientCorporation, ClientContact, Candidate, JobOrder, Placement (its client reached through
/// the job order only), Timesheet, TimesheetEntry, ExpenseSheet and ExpenseSheetEntry (Time &
/// Expense: one sheet per placement and week) and the pay-and-bill records built from them
/// (BillableCharge, BillMaster, BillMasterTransaction; see BullhornChargeBuilder).
///
/// Reads: `/query` (JPQL where subset, orderBy, start/count with count at most 500,
/// showTotalMatched, totalOnly), `/search` (Lucene subset, only the indexed entities, `_score`,
/// total), `/entity` by one or several ids. `fields` is required and may nest to-one links
/// (`jobOrder(id,clientCorporation(id,name))`); an unknown field is a 400. Timestamps are epoch
/// milliseconds, dates "YYYY-MM-DD", lookups `{id,label}`, money decimal numbers.
/// Writes: POST update (read-only and unknown fields refused, externalID length checked), PUT
/// create, DELETE (soft where the entity has isDeleted; ClientCorporation cannot be deleted).
/// Every write stamps dateLastModified with the injected clock.
///
/// Entities hidden from the API user (setHiddenEntities()) answer 403, as Bullhorn does for a
/// tenant without the module or a user without the entitlement.
///
/// A query's matching ids are kept until the next write, so paging through a large result set
/// costs one scan, as a database cursor would.
/// Not thread-safe: the simulator uses it from its server's thread.
class BullhornEntityStore
{
    Q_DECLARE_TR_FUNCTIONS(cw::BullhornEntityStore)

public:
    static constexpr int kMaxCount = 500;
    static constexpr int kDefaultCount = 20;
    /// Ids of the timesheetEntryApprovalStatusLookup values the simulator serves.
    enum ApprovalStatus { Draft = 1, Submitted = 2, Approved = 3, Completed = 4, Rejected = 5 };
    /// EarnCode ids: regular billable time and non-billable time.
    enum EarnCode { Regular = 1, NonBillable = 6 };

    explicit BullhornEntityStore(std::shared_ptr<const Clock> clock);

    static const QStringList &entityNames();
    static bool isSearchable(const QString &entity);

    /// Replaces the contents with the staffing records of @p data; timesheet entries at most
    /// @p maxTimeEntries (-1: all), whole placements at a time, and the expenses of the same
    /// placements; pay-and-bill bill masters at most @p maxBillMasters (-1: all), whole sheets at a time.
    void load(const DemoDataset &data, qint64 maxTimeEntries = -1, qint64 maxBillMasters = -1);
    /// Entities every read answers 403 for; empty by default.
    void setHiddenEntities(const QSet<QString> &entities) { m_hidden = entities; }
    int count(const QString &entity) const;

    struct ReadRequest
    {
        QString entity;
        /// JPQL where (query) or Lucene query (search).
        QString filter;
        QString fields;
        QString orderBy;
        int start = 0;
        int count = kDefaultCount;
        bool showTotal = false;
        bool totalOnly = false;
    };
    BullhornAnswer query(const ReadRequest &request);
    BullhornAnswer search(const ReadRequest &request);
    /// GET entity/{entity}/{ids}: one object, or {data:[...]} for several ids.
    BullhornAnswer get(const QString &entity, const QString &ids, const QString &fields) const;
    BullhornAnswer update(const QString &entity, qint64 id, const QJsonObject &changes);
    BullhornAnswer create(const QString &entity, const QJsonObject &values);
    BullhornAnswer remove(const QString &entity, qint64 id);

    /// Test hook: the raw stored record, empty when absent.
    QJsonObject record(const QString &entity, qint64 id) const;
    /// Test hook: changes fields without validation and stamps dateLastModified.
    bool touch(const QString &entity, qint64 id, const QJsonObject &changes);
    /// Test hook: voids an approved entry as Bullhorn does for corrections: a new entry with the
    /// negated quantity pointing to it through voidingTimesheetEntry. Returns its id, 0 if none.
    qint64 voidEntry(qint64 entryId);
    /// Test hook: voids an expense entry alike (negated quantity and amount,
    /// voidingExpenseSheetEntry). Returns its id, 0 if none.
    qint64 voidExpenseEntry(qint64 entryId);
    /// Test hook: reverses a bill master transaction as pay-and-bill does for a correction: a new
    /// transaction with negated quantity and amount pointing to it through reversalOfTransaction.
    /// Returns its id, 0 if none.
    qint64 reverseTransaction(qint64 transactionId);
    /// Test hook: moves a BillableCharge to @p status (BullhornChargeBuilder::Status) and stamps
    /// its transactions too, as invoicing in Bullhorn sets their invoice statement. False if absent.
    bool setChargeStatus(qint64 chargeId, int status);

private:
    struct Field;
    using Table = std::map<qint64, QJsonObject>;
    using Selection = std::vector<Field>;

    BullhornAnswer read(const ReadRequest &request, bool search);
    Result<Selection> parseFields(const QString &entity, const QString &text) const;
    QJsonObject render(const QString &entity, const QJsonObject &row, const Selection &fields) const;
    QJsonValue resolve(const QString &entity, const QJsonObject &row, const QString &path) const;
    Result<std::vector<qint64>> matching(const ReadRequest &request, bool search);
    const QJsonObject *find(const QString &entity, qint64 id) const;
    std::optional<BullhornAnswer> checkWrite(const QString &entity, const QJsonObject &values,
                                             bool creating) const;
    void stamp(QJsonObject &row);
    void add(const QString &entity, QJsonObject row);
    /// Returns the number of placements whose time was loaded.
    int loadTime(const DemoDataset &data, qint64 maxTimeEntries, BullhornChargeBuilder &charges);
    void loadExpenses(const DemoDataset &data, int placements, BullhornChargeBuilder &charges);
    qint64 addCorrection(const QString &entity, qint64 id, const QStringList &negated, const QString &link);
    BullhornAnswer hidden(const QString &entity) const;

    std::shared_ptr<const Clock> m_clock;
    QHash<QString, Table> m_tables;
    QHash<QString, qint64> m_nextId;
    QHash<QString, std::vector<qint64>> m_results;
    QSet<QString> m_hidden;
};

} // namespace cw
