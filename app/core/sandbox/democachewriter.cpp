#include "democachewriter.h"

#include "cache/bulkwriter.h"
#include "cache/database.h"
#include "cache/rollbackjournalscope.h"
#include "demotimesheetrows.h"
#include "util/boundedqueue.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

#include <thread>

namespace cw {

namespace {

// Encoded timesheet lines handed from the encoding thread to the writing one: batches big enough
// that the hand-over costs nothing, few enough in flight that memory stays small.
constexpr int kRowsPerBatch = 8192;
constexpr std::size_t kBatchesInFlight = 4;

QStringList columns(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','));
}

void bindOptional(BulkWriter &writer, const QString &text)
{
    if (text.isEmpty())
        writer.bindNull();
    else
        writer.bind(text);
}

void bindOptional(BulkWriter &writer, const QDate &date)
{
    if (date.isValid())
        writer.bind(date.toString(Qt::ISODate));
    else
        writer.bindNull();
}

void bindReference(BulkWriter &writer, qint64 id)
{
    if (id > 0)
        writer.bind(id);
    else
        writer.bindNull();
}

// Switches foreign-key enforcement off on the calling thread's connection while it lives, and
// back to what it was afterwards. The dataset assigns every id itself, so each reference is right
// by construction (tests run PRAGMA foreign_key_check over filled caches); checking three
// references per timesheet line costs about a tenth of the fill.
class ForeignKeysOff
{
public:
    explicit ForeignKeysOff(const Database &database)
        : m_connection(database.connection())
    {
        QSqlQuery query(m_connection);
        m_wasOn =
            query.exec(QStringLiteral("PRAGMA foreign_keys")) && query.next() && query.value(0).toBool();
        if (m_wasOn)
            query.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~ForeignKeysOff()
    {
        if (m_wasOn)
            QSqlQuery(m_connection).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    }
    ForeignKeysOff(const ForeignKeysOff &) = delete;
    ForeignKeysOff &operator=(const ForeignKeysOff &) = delete;

private:
    QSqlDatabase m_connection;
    bool m_wasOn = false;
};

} // namespace

DemoCacheWriter::DemoCacheWriter(const Database &database, const DemoDataset &dataset,
                                 std::function<void(int)> progress, const std::atomic_bool *cancel)
    : m_database(database)
    , m_data(dataset)
    , m_progress(std::move(progress))
    , m_cancel(cancel)
{ }

QStringList DemoCacheWriter::tables()
{
    return columns(
        "system,customer,contact,consultant,deal,placement,placement_rate,invoice,timesheet_line,"
        "expense,payment,canonical_customer,link,match_candidate,outbox,failed_push,revenue_exception,"
        "sync_run,sync_event,audit_log,ground_truth,currency_rate");
}

Result<DemoDataStats> DemoCacheWriter::write()
{
    QElapsedTimer timer;
    timer.start();
    if (auto empty = checkEmpty(m_database); !empty)
        return empty.error();
    const DemoDataset &d = m_data;
    m_expectedRows = std::max<qint64>(
        1,
        static_cast<qint64>(
            DemoDataset::kSystemCount + 2 * d.customers.size() + d.contacts.size() + d.consultants.size()
            + d.deals.size() + d.placements.size() + d.rates.size() + d.invoices.size() + d.expenses.size()
            + d.payments.size() + d.canonicalCustomers.size() + d.links.size() + d.matchCandidates.size()
            + d.outbox.size() + d.failedPushes.size() + d.revenueExceptions.size() + d.syncRuns.size()
            + d.syncEvents.size() + d.auditLog.size() + d.currencyRates.size())
            + d.timesheetLineCount);
    const ForeignKeysOff foreignKeysOff(m_database);
    const RollbackJournalScope rollbackJournal(m_database);
    for (auto step :
         { &DemoCacheWriter::writeSystems, &DemoCacheWriter::writeRecords, &DemoCacheWriter::writeStaffing,
           &DemoCacheWriter::writeBilling, &DemoCacheWriter::writeOperations,
           &DemoCacheWriter::writeSyncAndAudit, &DemoCacheWriter::writeReference }) {
        if (auto done = (this->*step)(); !done)
            return done.error();
    }
    m_stats.elapsedMs = timer.elapsed();
    return m_stats;
}

Result<void> DemoCacheWriter::checkEmpty(const Database &database)
{
    QSqlQuery query(database.connection());
    for (const QString &table : tables()) {
        // Table names come from our own fixed list, never from input.
        if (!query.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1)").arg(table)) || !query.next())
            return sqlError(tr("The cache could not be checked before writing demo data."),
                            query.lastError());
        if (query.value(0).toBool()) {
            return Error(Error::Category::Conflict,
                         tr("The cache %1 already holds data (table %2). Demo data goes into an empty cache; "
                            "choose a new cache file.")
                             .arg(database.path(), table))
                .setCode(kCacheNotEmpty);
        }
    }
    return {};
}

bool DemoCacheWriter::advance()
{
    ++m_written;
    if ((m_written & 0xfff) != 0)
        return true;
    if (m_cancel && m_cancel->load(std::memory_order_relaxed))
        return false;
    const int percent = static_cast<int>(m_written * 100 / m_expectedRows);
    if (percent != m_percent && m_progress) {
        m_percent = percent;
        m_progress(std::min(percent, 100));
    }
    return true;
}

Error DemoCacheWriter::cancelled() const
{
    return Error(Error::Category::Internal,
                 tr("Writing demo data was cancelled; the cache holds part of it."))
        .setCode(kCancelled);
}

Result<void> DemoCacheWriter::finishTable(BulkWriter &writer, const char *table)
{
    if (auto finished = writer.finish(); !finished)
        return finished;
    m_stats.rowsPerTable.append({ QLatin1String(table), writer.rowCount() });
    m_stats.totalRows += writer.rowCount();
    return {};
}

template<typename Item, typename Bind>
Result<void> DemoCacheWriter::writeRows(const char *table, const QStringList &columnNames,
                                        const std::vector<Item> &items, Bind bind)
{
    BulkWriter writer(m_database, QLatin1String(table), columnNames);
    if (auto begun = writer.begin(); !begun)
        return begun;
    for (const Item &item : items) {
        bind(writer, item);
        if (auto row = writer.endRow(); !row)
            return row;
        if (!advance())
            return cancelled();
    }
    return finishTable(writer, table);
}

qint64 DemoCacheWriter::systemId(DemoDataset::System system) const
{
    return m_data.systems[static_cast<std::size_t>(system)].id;
}

Result<void> DemoCacheWriter::writeSystems()
{
    const QString created = DemoDataset::instant(m_data.asOf.addDays(-400), 9 * 3600);
    std::vector<DemoDataset::SystemInfo> systems(m_data.systems.begin(), m_data.systems.end());
    return writeRows("system", columns("id,kind,name,url,database_name,login,options,created_at,updated_at"),
                     systems, [&](BulkWriter &w, const DemoDataset::SystemInfo &s) {
                         const bool odoo = s.kind == QLatin1String("odoo");
                         w.bind(s.id).bind(s.kind).bind(s.name).bind(s.url);
                         w.bind(odoo ? "demo" : "").bind(odoo ? "integration@demo.invalid" : "");
                         w.bind("{\"demo\":true}").bind(created).bind(created);
                     });
}

Result<void> DemoCacheWriter::writeRecords()
{
    auto customers = writeRows(
        "customer",
        columns("id,system_id,external_id,name,legal_form,vat,registry_id,phone,email,website,street,"
                "postcode,city,"
                "country,currency,business_unit,status,modified_at,raw"),
        m_data.customers, [&](BulkWriter &w, const DemoDataset::Customer &c) {
            w.bind(c.id)
                .bind(systemId(c.system))
                .bind(c.externalId)
                .bind(c.name)
                .bind(c.legalForm)
                .bind(c.vat);
            w.bind(c.registryId).bind(c.phone).bind(c.email).bind(c.website).bind(c.street).bind(c.postcode);
            w.bind(c.city)
                .bind(c.country)
                .bind(c.currency)
                .bind(c.businessUnit)
                .bind(c.status)
                .bind(c.modifiedAt);
            w.bind(c.raw);
        });
    if (!customers)
        return customers;
    auto contacts = writeRows(
        "contact",
        columns("id,system_id,external_id,customer_id,first_name,last_name,email,phone,modified_at,raw"),
        m_data.contacts, [&](BulkWriter &w, const DemoDataset::Contact &c) {
            w.bind(c.id).bind(systemId(c.system)).bind(c.externalId);
            bindReference(w, c.customerId);
            w.bind(c.firstName).bind(c.lastName).bind(c.email).bind(c.phone);
            w.bind(c.modifiedAt).bind(c.raw);
        });
    if (!contacts)
        return contacts;
    auto consultants = writeRows(
        "consultant", columns("id,system_id,external_id,name,email,employment_type,modified_at,raw"),
        m_data.consultants, [&](BulkWriter &w, const DemoDataset::Consultant &c) {
            w.bind(c.id).bind(systemId(DemoDataset::Staffing)).bind(c.externalId).bind(c.name);
            w.bind(c.email).bind(c.employmentType).bind(c.modifiedAt).bind(c.raw);
        });
    if (!consultants)
        return consultants;
    return writeRows(
        "deal",
        columns("id,system_id,external_id,customer_id,name,stage,won,amount_minor,currency,close_date,"
                "modified_at,raw"),
        m_data.deals, [&](BulkWriter &w, const DemoDataset::Deal &d) {
            w.bind(d.id).bind(systemId(DemoDataset::Crm)).bind(d.externalId);
            bindReference(w, d.customerId);
            w.bind(d.name).bind(d.stage).bind(d.won ? 1 : 0).bind(d.amountMinor).bind(d.currency);
            bindOptional(w, d.closeDate);
            w.bind(d.modifiedAt).bind(d.raw);
        });
}

Result<void> DemoCacheWriter::writeStaffing()
{
    auto placements = writeRows(
        "placement",
        columns("id,system_id,external_id,customer_id,consultant_id,job_title,start_date,end_date,bill_rate_"
                "minor,"
                "pay_rate_minor,currency,cost_center,status,modified_at,raw"),
        m_data.placements, [&](BulkWriter &w, const DemoDataset::Placement &p) {
            w.bind(p.id).bind(systemId(DemoDataset::Staffing)).bind(p.externalId);
            bindReference(w, p.customerId);
            bindReference(w, p.consultantId);
            w.bind(p.jobTitle).bind(p.start.toString(Qt::ISODate));
            bindOptional(w, p.end);
            w.bind(p.billRateMinor).bind(p.payRateMinor).bind(p.currency).bind(p.costCenter).bind(p.status);
            w.bind(p.modifiedAt).bind(p.raw);
        });
    if (!placements)
        return placements;
    return writeRows("placement_rate",
                     columns("id,placement_id,effective_date,bill_rate_minor,pay_rate_minor"), m_data.rates,
                     [&](BulkWriter &w, const DemoDataset::PlacementRate &r) {
                         w.bind(r.id).bind(r.placementId).bind(r.effectiveDate.toString(Qt::ISODate));
                         w.bind(r.billRateMinor).bind(r.payRateMinor);
                     });
}

Result<void> DemoCacheWriter::writeBilling()
{
    auto invoices = writeRows(
        "invoice",
        columns(
            "id,system_id,external_id,customer_id,placement_id,number,ref,move_type,invoice_date,due_date,"
            "period_start,period_end,state,payment_state,amount_untaxed_minor,amount_total_minor,"
            "amount_residual_minor,currency,modified_at,raw"),
        m_data.invoices, [&](BulkWriter &w, const DemoDataset::Invoice &i) {
            w.bind(i.id).bind(systemId(DemoDataset::Odoo)).bind(i.externalId);
            bindReference(w, i.customerId);
            bindReference(w, m_data.placements[static_cast<std::size_t>(i.placementIndex)].id);
            w.bind(i.number).bind(i.ref).bind("out_invoice");
            bindOptional(w, i.invoiceDate);
            bindOptional(w, i.dueDate);
            bindOptional(w, i.periodStart);
            bindOptional(w, i.periodEnd);
            w.bind(i.state).bind(i.paymentState).bind(i.amountUntaxedMinor).bind(i.amountTotalMinor);
            w.bind(i.amountResidualMinor).bind(i.currency).bind(i.modifiedAt).bind(i.raw);
        });
    if (!invoices)
        return invoices;
    if (auto lines = writeTimesheetLines(); !lines)
        return lines;
    auto expenses = writeRows(
        "expense",
        columns("id,system_id,external_id,placement_id,expense_date,category,description,amount_minor,"
                "currency,status,"
                "billable,invoice_id,modified_at,raw"),
        m_data.expenses, [&](BulkWriter &w, const DemoDataset::Expense &e) {
            w.bind(e.id).bind(systemId(DemoDataset::Staffing)).bind(e.externalId);
            bindReference(w, m_data.placements[static_cast<std::size_t>(e.placementIndex)].id);
            w.bind(e.date.toString(Qt::ISODate)).bind(e.category).bind(e.description).bind(e.amountMinor);
            w.bind(e.currency).bind(DemoDataset::statusName(e.status)).bind(e.billable ? 1 : 0);
            bindReference(w, e.invoiceId);
            w.bind(e.modifiedAt).bind(e.raw);
        });
    if (!expenses)
        return expenses;
    return writeRows(
        "payment",
        columns("id,system_id,external_id,customer_id,invoice_id,payment_date,amount_minor,currency,"
                "modified_at,raw"),
        m_data.payments, [&](BulkWriter &w, const DemoDataset::Payment &p) {
            w.bind(p.id).bind(systemId(DemoDataset::Odoo)).bind(p.externalId);
            bindReference(w, p.customerId);
            bindReference(w, p.invoiceId);
            w.bind(p.date.toString(Qt::ISODate)).bind(p.amountMinor).bind(p.currency);
            w.bind(p.modifiedAt).bind(p.raw);
        });
}

Result<void> DemoCacheWriter::writeTimesheetLines()
{
    // The hot path: a million rows. One thread generates and encodes lines while this one
    // inserts the batches already encoded, so the two costs overlap instead of adding up.
    BulkWriter writer(
        m_database, QStringLiteral("timesheet_line"),
        columns("id,system_id,external_id,placement_id,work_date,minutes,bill_rate_minor,pay_rate_minor,"
                "currency,status,billable,invoice_id,modified_at,raw"));
    if (auto begun = writer.begin(); !begun)
        return begun;
    const DemoTimesheetRows rows(m_data);
    BoundedQueue<DemoTimesheetRows::Batch> queue(kBatchesInFlight);
    std::atomic_bool stopEncoding = false;
    std::thread encoder([&] { rows.produce(queue, kRowsPerBatch, stopEncoding); });
    const qint64 staffing = systemId(DemoDataset::Staffing);
    Result<void> outcome;
    while (outcome) {
        const std::optional<DemoTimesheetRows::Batch> batch = queue.pop();
        if (!batch)
            break;
        for (const DemoTimesheetRows::Row &row : batch->rows) {
            writer.bind(row.id).bind(staffing).bind(batch->textAt(row.externalId)).bind(row.placementId);
            writer.bind(rows.workDate(row)).bind(row.minutes).bind(row.billRateMinor).bind(row.payRateMinor);
            writer.bind(batch->textAt(row.currency)).bind(row.status).bind(row.billable ? 1 : 0);
            bindReference(writer, row.invoiceId);
            writer.bind(rows.modifiedAt(row)).bind(batch->textAt(row.raw));
            if (outcome = writer.endRow(); !outcome)
                break;
            if (!advance()) {
                outcome = cancelled();
                break;
            }
        }
    }
    stopEncoding = true;
    queue.close();
    encoder.join();
    if (!outcome)
        return outcome;
    return finishTable(writer, "timesheet_line");
}

Result<void> DemoCacheWriter::writeOperations()
{
    auto canonical =
        writeRows("canonical_customer", columns("id,name,created_at,updated_at"), m_data.canonicalCustomers,
                  [&](BulkWriter &w, const DemoDataset::CanonicalCustomer &c) {
                      w.bind(c.id).bind(c.name).bind(c.createdAt).bind(c.createdAt);
                  });
    if (!canonical)
        return canonical;
    auto links = writeRows(
        "link", columns("id,canonical_id,system_id,entity,external_id,method,score,decided_by,decided_at"),
        m_data.links, [&](BulkWriter &w, const DemoDataset::Link &l) {
            w.bind(l.id).bind(l.canonicalId).bind(systemId(l.system)).bind("customer");
            w.bind(l.externalId).bind(l.method);
            if (l.score >= 0)
                w.bind(l.score);
            else
                w.bindNull();
            w.bind(l.decidedBy).bind(l.decidedAt);
        });
    if (!links)
        return links;
    auto candidates =
        writeRows("match_candidate",
                  columns("id,left_customer_id,right_customer_id,score,band,explanation,value_at_stake_minor,"
                          "status,created_at,"
                          "decided_by,decided_at"),
                  m_data.matchCandidates, [&](BulkWriter &w, const DemoDataset::MatchCandidate &m) {
                      w.bind(m.id).bind(m.leftCustomerId).bind(m.rightCustomerId).bind(m.score).bind(m.band);
                      w.bind(m.explanation)
                          .bind(m.valueAtStakeMinor)
                          .bind(m.status)
                          .bind(m.createdAt)
                          .bind(m.decidedBy);
                      bindOptional(w, m.decidedAt);
                  });
    if (!candidates)
        return candidates;
    auto outbox = writeRows(
        "outbox",
        columns("id,idempotency_key,system_id,operation,model,payload,state,attempts,next_attempt_at,"
                "last_error_category,last_error_message,created_at,updated_at"),
        m_data.outbox, [&](BulkWriter &w, const DemoDataset::OutboxItem &o) {
            w.bind(o.id).bind(o.idempotencyKey).bind(systemId(o.system)).bind(o.operation).bind(o.model);
            w.bind(o.payload).bind(o.state).bind(o.attempts);
            bindOptional(w, o.nextAttemptAt);
            w.bind(o.lastErrorCategory).bind(o.lastErrorMessage).bind(o.createdAt).bind(o.updatedAt);
        });
    if (!outbox)
        return outbox;
    auto failed = writeRows(
        "failed_push",
        columns(
            "id,outbox_id,system_id,category,message,remote_message,source,fingerprint,attempts,occurrences,"
            "first_seen,last_seen"),
        m_data.failedPushes, [&](BulkWriter &w, const DemoDataset::FailedPush &f) {
            w.bind(f.id);
            bindReference(w, f.outboxId);
            w.bind(systemId(f.system)).bind(f.category).bind(f.message).bind(f.remoteMessage).bind(f.source);
            w.bind(f.fingerprint).bind(f.attempts).bind(f.occurrences).bind(f.firstSeen).bind(f.lastSeen);
        });
    if (!failed)
        return failed;
    return writeRows(
        "revenue_exception",
        columns("id,rule,subject_entity,subject_id,customer_id,amount_minor,currency,occurred_on,detail,"
                "state,owner,detected_at,updated_at"),
        m_data.revenueExceptions, [&](BulkWriter &w, const DemoDataset::RevenueException &e) {
            w.bind(e.id).bind(e.rule).bind(e.subjectEntity).bind(e.subjectId);
            bindReference(w, e.customerId);
            w.bind(e.amountMinor).bind(e.currency);
            bindOptional(w, e.occurredOn);
            w.bind(e.detail).bind(e.state).bind(e.owner).bind(e.detectedAt).bind(e.detectedAt);
        });
}

Result<void> DemoCacheWriter::writeSyncAndAudit()
{
    auto runs =
        writeRows("sync_run",
                  columns("id,flow,system_id,started_at,finished_at,status,read_count,created_count,"
                          "updated_count,skipped_count,failed_count,message"),
                  m_data.syncRuns, [&](BulkWriter &w, const DemoDataset::SyncRun &r) {
                      w.bind(r.id).bind(r.flow).bind(systemId(r.system)).bind(r.startedAt).bind(r.finishedAt);
                      w.bind(r.status).bind(r.readCount).bind(r.createdCount).bind(r.updatedCount);
                      w.bind(r.skippedCount).bind(r.failedCount).bind(r.message);
                  });
    if (!runs)
        return runs;
    auto events = writeRows("sync_event", columns("id,run_id,at,level,entity,external_id,message,detail"),
                            m_data.syncEvents, [&](BulkWriter &w, const DemoDataset::SyncEvent &e) {
                                w.bind(e.id).bind(e.runId).bind(e.at).bind(e.level).bind(e.entity);
                                w.bind(e.externalId).bind(e.message).bind(e.detail);
                            });
    if (!events)
        return events;
    return writeRows(
        "audit_log", columns("id,at,actor,action,subject_type,subject_id,before_state,after_state"),
        m_data.auditLog, [&](BulkWriter &w, const DemoDataset::AuditEntry &a) {
            w.bind(a.id).bind(a.at).bind(a.actor).bind(a.action).bind(a.subjectType).bind(a.subjectId);
            w.bind(a.beforeState).bind(a.afterState);
        });
}

Result<void> DemoCacheWriter::writeReference()
{
    const QString entity = QStringLiteral("customer");
    auto truth = writeRows("ground_truth", columns("system_id,entity,external_id,truth_key"),
                           m_data.customers, [&](BulkWriter &w, const DemoDataset::Customer &c) {
                               w.bind(systemId(c.system)).bind(entity).bind(c.externalId);
                               w.bind(m_data.companies[static_cast<std::size_t>(c.companyIndex)].truthKey);
                           });
    if (!truth)
        return truth;
    auto result =
        writeRows("currency_rate", columns("currency,rate_date,company_currency,rate_micros"),
                  m_data.currencyRates, [&](BulkWriter &w, const DemoDataset::CurrencyRate &r) {
                      w.bind(r.currency).bind(r.rateDate.toString(Qt::ISODate)).bind(r.companyCurrency);
                      w.bind(r.rateMicros);
                  });
    if (result && m_progress)
        m_progress(100);
    return result;
}

} // namespace cw
