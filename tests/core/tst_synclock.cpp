// One sync at a time per cache: the lock file beside a real cache, taken by the sync engine for
// its run, refusing a second engine (or process) and taken over from a process that is gone.
#include "sync/syncengine.h"
#include "sync/synclock.h"
#include "tempcache.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTest>

using namespace cw;

class TestSyncLock : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempCache> m_cache;

    /// A pull without CRM or staffing system: no network, it ends "unavailable".
    static SyncEngineOptions pullOnly()
    {
        SyncEngineOptions o;
        o.odoo.url = QUrl(QStringLiteral("http://127.0.0.1:9"));
        o.odoo.database = QStringLiteral("d");
        o.odoo.login = QStringLiteral("l");
        o.odoo.secret = QStringLiteral("s");
        return o;
    }

    QList<SyncFlowResult> run(SyncEngine &engine, const QList<SyncFlow> &flows)
    {
        QSignalSpy finished(&engine, &SyncEngine::finished);
        if (!engine.start(flows) || !finished.wait(30000))
            return {};
        return engine.results();
    }

    /// A timesheets run a killed process left "running"; a sync that starts closes it.
    qint64 addRunningRun()
    {
        const qint64 odoo = m_cache->addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo"));
        if (!m_cache->exec(QStringLiteral("INSERT INTO sync_run (flow, system_id, started_at, status) VALUES "
                                          "('timesheets', ?, '2026-03-02T10:00:00Z', 'running')"),
                           { odoo }))
            return 0;
        return m_cache->scalar(QStringLiteral("SELECT MAX(id) FROM sync_run")).toLongLong();
    }

    QString runStatus(qint64 id) const
    {
        return m_cache->scalar(QStringLiteral("SELECT status FROM sync_run WHERE id = ?"), { id }).toString();
    }

private slots:
    void init()
    {
        m_cache = std::make_unique<test::TempCache>();
        QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    }

    void lockIsExclusiveAndReleased()
    {
        SyncLock first(m_cache->path());
        SyncLock second(m_cache->path());
        QVERIFY(first.acquire().ok());
        QVERIFY(first.isHeld());
        QVERIFY(QFile::exists(SyncLock::pathFor(m_cache->path())));
        const Result<void> refused = second.acquire();
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), SyncLock::kLocked);
        QCOMPARE(refused.error().category(), Error::Category::Conflict);
        QVERIFY2(refused.error().userMessage().startsWith(
                     QStringLiteral("Another sync is running on this cache (process %1 since ")
                         .arg(QCoreApplication::applicationPid())),
                 qPrintable(refused.error().userMessage()));
        first.release();
        QVERIFY(!QFile::exists(SyncLock::pathFor(m_cache->path())));
        QVERIFY(second.acquire().ok());
    }

    void lockTakenOnAnEarlierDayNamesTheDate()
    {
        SyncLock first(m_cache->path());
        SyncLock second(m_cache->path());
        QVERIFY(first.acquire().ok());
        QFile lock(SyncLock::pathFor(m_cache->path()));
        QVERIFY(lock.open(QIODevice::ReadWrite));
        const QDateTime taken(QDate::currentDate().addDays(-1), QTime(9, 30));
        QVERIFY(lock.setFileTime(taken, QFileDevice::FileModificationTime));
        lock.close();
        const QString message = second.acquire().error().userMessage();
        QVERIFY2(message.contains(QLocale().toString(taken, QLocale::ShortFormat)), qPrintable(message));

        // Taken today: the time of day is enough.
        QVERIFY(lock.open(QIODevice::ReadWrite));
        QVERIFY(lock.setFileTime(QDateTime(QDate::currentDate(), QTime(0, 0, 1)),
                                 QFileDevice::FileModificationTime));
        lock.close();
        const QString today = second.acquire().error().userMessage();
        QVERIFY2(
            today.endsWith(
                QStringLiteral(" since %1).").arg(QLocale().toString(QTime(0, 0, 1), QLocale::ShortFormat))),
            qPrintable(today));
    }

    void secondEngineIsRefusedWhileTheFirstRuns()
    {
        const qint64 killed = addRunningRun();
        QVERIFY(killed > 0);
        SyncEngine first(m_cache->db(), pullOnly());
        SyncEngine second(m_cache->db(), pullOnly());
        QSignalSpy firstFinished(&first, &SyncEngine::finished);
        QVERIFY(first.start({ SyncFlow::Pull }));
        const QList<SyncFlowResult> refused = run(second, { SyncFlow::Pull, SyncFlow::Invoices });
        QCOMPARE(refused.size(), 2);
        QCOMPARE(refused.at(0).status, QStringLiteral("failed"));
        QVERIFY2(refused.at(0).message.startsWith(QStringLiteral("Another sync is running on this cache")),
                 qPrintable(refused.at(0).message));
        QCOMPARE(refused.at(1).status, QStringLiteral("failed"));
        QVERIFY(!second.allSucceeded());
        QVERIFY(!second.isRunning());

        QVERIFY(firstFinished.count() == 1 || firstFinished.wait(30000));
        QCOMPARE(first.results().size(), 1);
        QCOMPARE(first.results().first().status, QStringLiteral("unavailable"));
        QCOMPARE(runStatus(killed), QStringLiteral("interrupted"));
        QVERIFY(!QFile::exists(SyncLock::pathFor(m_cache->path())));

        // The first run ended: the second engine may start now.
        const QList<SyncFlowResult> after = run(second, { SyncFlow::Pull });
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().status, QStringLiteral("unavailable"));
    }

    void refusedEngineLeavesTheHoldersRunsAlone()
    {
        // Another process holds the cache: its run is running, not interrupted.
        const qint64 running = addRunningRun();
        SyncLock other(m_cache->path());
        QVERIFY(other.acquire().ok());
        SyncEngine engine(m_cache->db(), pullOnly());
        const QList<SyncFlowResult> results = run(engine, { SyncFlow::Invoices });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, QStringLiteral("failed"));
        QCOMPARE(runStatus(running), QStringLiteral("running"));
        QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM sync_run")).toLongLong(), 1);
    }

    void lockOfAProcessThatIsGoneIsTakenOver()
    {
        // What a SIGKILLed sync leaves: its lock file, naming a process that no longer runs.
        QProcess gone;
        gone.start(QStringLiteral("true"), {});
        QVERIFY(gone.waitForStarted());
        const qint64 pid = gone.processId();
        QVERIFY(gone.waitForFinished());
        QFile lock(SyncLock::pathFor(m_cache->path()));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(
            QStringLiteral("%1\ncrosswalkctl\n%2\n").arg(pid).arg(QSysInfo::machineHostName()).toUtf8());
        lock.close();
        const qint64 killed = addRunningRun();

        SyncEngine engine(m_cache->db(), pullOnly());
        const QList<SyncFlowResult> results = run(engine, { SyncFlow::Pull });
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().status, QStringLiteral("unavailable"));
        QCOMPARE(runStatus(killed), QStringLiteral("interrupted"));
        QVERIFY(!QFile::exists(SyncLock::pathFor(m_cache->path())));
    }

    void cacheInMemoryNeedsNoLock()
    {
        SyncLock first(QStringLiteral(":memory:"));
        SyncLock second(QStringLiteral(":memory:"));
        QVERIFY(first.acquire().ok());
        QVERIFY(second.acquire().ok());
        QVERIFY(!QFile::exists(SyncLock::pathFor(QStringLiteral(":memory:"))));
    }
};

QTEST_GUILESS_MAIN(TestSyncLock)
#include "tst_synclock.moc"
