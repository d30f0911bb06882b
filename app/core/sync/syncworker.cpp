#include "syncworker.h"

#include "cache/database.h"
#include "connectors/odoo/odooclient.h"
#include "failedpushactions.h"
#include "invoiceplanner.h"
#include "invoicepusher.h"
#include "invoicestatepuller.h"
#include "outboxstore.h"
#include "partnerplanner.h"
#include "partnerpusher.h"
#include "placementplanner.h"
#include "placementpusher.h"
#include "projectplanner.h"
#include "projectpusher.h"
#include "pullflow.h"
#include "util/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cw {

SyncWorker::SyncWorker(const Database &database, SyncEngineOptions options, QList<SyncFlow> flows)
    : m_database(database)
    , m_options(std::move(options))
    , m_flows(std::move(flows))
    , m_log(database)
{ }

SyncWorker::~SyncWorker() = default;

Result<qint64> SyncWorker::odooSystem() const
{
    if (m_options.odooSystemId > 0)
        return m_options.odooSystemId;
    QSqlQuery query(m_database.connection());
    if (!query.exec(QStringLiteral("SELECT id FROM system WHERE kind = 'odoo' ORDER BY id LIMIT 1")))
        return sqlError(tr("The systems could not be read."), query.lastError());
    if (query.next())
        return query.value(0).toLongLong();
    qint64 id = 0;
    Result<void> added = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO system (kind, name, url, database_name, login, created_at, "
                           "updated_at) VALUES ('odoo', 'Odoo', ?, ?, ?, ?, ?)"));
        const QString now = Clock::system()->now().toUTC().toString(Qt::ISODate);
        for (const QVariant &value : QVariantList { m_options.odoo.url.toString(), m_options.odoo.database,
                                                    m_options.odoo.login, now, now })
            insert.addBindValue(value);
        if (!insert.exec())
            return sqlError(tr("The Odoo system could not be added to the cache."), insert.lastError());
        id = insert.lastInsertId().toLongLong();
        return {};
    });
    if (!added)
        return added.error();
    return id;
}

void SyncWorker::run()
{
    m_client = new OdooClient(m_options.odoo, this);
    Result<qint64> system = odooSystem();
    if (!system) {
        for (SyncFlow flow : std::as_const(m_flows)) {
            SyncFlowResult result;
            result.flow = flow;
            result.status = QStringLiteral("failed");
            result.message = system.error().userMessage();
            emit flowFinished(result);
        }
        m_database.releaseThreadConnection();
        emit done();
        return;
    }
    m_systemId = system.value();
    closeInterruptedRuns();
    applySystemOptions();
    nextFlow();
}

void SyncWorker::closeInterruptedRuns()
{
    QStringList flows;
    for (SyncFlow flow : SyncFlows::all())
        flows.append(SyncFlows::name(flow));
    const Result<qint64> closed = m_log.closeInterrupted(m_systemId, flows);
    if (!closed)
        qCWarning(lcSync).noquote() << closed.error().toString();
    else if (closed.value() > 0)
        qCInfo(lcSync) << "closed" << closed.value() << "sync runs an earlier process left running";
}

void SyncWorker::applySystemOptions()
{
    // The product and tax chosen on the Failed pushes page are kept with the Odoo system.
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT options FROM system WHERE id = ?"));
    query.addBindValue(m_systemId);
    if (!query.exec() || !query.next())
        return;
    const QJsonObject options = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
    m_options.push.productCode =
        options.value(FailedPushActions::kProductOption).toString(m_options.push.productCode);
    m_options.push.taxName = options.value(FailedPushActions::kTaxOption).toString(m_options.push.taxName);
}

void SyncWorker::cancel()
{
    m_cancelled = true;
    if (m_pusher)
        m_pusher->cancel();
    if (m_partners)
        m_partners->cancel();
    if (m_setup)
        m_setup->cancel();
    if (m_puller)
        m_puller->cancel();
    if (m_pull)
        m_pull->cancel();
}

void SyncWorker::nextFlow()
{
    ++m_index;
    if (m_index >= m_flows.size()) {
        m_database.releaseThreadConnection();
        emit done();
        return;
    }
    const SyncFlow flow = m_flows.at(m_index);
    SyncFlowResult result;
    result.flow = flow;
    if (m_cancelled) {
        result.status = QStringLiteral("cancelled");
        result.message = tr("Not started: the sync was cancelled.");
        emit flowFinished(result);
        return nextFlow();
    }
    emit flowStarted(flow);
    if (flow == SyncFlow::Pull)
        return runPull();
    Result<qint64> run = m_log.start(SyncFlows::name(flow), m_systemId);
    if (!run) {
        result.status = QStringLiteral("failed");
        result.message = run.error().userMessage();
        emit flowFinished(result);
        return nextFlow();
    }
    if (flow == SyncFlow::Customers)
        runCustomers(run.value());
    else if (flow == SyncFlow::Projects || flow == SyncFlow::Placements)
        runSetup(run.value(), flow);
    else if (flow == SyncFlow::Timesheets || flow == SyncFlow::Expenses)
        runInvoices(run.value(), flow);
    else
        runStatePull(run.value(), flow);
}

void SyncWorker::runPull()
{
    m_pull = new PullFlow(m_database, m_options, this);
    connect(m_pull, &PullFlow::progress, this, [this](qint64 read, qint64 expected, const QString &message) {
        emit progress(SyncFlow::Pull, read, expected, message);
    });
    connect(m_pull, &PullFlow::finished, this, [this] {
        const SyncFlowResult result = m_pull->summary();
        m_pull->deleteLater();
        emit flowFinished(result);
        nextFlow();
    });
    m_pull->start();
}

void SyncWorker::runCustomers(qint64 runId)
{
    emit progress(SyncFlow::Customers, 0, -1, tr("Planning customers to create in Odoo"));
    Result<qint64> planned = PartnerPlanner(m_database, m_systemId).plan();
    SyncFlowResult result;
    result.flow = SyncFlow::Customers;
    result.runId = runId;
    if (!planned)
        return endFlow(result, planned.error());
    m_log.note(runId, SyncRunLog::Level::Info, QStringLiteral("partner"), QString(),
               tr("%n customer(s) without an Odoo partner planned.", nullptr, int(planned.value())));
    m_partners = new PartnerPusher(m_database, m_client, m_systemId, m_options.push, Clock::system(), this);
    m_partners->setRunLog(&m_log, runId);
    connect(m_partners, &PartnerPusher::progress, this, [this](qint64 done, qint64 total) {
        emit progress(SyncFlow::Customers, done, total, tr("Creating customers in Odoo"));
    });
    connect(m_partners, &PartnerPusher::finished, this, [this, runId] { onPartnersFinished(runId); });
    m_partners->start();
}

void SyncWorker::onPartnersFinished(qint64 runId)
{
    const PartnerPusher::Counts counts = m_partners->counts();
    const std::optional<Error> error = m_partners->error();
    const bool cancelled = m_partners->isCancelled() && !error;
    m_partners->deleteLater();
    SyncFlowResult result;
    result.flow = SyncFlow::Customers;
    result.runId = runId;
    result.read = counts.read;
    result.created = counts.created;
    result.updated = counts.updated;
    const qint64 left = waitingRows(PartnerPlanner::kOperation);
    result.failed = counts.dead + left;
    if (cancelled) {
        result.status = QStringLiteral("cancelled");
        result.message = tr("Cancelled: %1 customers created in Odoo, %2 left for the next run.")
                             .arg(counts.created)
                             .arg(left);
    } else if (!error) {
        result.status = result.failed == 0 ? QStringLiteral("succeeded") : QStringLiteral("partial");
        result.message =
            tr("%1 customers created in Odoo, %2 found there already, %3 need a person, %4 wait for a "
               "retry; %5 invoices queued again; %6 requests to Odoo.")
                .arg(counts.created)
                .arg(counts.updated)
                .arg(counts.dead)
                .arg(left)
                .arg(counts.requeuedInvoices)
                .arg(counts.requests);
    }
    endFlow(result, error);
}

qint64 SyncWorker::waitingRows(const QString &operation) const
{
    const Result<qint64> waiting = OutboxStore(m_database, m_systemId, operation).countWaiting();
    return waiting ? waiting.value() : 0;
}

void SyncWorker::runInvoices(qint64 runId, SyncFlow flow)
{
    const bool time = flow == SyncFlow::Timesheets;
    emit progress(flow, 0, -1,
                  time ? tr("Planning invoices from approved time")
                       : tr("Planning invoices from billable expenses"));
    Result<InvoicePlanner::Summary> planned =
        InvoicePlanner(m_database, m_systemId,
                       time ? InvoicePlanner::Source::Time : InvoicePlanner::Source::Expenses)
            .plan();
    SyncFlowResult result;
    result.flow = flow;
    result.runId = runId;
    if (!planned)
        return endFlow(result, planned.error());
    const QString note = time
        ? tr("%1 invoices planned from approved time (%2 placement-months unbilled, %3 already waiting).")
        : tr("%1 invoices planned from billable expenses (%2 placement-months unbilled, %3 already "
             "waiting).");
    m_log.note(runId, SyncRunLog::Level::Info, QStringLiteral("invoice"), QString(),
               note.arg(planned.value().planned).arg(planned.value().groups).arg(planned.value().waiting));
    // The pusher takes every planned invoice, whichever flow planned it: both share the months' keys.
    m_pusher = new InvoicePusher(m_database, m_client, m_systemId, m_options.push, Clock::system(), this);
    m_pusher->setRunLog(&m_log, runId);
    connect(m_pusher, &InvoicePusher::progress, this, [this, flow](qint64 done, qint64 total) {
        emit progress(flow, done, total, tr("Pushing draft invoices to Odoo"));
    });
    connect(m_pusher, &InvoicePusher::finished, this, [this, runId, flow] { onPusherFinished(runId, flow); });
    m_pusher->start();
}

void SyncWorker::onPusherFinished(qint64 runId, SyncFlow flow)
{
    const InvoicePusher::Counts counts = m_pusher->counts();
    const std::optional<Error> error = m_pusher->error();
    const bool cancelled = m_pusher->isCancelled() && !error;
    m_pusher->deleteLater();
    SyncFlowResult result;
    result.flow = flow;
    result.runId = runId;
    result.read = counts.read;
    result.created = counts.created;
    result.skipped = counts.skipped;
    const qint64 left = waitingRows(InvoicePlanner::kOperation);
    result.failed = counts.dead + left;
    if (cancelled) {
        result.status = QStringLiteral("cancelled");
        result.message =
            tr("Cancelled: %1 invoices pushed, %2 left for the next run.").arg(counts.created).arg(left);
    } else if (!error) {
        result.status = result.failed == 0 ? QStringLiteral("succeeded") : QStringLiteral("partial");
        result.message =
            tr("%1 invoices in Odoo (%2 found there after an interruption), %3 need a person, %4 wait "
               "for a retry; %5 requests to Odoo.")
                .arg(counts.created)
                .arg(counts.reconciled)
                .arg(counts.dead)
                .arg(left)
                .arg(counts.requests);
    }
    endFlow(result, error);
}

void SyncWorker::runSetup(qint64 runId, SyncFlow flow)
{
    const bool projects = flow == SyncFlow::Projects;
    emit progress(flow, 0, -1,
                  projects ? tr("Planning projects of won deals")
                           : tr("Planning billing setups of placements"));
    const Result<qint64> planned = projects ? ProjectPlanner(m_database, m_systemId).plan()
                                            : PlacementPlanner(m_database, m_systemId).plan();
    SyncFlowResult result;
    result.flow = flow;
    result.runId = runId;
    if (!planned)
        return endFlow(result, planned.error());
    m_log.note(runId, SyncRunLog::Level::Info, SyncFlows::name(flow), QString(),
               projects
                   ? tr("%n project(s) to create or update in Odoo planned.", nullptr, int(planned.value()))
                   : tr("%n placement setup(s) to create or update in Odoo planned.", nullptr,
                        int(planned.value())));
    if (projects)
        m_setup = new ProjectPusher(m_database, m_client, m_systemId, m_options.push, Clock::system(), this);
    else
        m_setup =
            new PlacementPusher(m_database, m_client, m_systemId, m_options.push, Clock::system(), this);
    m_setup->setRunLog(&m_log, runId);
    connect(m_setup, &LoadPusher::progress, this, [this, flow, projects](qint64 done, qint64 total) {
        emit progress(flow, done, total,
                      projects ? tr("Writing projects to Odoo") : tr("Writing billing setups to Odoo"));
    });
    connect(m_setup, &LoadPusher::finished, this, [this, runId, flow] { onSetupFinished(runId, flow); });
    m_setup->start();
}

void SyncWorker::onSetupFinished(qint64 runId, SyncFlow flow)
{
    const LoadPusher::Counts counts = m_setup->counts();
    const std::optional<Error> error = m_setup->error();
    const bool cancelled = m_setup->isCancelled() && !error;
    m_setup->deleteLater();
    SyncFlowResult result;
    result.flow = flow;
    result.runId = runId;
    result.read = counts.read;
    result.created = counts.created;
    result.updated = counts.updated;
    const qint64 left =
        waitingRows(flow == SyncFlow::Projects ? ProjectPlanner::kOperation : PlacementPlanner::kOperation);
    result.failed = counts.dead + left;
    if (cancelled) {
        result.status = QStringLiteral("cancelled");
        result.message = tr("Cancelled: %1 written to Odoo, %2 left for the next run.")
                             .arg(counts.created + counts.updated)
                             .arg(left);
    } else if (!error) {
        result.status = result.failed == 0 ? QStringLiteral("succeeded") : QStringLiteral("partial");
        result.message = tr("%1 created in Odoo, %2 updated, %3 need a person, %4 wait for a retry; %5 "
                            "requests to Odoo.")
                             .arg(counts.created)
                             .arg(counts.updated)
                             .arg(counts.dead)
                             .arg(left)
                             .arg(counts.requests);
    }
    endFlow(result, error);
}

void SyncWorker::runStatePull(qint64 runId, SyncFlow flow)
{
    const auto mode =
        flow == SyncFlow::Invoices ? InvoiceStatePuller::Mode::Invoices : InvoiceStatePuller::Mode::Payments;
    m_puller =
        new InvoiceStatePuller(m_database, m_client, m_systemId, mode, m_options.push, Clock::system(), this);
    connect(m_puller, &InvoiceStatePuller::progress, this,
            [this, flow](qint64 read) { emit progress(flow, read, -1, tr("Reading invoices from Odoo")); });
    connect(m_puller, &InvoiceStatePuller::finished, this, [this, runId, flow] {
        SyncFlowResult result;
        result.flow = flow;
        result.runId = runId;
        const InvoiceStatePuller::Counts &counts = m_puller->counts();
        result.read = counts.read + counts.payments.read;
        result.created = counts.payments.created;
        result.updated = counts.updated + counts.payments.updated;
        result.skipped = counts.skipped + counts.payments.skipped;
        const std::optional<Error> error = m_puller->error();
        if (!error) {
            result.status = m_cancelled ? QStringLiteral("cancelled") : QStringLiteral("succeeded");
            result.message = flow == SyncFlow::Invoices
                ? tr("%1 invoices read from Odoo, %2 changed in the cache.")
                      .arg(counts.read)
                      .arg(counts.updated)
                : tr("%1 invoices and %2 payments read from Odoo; %3 invoices changed, %4 payments new, %5 "
                     "changed and %6 removed (deleted in Odoo) in the cache.")
                      .arg(counts.read)
                      .arg(counts.payments.read)
                      .arg(counts.updated)
                      .arg(counts.payments.created)
                      .arg(counts.payments.updated)
                      .arg(counts.payments.deleted);
        }
        m_puller->deleteLater();
        endFlow(result, error);
    });
    m_puller->start();
}

void SyncWorker::endFlow(SyncFlowResult result, const std::optional<Error> &error)
{
    if (error) {
        result.status = QStringLiteral("failed");
        result.message = error->userMessage();
        m_log.note(result.runId, SyncRunLog::Level::Error, SyncFlows::name(result.flow), QString(),
                   error->userMessage(), error->detail());
    }
    UpsertCounts counts;
    counts.created = result.created;
    counts.updated = result.updated;
    counts.unchanged = result.skipped;
    counts.failed = result.failed;
    Result<void> saved = m_database.transaction(
        [&](QSqlDatabase &db) { return m_log.addCounts(db, result.runId, result.read, counts); });
    if (saved)
        saved = m_log.finish(result.runId, result.status, result.message);
    if (!saved)
        qCWarning(lcSync).noquote() << saved.error().toString();
    emit flowFinished(result);
    nextFlow();
}

} // namespace cw
