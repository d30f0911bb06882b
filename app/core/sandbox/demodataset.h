#pragma once

#include "demodataoptions.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <vector>

namespace cw {

/// Demo data for one firm as plain values: the real companies behind the records, each system's
/// records of them (spelled differently), and the staffing, billing and operations records around
/// them. Produced by DemoDataGenerator::generate(); written to a cache by DemoDataGenerator::fill();
/// meant to be served as-is by the sandbox simulators of Odoo, the CRM and the staffing platform.
///
/// Ids: `id` fields are the cache row ids the records get when written to an empty cache (1-based,
/// per table); `externalId` is the id in the record's own system. 0 in an id field means none.
/// Timesheet lines are not stored (a million of them): forEachTimesheetLine() regenerates them
/// deterministically, in id order.
///
/// A value type; const access is safe from several threads.
class DemoDataset
{
public:
    enum System { Crm = 0, Staffing = 1, Odoo = 2 };
    static constexpr int kSystemCount = 3;
    /// Length of the timesheet window ending the day before asOf.
    static constexpr int kTimesheetDays = 120;

    enum class LineStatus : quint8 { Submitted, Approved, Rejected };

    struct SystemInfo
    {
        qint64 id = 0;
        QString kind;
        QString name;
        QString url;
    };

    /// A real-world company: the truth the systems' records are noisy copies of.
    struct Company
    {
        QString truthKey;
        QString country;
        QString baseName;
        QString legalForm;
        QString street;
        int cityIndex = 0;
        QString postcode;
        QString areaCode;
        QString subscriber;
        QString domain;
        QString vat;
        QString registryId;
        QString currency;
        QString businessUnit;
        QStringList costCenters;
        int paymentTermDays = 30;
        /// Index of the company this one is easily confused with (same name, another entity); -1 if none.
        int siblingOf = -1;
        /// Index into customers of this company's record in each system; -1 where it has none.
        std::array<int, kSystemCount> recordIndex { -1, -1, -1 };
        /// Index into customers of a second record in one system; -1 if none.
        int duplicateIndex = -1;
    };

    struct Customer
    {
        qint64 id = 0;
        System system = Crm;
        QString externalId;
        int companyIndex = 0;
        /// A second record of the company in the same system.
        bool duplicate = false;
        QString name;
        QString legalForm;
        QString vat;
        QString registryId;
        QString phone;
        QString email;
        QString website;
        QString street;
        QString postcode;
        QString city;
        QString country;
        QString currency;
        QString businessUnit;
        QString status;
        QString modifiedAt;
        QByteArray raw;
    };

    struct Contact
    {
        qint64 id = 0;
        System system = Crm;
        QString externalId;
        qint64 customerId = 0;
        QString firstName;
        QString lastName;
        QString email;
        QString phone;
        QString modifiedAt;
        QByteArray raw;
    };

    struct Consultant
    {
        qint64 id = 0;
        QString externalId;
        QString name;
        QString email;
        QString employmentType;
        QString country;
        QString modifiedAt;
        QByteArray raw;
    };

    struct Deal
    {
        qint64 id = 0;
        QString externalId;
        qint64 customerId = 0;
        QString name;
        QString stage;
        bool won = false;
        qint64 amountMinor = 0;
        QString currency;
        QDate closeDate;
        QString modifiedAt;
        QByteArray raw;
    };

    struct Placement
    {
        qint64 id = 0;
        QString externalId;
        int companyIndex = 0;
        /// The staffing system's customer record.
        qint64 customerId = 0;
        qint64 consultantId = 0;
        QString jobTitle;
        QDate start;
        /// Invalid for open-ended placements.
        QDate end;
        /// Current rates (the last rate row effective on asOf).
        qint64 billRateMinor = 0;
        qint64 payRateMinor = 0;
        QString currency;
        QString costCenter;
        QString status;
        QString modifiedAt;
        QByteArray raw;
        /// Rate history: rates[firstRate .. firstRate + rateCount), ascending by date.
        int firstRate = 0;
        int rateCount = 0;
        /// Weekdays with time booked after the end date (a data-quality problem); usually 0.
        int daysAfterEnd = 0;
        qint64 firstLineId = 0;
        int lineCount = 0;
        /// Invoice id per month of the timesheet window (see monthIndex()); 0 where not invoiced.
        std::vector<qint64> invoiceByMonth;
    };

    struct PlacementRate
    {
        qint64 id = 0;
        qint64 placementId = 0;
        QDate effectiveDate;
        qint64 billRateMinor = 0;
        qint64 payRateMinor = 0;
    };

    struct TimesheetLine
    {
        qint64 id = 0;
        int placementIndex = 0;
        QDate workDate;
        int minutes = 0;
        qint64 billRateMinor = 0;
        qint64 payRateMinor = 0;
        LineStatus status = LineStatus::Submitted;
        bool billable = true;
        /// Booked after the placement ended.
        bool afterEnd = false;
        /// Bill rate differs from the placement's rate for that day.
        bool rateDeviates = false;
        qint64 invoiceId = 0;
    };

    struct Expense
    {
        qint64 id = 0;
        QString externalId;
        int placementIndex = 0;
        QDate date;
        QString category;
        QString description;
        qint64 amountMinor = 0;
        QString currency;
        LineStatus status = LineStatus::Submitted;
        bool billable = true;
        qint64 invoiceId = 0;
        QString modifiedAt;
        QByteArray raw;
    };

    struct Invoice
    {
        qint64 id = 0;
        QString externalId;
        /// The Odoo customer record.
        qint64 customerId = 0;
        int placementIndex = 0;
        int monthIndex = 0;
        QString number;
        QString ref;
        QDate invoiceDate;
        QDate dueDate;
        QDate periodStart;
        QDate periodEnd;
        QString state;
        QString paymentState;
        qint64 amountUntaxedMinor = 0;
        qint64 amountTotalMinor = 0;
        qint64 amountResidualMinor = 0;
        QString currency;
        QString modifiedAt;
        QByteArray raw;
    };

    struct Payment
    {
        qint64 id = 0;
        QString externalId;
        qint64 customerId = 0;
        qint64 invoiceId = 0;
        QDate date;
        qint64 amountMinor = 0;
        QString currency;
        QString modifiedAt;
        QByteArray raw;
    };

    struct CanonicalCustomer
    {
        qint64 id = 0;
        int companyIndex = 0;
        QString name;
        QString createdAt;
    };

    struct Link
    {
        qint64 id = 0;
        qint64 canonicalId = 0;
        System system = Crm;
        QString externalId;
        QString method;
        /// Negative when the method has no score (manual, import).
        double score = -1;
        QString decidedBy;
        QString decidedAt;
    };

    struct MatchCandidate
    {
        qint64 id = 0;
        qint64 leftCustomerId = 0;
        qint64 rightCustomerId = 0;
        double score = 0;
        QString band;
        QByteArray explanation;
        qint64 valueAtStakeMinor = 0;
        QString status;
        QString createdAt;
        QString decidedBy;
        /// Empty while undecided.
        QString decidedAt;
    };

    struct OutboxItem
    {
        qint64 id = 0;
        QString idempotencyKey;
        System system = Odoo;
        QString operation;
        QString model;
        QByteArray payload;
        QString state;
        int attempts = 0;
        /// Empty when no retry is scheduled.
        QString nextAttemptAt;
        QString lastErrorCategory;
        QString lastErrorMessage;
        QString createdAt;
        QString updatedAt;
    };

    struct FailedPush
    {
        qint64 id = 0;
        qint64 outboxId = 0;
        System system = Odoo;
        QString category;
        QString message;
        QString remoteMessage;
        QByteArray source;
        QString fingerprint;
        int attempts = 1;
        int occurrences = 1;
        QString firstSeen;
        QString lastSeen;
    };

    struct RevenueException
    {
        qint64 id = 0;
        QString rule;
        QString subjectEntity;
        qint64 subjectId = 0;
        qint64 customerId = 0;
        qint64 amountMinor = 0;
        QString currency;
        QDate occurredOn;
        QString detail;
        QString state;
        QString owner;
        QString detectedAt;
    };

    struct SyncRun
    {
        qint64 id = 0;
        QString flow;
        System system = Crm;
        QString startedAt;
        QString finishedAt;
        QString status;
        int readCount = 0;
        int createdCount = 0;
        int updatedCount = 0;
        int skippedCount = 0;
        int failedCount = 0;
        QString message;
    };

    struct SyncEvent
    {
        qint64 id = 0;
        qint64 runId = 0;
        QString at;
        QString level;
        QString entity;
        QString externalId;
        QString message;
        QString detail;
    };

    struct AuditEntry
    {
        qint64 id = 0;
        QString at;
        QString actor;
        QString action;
        QString subjectType;
        QString subjectId;
        QByteArray beforeState;
        QByteArray afterState;
    };

    struct CurrencyRate
    {
        QString currency;
        QDate rateDate;
        QString companyCurrency;
        qint64 rateMicros = 0;
    };

    DemoDataOptions options;
    QDate asOf;
    /// First day of the timesheet window.
    QDate windowStart;
    QString companyCurrency;

    std::array<SystemInfo, kSystemCount> systems;
    std::vector<Company> companies;
    std::vector<Customer> customers;
    std::vector<Contact> contacts;
    std::vector<Consultant> consultants;
    std::vector<Deal> deals;
    std::vector<Placement> placements;
    std::vector<PlacementRate> rates;
    std::vector<Expense> expenses;
    std::vector<Invoice> invoices;
    std::vector<Payment> payments;
    std::vector<CanonicalCustomer> canonicalCustomers;
    std::vector<Link> links;
    std::vector<MatchCandidate> matchCandidates;
    std::vector<OutboxItem> outbox;
    std::vector<FailedPush> failedPushes;
    std::vector<RevenueException> revenueExceptions;
    std::vector<SyncRun> syncRuns;
    std::vector<SyncEvent> syncEvents;
    std::vector<AuditEntry> auditLog;
    std::vector<CurrencyRate> currencyRates;
    qint64 timesheetLineCount = 0;

    /// Months between windowStart's month and @p date's month (0 for the first window month).
    int monthIndex(const QDate &date) const;
    /// monthIndex() for dates that mostly ascend (the lines of one placement): recomputes only
    /// when a date leaves the current month. One tracker per sequence.
    class MonthTracker
    {
    public:
        explicit MonthTracker(const DemoDataset &dataset)
            : m_dataset(dataset)
        { }
        int operator()(const QDate &date);

    private:
        const DemoDataset &m_dataset;
        int m_month = 0;
        qint64 m_first = 1;
        qint64 m_next = 0;
    };
    /// First day of window month @p index.
    QDate monthStart(int index) const;
    /// Number of calendar months the timesheet window touches.
    int monthCount() const;

    /// Every timesheet line, placement by placement, in id order, invoice ids filled in.
    void forEachTimesheetLine(const std::function<void(const TimesheetLine &)> &sink) const;
    /// The lines of placements[@p placementIndex], in date order.
    void forEachTimesheetLine(int placementIndex,
                              const std::function<void(const TimesheetLine &)> &sink) const;

    /// "YYYY-MM-DDTHH:MM:SSZ" for @p secondsIntoDay seconds after midnight UTC of @p date.
    static QString instant(const QDate &date, int secondsIntoDay);
    /// Odoo's "YYYY-MM-DD HH:MM:SS" (UTC) for the same moment.
    static QString odooTimestamp(const QDate &date, int secondsIntoDay);
    /// Milliseconds since the Unix epoch, as Bullhorn sends timestamps.
    static qint64 epochMs(const QDate &date, int secondsIntoDay);

    /// The rate row of placements[@p placementIndex] in effect on @p date (the first one before its start).
    const PlacementRate &rateOn(int placementIndex, const QDate &date) const;
    /// What the line bills: minutes times bill rate per hour, rounded half up to the minor unit.
    static qint64 lineAmount(const TimesheetLine &line);

    /// Whether an invoice may bill the line: approved, billable and inside the placement.
    static bool isInvoiceable(const TimesheetLine &line);
    /// Cache spelling of a status: "submitted", "approved", "rejected".
    static const char *statusName(LineStatus status);

private:
    /// "YYYY-MM-DD" @p separator "HH:MM:SS" @p suffix, for years 1000 to 9999.
    static QString timestamp(const QDate &date, int secondsIntoDay, char separator, const char *suffix);
};

} // namespace cw
