// Benchmark of OdooClient against the Odoo simulator over loopback HTTP:
//   1. read 100,000 res.partner with search_read keyset pages of 2,000;
//   2. create 10,000 res.partner with create(list) in batches of 500;
//   3. upsert 10,000 res.partner with load() (external ids) in batches of 500.
// Prints records per second end to end, HTTP round trips, and the client's own CPU per record:
// the client thread alone (CLOCK_THREAD_CPUTIME_ID: request building, JSON parsing, replies) and
// everything but the simulator thread (process CPU minus the simulator thread's, which adds Qt's
// HTTP thread and the kernel's socket work on the client side). The simulator runs in its own
// thread so its work is never counted as the client's.
//
// Build in Release and run: bench_odooclient [--records N] [--version 17]
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odoopagedreader.h"
#include "connectors/odoo/odooreply.h"
#include "sandbox/odoo/odooorm.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sandbox/odoo/odoostore.h"

#include "cputime.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QThread>

using namespace cw;
using cw::bench::processCpuSeconds;
using cw::bench::threadCpuSeconds;

namespace {

struct Meter
{
    QElapsedTimer wall;
    double thread = 0;
    double process = 0;
    double simulator = 0;
    qint64 requests = 0;
};

class Bench
{
public:
    Bench(int records, int version)
        : m_records(records)
    {
        OdooSimulatorOptions options;
        options.majorVersion = version;
        m_simulator = new OdooSimulator(options);
        m_simulator->moveToThread(&m_thread);
        m_thread.start();
        onSimulator([this] { seed(); });
        onSimulator([this] { m_url = m_simulator->listen().ok() ? m_simulator->url() : QUrl(); });
        OdooConnectionSettings settings;
        settings.url = m_url;
        settings.database = options.database;
        settings.login = options.login;
        settings.secret = m_simulator->apiKey();
        settings.timeoutMs = 120000;
        m_client = std::make_unique<OdooClient>(settings);
        wait(m_client->connectToServer());
    }

    ~Bench()
    {
        m_client.reset();
        onSimulator([this] { delete m_simulator; });
        m_thread.quit();
        m_thread.wait();
    }

    void readAll()
    {
        Meter meter = start();
        OdooPagedReader reader(m_client.get(), QStringLiteral("res.partner"),
                               where(QStringLiteral("ref"), QStringLiteral("=like"), QStringLiteral("bench-%")),
                               { QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("vat"),
                                 QStringLiteral("ref"), QStringLiteral("country_id"), QStringLiteral("write_date") },
                               2000);
        qint64 checksum = 0;
        QObject::connect(&reader, &OdooPagedReader::page, [&](const QJsonArray &records) { checksum += records.size(); });
        QEventLoop loop;
        QObject::connect(&reader, &OdooPagedReader::finished, &loop, &QEventLoop::quit);
        QObject::connect(&reader, &OdooPagedReader::failed, &loop, [&] {
            qCritical("read failed: %s", qPrintable(reader.error().toString()));
            loop.quit();
        });
        reader.start();
        loop.exec();
        report(QStringLiteral("search_read, keyset pages of 2000"), meter, checksum);
    }

    void createLists()
    {
        Meter meter = start();
        qint64 created = 0;
        for (int batch = 0; batch < 20; ++batch) {
            QJsonArray values;
            for (int i = 0; i < 500; ++i) {
                const int n = batch * 500 + i;
                values.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("Created Partner %1").arg(n) },
                                            { QStringLiteral("email"), QStringLiteral("created%1@example.com").arg(n) },
                                            { QStringLiteral("ref"), QStringLiteral("create-%1").arg(n) },
                                            { QStringLiteral("country_id"), 57 } });
            }
            created += wait(m_client->createMany(QStringLiteral("res.partner"), values))->ids().size();
        }
        report(QStringLiteral("create(list), batches of 500"), meter, created);
    }

    void loadBatches()
    {
        Meter meter = start();
        qint64 loaded = 0;
        const QStringList fields { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("ref"),
                                   QStringLiteral("country_id/id") };
        for (int batch = 0; batch < 20; ++batch) {
            QList<QStringList> rows;
            for (int i = 0; i < 500; ++i) {
                const int n = batch * 500 + i;
                rows.append({ QStringLiteral("crosswalk.bench_%1").arg(n), QStringLiteral("Loaded Partner %1").arg(n),
                              QStringLiteral("loaded%1@example.com").arg(n), QStringLiteral("load-%1").arg(n), QStringLiteral("base.de") });
            }
            OdooReply *reply = wait(m_client->load(QStringLiteral("res.partner"), fields, rows));
            if (!reply->ok())
                qCritical("load failed: %s", qPrintable(reply->error().toString()));
            loaded += reply->ids().size();
        }
        report(QStringLiteral("load(), batches of 500 with external ids"), meter, loaded);
    }

private:
    static QJsonArray where(const QString &field, const QString &op, const QString &value)
    {
        QJsonArray domain;
        domain.append(QJsonArray { field, op, value });
        return domain;
    }

    template<typename F> void onSimulator(F function)
    {
        QMetaObject::invokeMethod(m_simulator, function, Qt::BlockingQueuedConnection);
    }

    void seed()
    {
        QJsonArray batch;
        OdooEnv env;
        env.uid = 2;
        env.companyIds = { 1 };
        env.now = QDateTime::currentDateTimeUtc();
        static const char *const countries[] = { "57", "75", "165", "231", "233", "20" };
        for (int i = 0; i < m_records; ++i) {
            batch.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("Bench Company %1 GmbH").arg(i) },
                                       { QStringLiteral("is_company"), true },
                                       { QStringLiteral("email"), QStringLiteral("accounts%1@bench-company.example").arg(i) },
                                       { QStringLiteral("phone"), QStringLiteral("+49 30 %1").arg(1000000 + i) },
                                       { QStringLiteral("vat"), QStringLiteral("DE%1").arg(100000000 + i) },
                                       { QStringLiteral("ref"), QStringLiteral("bench-%1").arg(i) },
                                       { QStringLiteral("country_id"), QString::fromLatin1(countries[i % 6]).toInt() } });
            if (batch.size() == 5000 || i + 1 == m_records) {
                Result<QList<qint64>> ids = m_simulator->orm().create(QStringLiteral("res.partner"), batch, env);
                if (!ids)
                    qFatal("seeding failed: %s", qPrintable(ids.error().userMessage()));
                batch = QJsonArray();
            }
        }
    }

    OdooReply *wait(OdooReply *reply)
    {
        if (!reply->isFinished()) {
            QEventLoop loop;
            QObject::connect(reply, &OdooReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        if (!reply->ok())
            qCritical("%s failed: %s", qPrintable(reply->operation()), qPrintable(reply->error().toString()));
        return reply;
    }

    Meter start()
    {
        Meter meter;
        onSimulator([&] { meter.simulator = threadCpuSeconds(); });
        meter.thread = threadCpuSeconds();
        meter.process = processCpuSeconds();
        meter.requests = m_client->requestCount();
        meter.wall.start();
        return meter;
    }

    void report(const QString &name, const Meter &meter, qint64 records)
    {
        const double wall = meter.wall.nsecsElapsed() / 1e9;
        const double thread = threadCpuSeconds() - meter.thread;
        const double process = processCpuSeconds() - meter.process;
        double simulator = 0;
        onSimulator([&] { simulator = threadCpuSeconds() - meter.simulator; });
        const double client = process - simulator;
        const double perRecord = records > 0 ? 1e6 / double(records) : 0;
        printf("%-44s %7lld records  %6.2f s  %9.0f records/s  %4lld round trips  client thread %5.2f us/record  "
               "client total %5.2f us/record  simulator %5.2f us/record\n",
               qPrintable(name), static_cast<long long>(records), wall, double(records) / wall,
               static_cast<long long>(m_client->requestCount() - meter.requests), thread * perRecord, client * perRecord,
               simulator * perRecord);
        fflush(stdout);
    }

    int m_records;
    QThread m_thread;
    OdooSimulator *m_simulator;
    QUrl m_url;
    std::unique_ptr<OdooClient> m_client;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption records(QStringLiteral("records"), QStringLiteral("Partners to read."), QStringLiteral("n"),
                                     QStringLiteral("100000"));
    const QCommandLineOption version(QStringLiteral("version"), QStringLiteral("Odoo version to simulate."), QStringLiteral("v"),
                                     QStringLiteral("17"));
    parser.addOptions({ records, version });
    parser.process(app);
    Bench bench(parser.value(records).toInt(), parser.value(version).toInt());
    bench.readAll();
    bench.createLists();
    bench.loadBatches();
    return 0;
}
