// OdooPagedReader: keyset pages over the simulator, resume after a failure.
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odoopagedreader.h"
#include "connectors/odoo/odooreply.h"
#include "sandbox/odoo/odoosimulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace cw;

class TestOdooPagedReader : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OdooSimulator> m_simulator;
    std::unique_ptr<OdooClient> m_client;

private slots:
    void init();
    void cleanup();
    void readsEveryRecordOnce();
    void resumesAfterFailure();
    void emptyResult();
};

void TestOdooPagedReader::init()
{
    OdooSimulatorOptions options;
    options.majorVersion = 17;
    m_simulator = std::make_unique<OdooSimulator>(options);
    QVERIFY(m_simulator->listen().ok());
    OdooConnectionSettings settings;
    settings.url = m_simulator->url();
    settings.database = options.database;
    settings.login = options.login;
    settings.secret = m_simulator->apiKey();
    m_client = std::make_unique<OdooClient>(settings);
    QJsonArray batch;
    for (int i = 0; i < 47; ++i)
        batch.append(QJsonObject { { QStringLiteral("name"), QStringLiteral("Paged %1").arg(i) },
                                   { QStringLiteral("ref"), QStringLiteral("paged") } });
    OdooReply *created = m_client->createMany(QStringLiteral("res.partner"), batch);
    QSignalSpy done(created, &OdooReply::finished);
    QVERIFY(done.wait(10000));
    QVERIFY(created->ok());
}

void TestOdooPagedReader::cleanup()
{
    m_client.reset();
    m_simulator.reset();
}

void TestOdooPagedReader::readsEveryRecordOnce()
{
    QJsonArray domain;
    domain.append(QJsonArray { QStringLiteral("ref"), QStringLiteral("="), QStringLiteral("paged") });
    OdooPagedReader reader(m_client.get(), QStringLiteral("res.partner"), domain, { QStringLiteral("name") },
                           10);
    QList<qint64> ids;
    QList<int> sizes;
    connect(&reader, &OdooPagedReader::page, this, [&](const QJsonArray &records) {
        sizes.append(records.size());
        for (const QJsonValue &record : records)
            ids.append(record.toObject().value(QStringLiteral("id")).toInteger());
    });
    QSignalSpy finished(&reader, &OdooPagedReader::finished);
    reader.start();
    QVERIFY(reader.isRunning());
    QVERIFY(finished.wait(10000));
    QCOMPARE(sizes, (QList<int> { 10, 10, 10, 10, 7 }));
    QCOMPARE(ids.size(), 47);
    QCOMPARE(QSet<qint64>(ids.begin(), ids.end()).size(), 47);
    QVERIFY(std::is_sorted(ids.begin(), ids.end()));
    QCOMPARE(reader.recordsRead(), 47);
    QCOMPARE(reader.pagesRead(), 5);
    QCOMPARE(reader.lastId(), ids.last());
    QVERIFY(!reader.isRunning());
}

void TestOdooPagedReader::resumesAfterFailure()
{
    QJsonArray domain;
    domain.append(QJsonArray { QStringLiteral("ref"), QStringLiteral("="), QStringLiteral("paged") });
    OdooPagedReader reader(m_client.get(), QStringLiteral("res.partner"), domain, { QStringLiteral("name") },
                           20);
    int records = 0;
    connect(&reader, &OdooPagedReader::page, this, [&](const QJsonArray &page) { records += page.size(); });
    QSignalSpy failed(&reader, &OdooPagedReader::failed);
    QSignalSpy finished(&reader, &OdooPagedReader::finished);
    // The first page goes through, the second fails.
    m_simulator->faults().force(FaultInjector::Fault::None, 1, QStringLiteral("search_read"));
    m_simulator->faults().force(FaultInjector::Fault::ServerError, 1, QStringLiteral("search_read"));
    reader.start();
    QVERIFY(failed.wait(10000));
    QVERIFY(reader.error().isRetryable());
    QCOMPARE(records, 20);
    reader.start(reader.lastId());
    QVERIFY(finished.wait(10000));
    QCOMPARE(records, 47);
}

void TestOdooPagedReader::emptyResult()
{
    QJsonArray domain;
    domain.append(QJsonArray { QStringLiteral("ref"), QStringLiteral("="), QStringLiteral("nothing") });
    OdooPagedReader reader(m_client.get(), QStringLiteral("res.partner"), domain, { QStringLiteral("name") });
    QSignalSpy page(&reader, &OdooPagedReader::page);
    QSignalSpy finished(&reader, &OdooPagedReader::finished);
    reader.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(page.count(), 0);
}

QTEST_GUILESS_MAIN(TestOdooPagedReader)
#include "tst_odoopagedreader.moc"
