#include "pullflow.h"

#include "cache/database.h"
#include "cache/systemrepository.h"
#include "connectors/bullhorn/bullhornclient.h"
#include "connectors/bullhorn/bullhornconfig.h"
#include "connectors/bullhorn/bullhornpullsource.h"
#include "connectors/hubspot/hubspotclient.h"
#include "connectors/hubspot/hubspotconfig.h"
#include "connectors/hubspot/hubspotpullsource.h"
#include "credentials/memorycredentialstore.h"
#include "pullrunner.h"
#include "util/logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

namespace cw {

namespace {

/// @p text ending with a full stop, so that problems read as sentences one after another.
QString sentence(const QString &text)
{
    return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
}

} // namespace

PullFlow::PullFlow(const Database &database, SyncEngineOptions options, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_options(std::move(options))
    , m_log(database)
{ }

PullFlow::~PullFlow() = default;

void PullFlow::start()
{
    if (m_started)
        return;
    m_started = true;
    // Counts the writes being set up, so that none finishing early starts the pull half-ready.
    ++m_pendingSecrets;
    if (m_options.crm || m_options.staffing)
        addFromOptions();
    else if (m_options.credentials)
        addFromCache();
    // Why a timer: finished() must come later than start() even when no secret had to be stored.
    QTimer::singleShot(0, this, [this] {
        if (--m_pendingSecrets == 0)
            runNext();
    });
}

Result<qint64> PullFlow::systemId(const SystemConfig &system) const
{
    if (system.id > 0)
        return system.id;
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM system WHERE kind = ? ORDER BY id LIMIT 1"));
    query.addBindValue(SystemConfig::kindName(system.kind));
    if (!query.exec())
        return sqlError(tr("The systems could not be read."), query.lastError());
    if (query.next())
        return query.value(0).toLongLong();
    return SystemRepository(m_database).insert(system);
}

void PullFlow::addFromOptions()
{
    m_store = std::make_unique<MemoryCredentialStore>();
    for (const std::optional<SystemConfig> &wanted : { m_options.crm, m_options.staffing }) {
        if (!wanted)
            continue;
        Result<qint64> id = systemId(*wanted);
        if (!id) {
            m_problems.append(QStringLiteral("%1: %2").arg(wanted->name, sentence(id.error().userMessage())));
            continue;
        }
        SystemConfig system = *wanted;
        system.id = id.value();
        if (system.kind == SystemConfig::Kind::Crm) {
            storeSecret(system.id, SystemConfig::kTokenAccount, m_options.crmToken);
            addCrm(system, m_store.get());
        } else {
            storeSecret(system.id, SystemConfig::kClientSecretAccount, m_options.staffingClientSecret);
            storeSecret(system.id, SystemConfig::kPasswordAccount, m_options.staffingPassword);
            addStaffing(system, m_store.get());
        }
    }
}

void PullFlow::addFromCache()
{
    const Result<QList<SystemConfig>> systems = SystemRepository(m_database).list();
    if (!systems) {
        m_problems.append(sentence(systems.error().userMessage()));
        return;
    }
    // CRM systems first, as with a profile.
    for (SystemConfig::Kind kind : { SystemConfig::Kind::Crm, SystemConfig::Kind::Staffing }) {
        for (const SystemConfig &system : systems.value()) {
            if (!system.enabled || system.kind != kind)
                continue;
            if (kind == SystemConfig::Kind::Crm)
                addCrm(system, m_options.credentials);
            else
                addStaffing(system, m_options.credentials);
        }
    }
}

void PullFlow::addCrm(const SystemConfig &system, CredentialStore *store)
{
    HubSpotConfig config;
    config.baseUrl = QUrl(system.url);
    config.systemId = system.id;
    auto client = std::make_unique<HubSpotClient>(config, store);
    PullRunner *runner = addRunner(system.name, system.id);
    // Companies first: contacts and deals find their company in the cache.
    for (const QString &type :
         { QStringLiteral("companies"), QStringLiteral("contacts"), QStringLiteral("deals") })
        runner->addSource(new HubSpotPullSource(client.get(), type));
    m_clients.push_back(std::move(client));
    closeInterruptedRuns(*runner);
}

void PullFlow::addStaffing(const SystemConfig &system, CredentialStore *store)
{
    Result<BullhornConfig> config = BullhornConfig::fromSystem(system);
    if (!config) {
        m_problems.append(QStringLiteral("%1: %2").arg(system.name, sentence(config.error().userMessage())));
        return;
    }
    auto client = std::make_unique<BullhornClient>(config.value(), store);
    PullRunner *runner = addRunner(system.name, system.id);
    // Customers before placements, placements before their time: each finds the one before.
    const QStringList entities =
        QStringList { QStringLiteral("ClientCorporation"), QStringLiteral("ClientContact"),
                      QStringLiteral("Candidate"), QStringLiteral("Placement") }
        + BullhornPullSource::timeEntities(system.options.value(kTimeSourceOption).toString() == kPayAndBill);
    for (const QString &entity : entities)
        runner->addSource(new BullhornPullSource(client.get(), entity));
    m_clients.push_back(std::move(client));
    closeInterruptedRuns(*runner);
}

PullRunner *PullFlow::addRunner(const QString &name, qint64 systemId)
{
    auto runner = std::make_unique<PullRunner>(m_database, systemId);
    PullRunner *raw = runner.get();
    connect(raw, &PullRunner::progress, this,
            [this, name](const QString &entity, qint64 read, qint64 expected) {
                emit progress(read, expected, tr("Pulling %1 from %2").arg(entity, name));
            });
    connect(raw, &PullRunner::entityFinished, this, [this, name](const PullEntityResult &result) {
        m_results.append(result);
        if (result.status != QLatin1String("succeeded"))
            m_problems.append(problemText(name, result));
    });
    connect(raw, &PullRunner::finished, this, &PullFlow::runNext, Qt::QueuedConnection);
    m_runners.push_back(std::move(runner));
    return raw;
}

QString PullFlow::problemText(const QString &system, const PullEntityResult &result)
{
    // Whole sentences per outcome: a status word spliced into one sentence stayed English in
    // every translation.
    const QString reason = result.error ? sentence(result.error->userMessage()) : QString();
    if (result.status == QLatin1String("cancelled"))
        return tr("%1: the pull of %2 was cancelled.").arg(system, result.entity);
    if (result.status == QLatin1String("partial"))
        return reason.isEmpty()
            ? tr("%1: the pull of %2 partly failed.").arg(system, result.entity)
            : tr("%1: the pull of %2 partly failed: %3").arg(system, result.entity, reason);
    return reason.isEmpty() ? tr("%1: the pull of %2 failed.").arg(system, result.entity)
                            : tr("%1: the pull of %2 failed: %3").arg(system, result.entity, reason);
}

void PullFlow::storeSecret(qint64 systemId, const QString &account, const QString &secret)
{
    ++m_pendingSecrets;
    m_store->writeSecret(CredentialStore::keyFor(systemId, account), secret, this,
                         [this](const Result<void> &written) {
                             if (!written)
                                 m_problems.append(sentence(written.error().userMessage()));
                             if (--m_pendingSecrets == 0)
                                 runNext();
                         });
}

void PullFlow::closeInterruptedRuns(const PullRunner &runner) const
{
    QStringList flows;
    for (const PullSource *source : runner.sources())
        flows.append(QStringLiteral("pull_") + source->entity());
    const Result<qint64> closed = m_log.closeInterrupted(runner.systemId(), flows);
    if (!closed)
        qCWarning(lcSync).noquote() << closed.error().toString();
}

void PullFlow::runNext()
{
    ++m_index;
    const auto systems = static_cast<int>(m_runners.size());
    if (m_cancelled || m_index >= systems) {
        emit finished();
        return;
    }
    m_runners.at(static_cast<std::size_t>(m_index))->start();
}

void PullFlow::cancel()
{
    m_cancelled = true;
    if (m_index >= 0 && m_index < static_cast<int>(m_runners.size()))
        m_runners.at(static_cast<std::size_t>(m_index))->cancel();
}

SyncFlowResult PullFlow::summary() const
{
    SyncFlowResult out;
    out.flow = SyncFlow::Pull;
    UpsertCounts counts;
    for (const PullEntityResult &result : m_results) {
        out.read += result.read;
        counts += result.counts;
    }
    out.created = counts.created;
    out.updated = counts.updated + counts.deleted;
    out.skipped = counts.unchanged;
    out.failed = counts.failed;
    const qint64 succeeded =
        std::count_if(m_results.cbegin(), m_results.cend(),
                      [](const PullEntityResult &r) { return r.status == QLatin1String("succeeded"); });
    if (m_runners.empty() && m_problems.isEmpty()) {
        out.status = QStringLiteral("unavailable");
        out.message = tr("No CRM or staffing platform is configured to pull from.");
        return out;
    }
    if (m_cancelled)
        out.status = QStringLiteral("cancelled");
    else if (m_problems.isEmpty())
        out.status = QStringLiteral("succeeded");
    else
        out.status = succeeded > 0 ? QStringLiteral("partial") : QStringLiteral("failed");
    out.message = tr("%1 of %2 entities pulled from %3 systems.")
                      .arg(succeeded)
                      .arg(m_results.size())
                      .arg(m_runners.size());
    if (!m_problems.isEmpty())
        out.message += QLatin1Char(' ') + m_problems.join(QLatin1Char(' '));
    return out;
}

} // namespace cw
