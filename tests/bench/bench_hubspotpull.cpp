// Benchmark of the HubSpot pull against the HubSpot simulator over loopback HTTP, into a fresh
// SQLite cache: companies into customer through HubSpotPullSource, PullRunner and RecordUpserter,
// exactly as a sync does, then an incremental pull from the saved cursor that finds nothing new.
//
// A first pass reads and maps every page through the pull source without writing, to show the
// client's own share apart from the cache's.
// Prints per pull what bench::PullMeter measures. The simulator runs in its own thread; its rate
// limits and the client's budget are off so the simulator sets the pace.
//
// Build in Release and run: bench_hubspotpull [--customers 20000] [--https]
// The full size: --customers 120000 (about 100,000 HubSpot companies). --https serves the
// simulator over TLS, as HubSpot serves (test::LoopbackTls).
#include "cache/database.h"
#include "connectors/hubspot/hubspotclient.h"
#include "connectors/hubspot/hubspotpullsource.h"
#include "credentials/credentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "domain/systemconfig.h"
#include "loopbacktls.h"
#include "pullmeter.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/hubspot/hubspotsimulator.h"
#include "sync/pullrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <limits>

using namespace cw;

namespace {

class Bench
{
public:
    Bench(int customers, bool https)
    {
        DemoDataOptions options;
        options.customers = customers;
        options.seed = 7;
        m_data = DemoDataGenerator::generate(options);
        HubSpotSimulator::Options simulatorOptions;
        simulatorOptions.burstPer10s = 0;
        simulatorOptions.searchPerSecond = 0;
        simulatorOptions.dailyLimit = std::numeric_limits<int>::max();
        m_simulator = new HubSpotSimulator(m_data, simulatorOptions);
        if (https) {
            m_simulator->useTls(test::LoopbackTls::server());
            test::LoopbackTls::trustInThisProcess();
        }
        m_simulator->moveToThread(&m_thread);
        m_thread.start();
        onSimulator([this] {
            if (!m_simulator->listen())
                qFatal("the simulator cannot listen");
        });

        auto opened = Database::open(m_dir.filePath(QStringLiteral("bench.sqlite")));
        if (!opened)
            qFatal("cache: %s", qPrintable(opened.error().toString()));
        m_database = std::move(opened.value());
        QSqlQuery insert(m_database->connection());
        if (!insert.exec(
                QStringLiteral("INSERT INTO system (kind, name, created_at, updated_at) VALUES "
                               "('crm', 'HubSpot', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")))
            qFatal("system row: %s", qPrintable(insert.lastError().text()));
        m_system = insert.lastInsertId().toLongLong();
        m_credentials.writeSecret(CredentialStore::keyFor(m_system, SystemConfig::kTokenAccount),
                                  simulatorOptions.token, &m_credentials, [](const Result<void> &) {});
        HubSpotConfig config;
        config.baseUrl = m_simulator->baseUrl();
        config.systemId = m_system;
        config.requestsPer10s = 0;
        config.searchesPerSecond = 0;
        config.timeoutMs = 120000;
        m_client = std::make_unique<HubSpotClient>(config, &m_credentials);
    }

    ~Bench()
    {
        m_client.reset();
        onSimulator([this] { delete m_simulator; });
        m_thread.quit();
        m_thread.wait();
    }

    /// Companies through PullRunner into the cache, as a sync pulls them.
    void pull(const QString &title)
    {
        const bench::PullMeter meter = startMeter();
        PullRunner runner(*m_database, m_system);
        runner.addSource(new HubSpotPullSource(m_client.get(), QStringLiteral("companies")));
        QEventLoop loop;
        QObject::connect(&runner, &PullRunner::finished, &loop, &QEventLoop::quit);
        runner.start();
        if (runner.isRunning())
            loop.exec();
        const PullEntityResult &result = runner.results().value(0);
        meter.report(title, QStringLiteral("companies"),
                     QStringLiteral("%1 (%2 created, %3 unchanged)")
                         .arg(result.status)
                         .arg(result.counts.created)
                         .arg(result.counts.unchanged),
                     result.counts.total());
    }

    /// Companies through their HubSpotPullSource alone, pages read and mapped but not written: the
    /// client's share (HTTP, JSON, mapping) without the cache's.
    void readOnly()
    {
        const bench::PullMeter meter = startMeter();
        HubSpotPullSource source(m_client.get(), QStringLiteral("companies"));
        const qint64 records = bench::readAllPages(source);
        meter.report(QStringLiteral("read+map"), QStringLiteral("companies"), QStringLiteral("not written"),
                     records);
    }

private:
    bench::PullMeter startMeter()
    {
        return bench::PullMeter(
            [this] {
                double seconds = 0;
                onSimulator([&] { seconds = bench::threadCpuSeconds(); });
                return seconds;
            },
            [this] { return m_client->attemptCount(); });
    }

    template<typename F> void onSimulator(F function)
    {
        QMetaObject::invokeMethod(m_simulator, function, Qt::BlockingQueuedConnection);
    }

    DemoDataset m_data;
    QThread m_thread;
    HubSpotSimulator *m_simulator = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_system = 0;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<HubSpotClient> m_client;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("Demo companies to generate."), QStringLiteral("n"),
                                       QStringLiteral("20000"));
    parser.addOption(customers);
    const QCommandLineOption https(QStringLiteral("https"), QStringLiteral("Serve the simulator over TLS."));
    parser.addOption(https);
    parser.process(app);
    Bench bench(parser.value(customers).toInt(), parser.isSet(https));
    bench.readOnly();
    bench.pull(QStringLiteral("full"));
    bench.pull(QStringLiteral("incremental"));
    return 0;
}
