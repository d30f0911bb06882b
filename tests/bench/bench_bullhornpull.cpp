// Benchmark of the Bullhorn pull against the Bullhorn simulator over loopback HTTP, into a fresh
// SQLite cache: ClientCorporation into customer, Placement into placement, then TimesheetEntry (with its
// placement through nested fields) into timesheet_line, each through BullhornPullSource, PullRunner and
// RecordUpserter, exactly as a sync does. Then a second, incremental pull that finds nothing new.
//
// A first pass reads and maps every page through the pull sources without writing, to show the
// client's own share apart from the cache's.
// Prints per entity what bench::PullMeter measures (HTTP round trips include the sign-in). The
// simulator runs in its own thread; the client's request budget is off so the simulator sets the
// pace.
//
// Build in Release and run: bench_bullhornpull [--customers 2000] [--time-entries 20000]
// The full size: --customers 120000 --time-entries 500000 (100,519 Bullhorn client
// corporations: five demo companies in six have a record in the staffing platform).
#include "cache/database.h"
#include "connectors/bullhorn/bullhornclient.h"
#include "connectors/bullhorn/bullhornpullsource.h"
#include "credentials/credentialstore.h"
#include "credentials/memorycredentialstore.h"
#include "domain/systemconfig.h"
#include "pullmeter.h"
#include "sandbox/bullhorn/bullhornsimulator.h"
#include "sandbox/demodatagenerator.h"
#include "sync/pullrunner.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

using namespace cw;

namespace {

class Bench
{
public:
    Bench(int customers, qint64 timeEntries)
    {
        DemoDataOptions options;
        options.customers = customers;
        options.seed = 7;
        QElapsedTimer setup;
        setup.start();
        m_data = DemoDataGenerator::generate(options);
        BullhornSimulator::Options simulatorOptions;
        simulatorOptions.callsPerMinute = 0;
        simulatorOptions.maxTimeEntries = timeEntries;
        m_simulator = new BullhornSimulator(m_data, simulatorOptions);
        m_simulator->moveToThread(&m_thread);
        m_thread.start();
        onSimulator([this] {
            if (!m_simulator->listen())
                qFatal("the simulator cannot listen");
        });
        int corporations = 0;
        int served = 0;
        onSimulator([&] {
            corporations = m_simulator->store().count(QStringLiteral("ClientCorporation"));
            served = m_simulator->store().count(QStringLiteral("TimesheetEntry"));
        });
        printf("setup: %d demo customers, %d client corporations, %d time entries served, %.1f s\n",
               customers, corporations, served, setup.nsecsElapsed() / 1e9);

        auto opened = Database::open(m_dir.filePath(QStringLiteral("bench.sqlite")));
        if (!opened)
            qFatal("cache: %s", qPrintable(opened.error().toString()));
        m_database = std::move(opened.value());
        QSqlQuery insert(m_database->connection());
        if (!insert.exec(
                QStringLiteral("INSERT INTO system (kind, name, created_at, updated_at) VALUES "
                               "('staffing', 'Bullhorn', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")))
            qFatal("system row: %s", qPrintable(insert.lastError().text()));
        m_system = insert.lastInsertId().toLongLong();

        m_credentials.writeSecret(CredentialStore::keyFor(m_system, SystemConfig::kPasswordAccount),
                                  simulatorOptions.password, &m_credentials, [](const Result<void> &) {});
        m_credentials.writeSecret(CredentialStore::keyFor(m_system, SystemConfig::kClientSecretAccount),
                                  simulatorOptions.clientSecret, &m_credentials, [](const Result<void> &) {});
        BullhornConfig config;
        config.authUrl = m_simulator->authUrl();
        config.loginUrl = m_simulator->loginUrl();
        config.clientId = simulatorOptions.clientId;
        config.username = simulatorOptions.username;
        config.systemId = m_system;
        config.requestsPerSecond = 0;
        config.timeoutMs = 120000;
        m_client = std::make_unique<BullhornClient>(config, &m_credentials);
    }

    ~Bench()
    {
        m_client.reset();
        onSimulator([this] { delete m_simulator; });
        m_thread.quit();
        m_thread.wait();
    }

    /// Each entity through PullRunner into the cache, as a sync pulls it.
    void pull(const QString &title)
    {
        for (const QString &entity : entities()) {
            const bench::PullMeter meter = startMeter();
            PullRunner runner(*m_database, m_system);
            runner.addSource(new BullhornPullSource(m_client.get(), entity));
            QEventLoop loop;
            QObject::connect(&runner, &PullRunner::finished, &loop, &QEventLoop::quit);
            runner.start();
            if (runner.isRunning())
                loop.exec();
            const PullEntityResult &result = runner.results().value(0);
            meter.report(title, entity,
                         QStringLiteral("%1 (%2 created, %3 unchanged)")
                             .arg(result.status)
                             .arg(result.counts.created)
                             .arg(result.counts.unchanged),
                         result.counts.total());
        }
    }

    /// Each entity through its BullhornPullSource alone, pages read and mapped but not written:
    /// the client's share (HTTP, JSON, mapping) without the cache's.
    void readOnly()
    {
        for (const QString &entity : entities()) {
            const bench::PullMeter meter = startMeter();
            BullhornPullSource source(m_client.get(), entity);
            const qint64 records = bench::readAllPages(source);
            meter.report(QStringLiteral("read+map"), entity, QStringLiteral("not written"), records);
        }
    }

private:
    static QStringList entities()
    {
        return { QStringLiteral("ClientCorporation"), QStringLiteral("Placement"),
                 QStringLiteral("TimesheetEntry") };
    }

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
    BullhornSimulator *m_simulator = nullptr;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    qint64 m_system = 0;
    MemoryCredentialStore m_credentials;
    std::unique_ptr<BullhornClient> m_client;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption customers(QStringLiteral("customers"),
                                       QStringLiteral("Demo companies to generate."), QStringLiteral("n"),
                                       QStringLiteral("2000"));
    const QCommandLineOption entries(QStringLiteral("time-entries"),
                                     QStringLiteral("Time entries to serve at most."), QStringLiteral("n"),
                                     QStringLiteral("20000"));
    parser.addOptions({ customers, entries });
    parser.process(app);
    Bench bench(parser.value(customers).toInt(), parser.value(entries).toLongLong());
    bench.readOnly();
    bench.pull(QStringLiteral("full"));
    bench.pull(QStringLiteral("incremental"));
    return 0;
}
