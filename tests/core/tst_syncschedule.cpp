// SyncSchedule on a real cache: intervals kept with the Odoo system beside its other options, and
// which flows are due from when each last started.
#include "sync/syncschedule.h"
#include "tempcache.h"

#include <QTest>

using namespace cw;

class TestSyncSchedule : public QObject
{
    Q_OBJECT

private slots:
    void savesBesideOtherOptionsAndLoadsBack()
    {
        test::TempCache cache;
        QVERIFY2(cache.database(), qPrintable(cache.error()));
        const qint64 odoo = cache.addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo"));
        QVERIFY(
            cache.exec(QStringLiteral("UPDATE system SET options = '{\"product\":\"CONSULT\"}' WHERE id = ?"),
                       { odoo }));
        SyncSchedule schedule;
        schedule.setIntervalMinutes(SyncFlow::Timesheets, 60);
        schedule.setIntervalMinutes(SyncFlow::Payments, 24 * 60);
        schedule.setIntervalMinutes(SyncFlow::Customers, SyncSchedule::kMaxMinutes + 1); // a week at most
        schedule.setIntervalMinutes(SyncFlow::Invoices, 1); // five minutes at least
        QCOMPARE(schedule.intervalMinutes(SyncFlow::Invoices), SyncSchedule::kMinMinutes);
        schedule.setIntervalMinutes(SyncFlow::Invoices, -5); // not scheduled
        QVERIFY(schedule.save(cache.db(), odoo).ok());

        const Result<SyncSchedule> loaded = SyncSchedule::load(cache.db(), odoo);
        QVERIFY(loaded.ok());
        QCOMPARE(loaded.value().intervalMinutes(SyncFlow::Timesheets), 60);
        QCOMPARE(loaded.value().intervalMinutes(SyncFlow::Payments), 24 * 60);
        QCOMPARE(loaded.value().intervalMinutes(SyncFlow::Invoices), 0);
        QCOMPARE(loaded.value().intervalMinutes(SyncFlow::Customers), SyncSchedule::kMaxMinutes);
        QCOMPARE(
            cache
                .scalar(QStringLiteral("SELECT json_extract(options, '$.product') FROM system WHERE id = ?"),
                        { odoo })
                .toString(),
            QStringLiteral("CONSULT"));

        // Cleared again: nothing scheduled, the product still there.
        SyncSchedule none;
        QVERIFY(none.save(cache.db(), odoo).ok());
        QVERIFY(SyncSchedule::load(cache.db(), odoo).value().isEmpty());
        QCOMPARE(
            cache
                .scalar(QStringLiteral("SELECT json_extract(options, '$.product') FROM system WHERE id = ?"),
                        { odoo })
                .toString(),
            QStringLiteral("CONSULT"));
    }

    void dueFromTheLastStartOfEachFlow()
    {
        test::TempCache cache;
        QVERIFY2(cache.database(), qPrintable(cache.error()));
        const qint64 odoo = cache.addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo"));
        const QDateTime now = QDateTime::fromString(QStringLiteral("2026-05-04T12:00:00Z"), Qt::ISODate);
        const auto started = [&](const QString &flow, int minutesAgo) {
            QVERIFY(cache.exec(
                QStringLiteral("INSERT INTO sync_run (flow, system_id, started_at, status) VALUES (?, ?, ?, "
                               "'succeeded')"),
                { flow, odoo, now.addSecs(-60 * minutesAgo).toString(Qt::ISODate) }));
        };
        started(QStringLiteral("timesheets"), 200);
        started(QStringLiteral("timesheets"), 10); // the latest start counts
        started(QStringLiteral("payments"), 61);
        const Result<QMap<SyncFlow, QDateTime>> before = SyncSchedule::lastStarts(cache.db(), odoo);
        QVERIFY(before.ok());
        QVERIFY(!before.value().contains(SyncFlow::Pull)); // never pulled
        // The pull starts when its latest entity started, whatever system that entity came from.
        started(QStringLiteral("pull_customers"), 5000);
        const qint64 crm = cache.addSystem(QStringLiteral("crm"), QStringLiteral("HubSpot"));
        QVERIFY(cache.exec(QStringLiteral("INSERT INTO sync_run (flow, system_id, started_at, status) VALUES "
                                          "('pull_deals', ?, ?, 'failed')"),
                           { crm, now.addSecs(-60 * 30).toString(Qt::ISODate) }));
        const Result<QMap<SyncFlow, QDateTime>> starts = SyncSchedule::lastStarts(cache.db(), odoo);
        QVERIFY(starts.ok());
        QCOMPARE(starts.value().size(), 3);
        QCOMPARE(starts.value().value(SyncFlow::Timesheets), now.addSecs(-600));
        QCOMPARE(starts.value().value(SyncFlow::Pull), now.addSecs(-60 * 30));

        SyncSchedule schedule;
        schedule.setIntervalMinutes(SyncFlow::Timesheets, 60);
        schedule.setIntervalMinutes(SyncFlow::Payments, 60);
        schedule.setIntervalMinutes(SyncFlow::Customers, 60); // never ran: due at once
        QCOMPARE(schedule.due(starts.value(), now),
                 (QList<SyncFlow> { SyncFlow::Customers, SyncFlow::Payments }));
        QCOMPARE(schedule.nextRun(SyncFlow::Timesheets, starts.value().value(SyncFlow::Timesheets), now),
                 std::optional<QDateTime>(now.addSecs(50 * 60)));
        QCOMPARE(schedule.nextRun(SyncFlow::Invoices, QDateTime(), now), std::optional<QDateTime>());
        QCOMPARE(schedule.due(starts.value(), now.addSecs(50 * 60)),
                 (QList<SyncFlow> { SyncFlow::Customers, SyncFlow::Timesheets, SyncFlow::Payments }));
    }
};

QTEST_GUILESS_MAIN(TestSyncSchedule)
#include "tst_syncschedule.moc"
