#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <vector>

namespace cw {

/// Builds the simulator's pay-and-bill records (BillableCharge, BillMaster,
/// BillMasterTransaction) from approved or submitted Time & Expense sheets, as Bullhorn's middle
/// office does: one charge per sheet (timesheet or expense sheet), one bill master per billable
/// line (its day and earn code), one priced transaction per bill master. Non-billable time has no
/// bill side and gets no bill master; a sheet without billable lines gets no charge.
///
/// Charge status (BillableChargeStatusLookup): "Not Ready to Bill" while a line is not approved,
/// "Invoiced" when every line is on an invoice, "Ready to Bill" otherwise. Bullhorn does not
/// document the lookup ids; the simulator's are the Status values below.
/// Not thread-safe; used by BullhornEntityStore while it loads.
class BullhornChargeBuilder
{
public:
    enum EntryType { TimesheetEntry = 1, ExpenseEntry = 2 };
    enum Status { NotReadyToBill = 1, ReadyToBill, Processing, Invoicing, Invoiced, NeedsReview, Unbillable };
    /// Receives each record built: the entity name and the row.
    using Sink = std::function<void(const QString &entity, QJsonObject row)>;

    /// Stops starting charges once @p maxBillMasters bill masters exist (-1: no limit), a whole
    /// sheet at a time.
    BullhornChargeBuilder(Sink sink, qint64 maxBillMasters);

    static QJsonObject statusLookup(int status);
    static QJsonObject entryTypeLookup(EntryType type);
    static bool isInvoiced(int status) { return status == Invoiced; }

    /// Starts the charge of one sheet. @p links holds the sheet's placement, candidate,
    /// clientCorporation and jobOrder links; @p sheet is the {id} of the timesheet or expense sheet.
    void begin(EntryType type, const QJsonObject &links, const QJsonObject &sheet, const QString &periodEnd,
               const QJsonValue &currency);
    /// One billable line of the current sheet: @p quantity hours (or 1 expense) at @p rate.
    void addLine(const QDate &day, const QJsonObject &earnCode, double quantity, double rate, bool approved,
                 bool invoiced);
    /// Emits the charge and its lines, stamped @p modifiedMs; nothing when no line was added.
    void finish(qint64 modifiedMs);
    bool isFull() const { return m_maxBillMasters >= 0 && m_nextBillMaster > m_maxBillMasters; }

private:
    struct Line
    {
        QDate day;
        QJsonObject earnCode;
        double quantity = 0;
        double rate = 0;
        bool approved = false;
    };

    Sink m_sink;
    qint64 m_maxBillMasters;
    qint64 m_nextCharge = 1;
    qint64 m_nextBillMaster = 1;
    QJsonObject m_charge;
    std::vector<Line> m_lines;
    bool m_allApproved = true;
    bool m_allInvoiced = true;
};

} // namespace cw
