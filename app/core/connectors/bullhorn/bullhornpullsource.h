#pragma once

#include "sync/pullsource.h"

#include <QJsonObject>
#include <QPointer>
#include <QStringList>

namespace cw {

class BullhornClient;

/// PullSource of one Bullhorn entity: ClientCorporation ("customers", into customer),
/// ClientContact ("contacts"), Candidate ("consultants"), Placement ("placements"),
/// TimesheetEntry ("timesheet_lines") or ExpenseSheetEntry ("expenses") of Time & Expense, or the
/// pay-and-bill BillMasterTransactions of timesheet charges ("BillableTime", pull
/// "billable_time", into timesheet_line) or of expense charges ("BillableExpense",
/// "billable_expenses", into expense). A tenant's approved time comes from
/// timeEntities(payAndBill): Time & Expense or pay-and-bill, never both.
///
/// Every run reads `/query/{Entity}` where dateLastModified is at or after the high-water mark
/// minus a 60-second overlap (0 on the first run), ordered by dateLastModified then id, 500 per
/// page with start/count. After 20,000 records of one query it continues with a keyset query
/// (`dateLastModified > t OR (dateLastModified = t AND id > i)`) from the last record read, so
/// deep offsets never grow and nothing is skipped or read twice within a run. Records read again
/// in the overlap are unchanged and counted as such by the upserter, never twice.
/// Deletions: soft-deleted contacts and candidates leave the cache; a void time or expense entry
/// or a reversing transaction removes what it voids (see BullhornRecordMapper).
/// The cursor is a small JSON object ({"phase", "since", "afterId", "start", "hwm"}).
/// Thread affinity: the client's thread. Ownership: borrows the client, which must outlive it.
class BullhornPullSource : public PullSource
{
    Q_OBJECT

public:
    static constexpr qint64 kOverlapMs = 60000;
    static constexpr int kPageSize = 500;
    static constexpr int kRestartAfter = 20000;

    /// @p entity is a Bullhorn entity name ("ClientCorporation").
    BullhornPullSource(BullhornClient *client, QString entity, QObject *parent = nullptr);

    /// The pull's name for @p entity ("customers" for ClientCorporation).
    static QString entityName(const QString &entity);
    /// The sources of approved time and expenses: TimesheetEntry and ExpenseSheetEntry, or with
    /// @p payAndBill BillableTime and BillableExpense (Bullhorn's advice whenever a tenant has it).
    static QStringList timeEntities(bool payAndBill);
    QString entity() const override { return entityName(m_entity); }
    QString table() const override;
    void fetch(const QString &cursor) override;
    void cancel() override;

private:
    struct Position
    {
        QString phase;
        qint64 since = 0;
        qint64 afterId = 0;
        int start = 0;
        qint64 hwm = 0;
    };

    static Position parse(const QString &cursor);
    static QString format(const Position &position);
    QString where(const Position &position) const;

    QPointer<BullhornClient> m_client;
    QString m_entity;
    qint64 m_expected = -1;
    quint64 m_generation = 0;
};

} // namespace cw
