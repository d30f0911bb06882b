#include "cache/database.h"
#include "cache/rollbackjournalscope.h"
#include "tempcache.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace cw;
using cw::test::TempCache;

class TestRollbackJournalScope : public QObject
{
    Q_OBJECT

private slots:
    void switchesToRollbackJournalAndBackToWal();
    void staysInWalWhileAnotherConnectionIsOpen();
    void transactionCutShortIsRolledBackOnNextOpen();

private:
    static QString journalMode(const Database &database);
};

QString TestRollbackJournalScope::journalMode(const Database &database)
{
    QSqlQuery query(database.connection());
    if (!query.exec(QStringLiteral("PRAGMA journal_mode")) || !query.next())
        return QString();
    return query.value(0).toString();
}

void TestRollbackJournalScope::switchesToRollbackJournalAndBackToWal()
{
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    QCOMPARE(journalMode(cache.db()), QStringLiteral("wal"));
    {
        const RollbackJournalScope scope(cache.db());
        QVERIFY(scope.active());
        QCOMPARE(journalMode(cache.db()), QStringLiteral("delete"));
        QVERIFY(cache.addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo")) > 0);
    }
    QCOMPARE(journalMode(cache.db()), QStringLiteral("wal"));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM system")).toInt(), 1);
}

void TestRollbackJournalScope::staysInWalWhileAnotherConnectionIsOpen()
{
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    const Database &database = cache.db();
    // Another connection to the same file (another thread's, or another program's), open and used.
    const QString otherName = QStringLiteral("other");
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), otherName);
        other.setDatabaseName(cache.path());
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(QStringLiteral("SELECT count(*) FROM system")));
    }
    {
        const RollbackJournalScope scope(database);
        QVERIFY(!scope.active());
        QCOMPARE(journalMode(database), QStringLiteral("wal"));
        QVERIFY(cache.addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo")) > 0);
    }
    QCOMPARE(journalMode(database), QStringLiteral("wal"));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM system")).toInt(), 1);
    QSqlDatabase::database(otherName, false).close();
    QSqlDatabase::removeDatabase(otherName);
}

void TestRollbackJournalScope::transactionCutShortIsRolledBackOnNextOpen()
{
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    QVERIFY(cache.addSystem(QStringLiteral("odoo"), QStringLiteral("Before")) > 0);
    const QString crashed = cache.folder() + QStringLiteral("/crashed.sqlite");
    {
        const RollbackJournalScope scope(cache.db());
        QVERIFY(scope.active());
        QSqlQuery query(cache.db().connection());
        // A tiny page cache makes SQLite write the new pages into the file before the commit.
        QVERIFY(query.exec(QStringLiteral("PRAGMA cache_size = 8")));
        QVERIFY(query.exec(QStringLiteral("BEGIN IMMEDIATE")));
        for (int i = 0; i < 2000; ++i) {
            QVERIFY(
                query.exec(QStringLiteral("INSERT INTO system (kind, name, created_at, updated_at) "
                                          "VALUES ('crm', 'During %1 " // name padded to fill pages
                                          "..................................................', 't', 't')")
                               .arg(i)));
        }
        // What a killed process leaves on disk: the file and its hot journal, mid-transaction.
        QVERIFY(QFile::exists(cache.path() + QStringLiteral("-journal")));
        QVERIFY(QFile::copy(cache.path(), crashed));
        QVERIFY(QFile::copy(cache.path() + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
        QVERIFY(query.exec(QStringLiteral("ROLLBACK")));
    }
    auto reopened = Database::open(crashed);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString()));
    QSqlQuery query(reopened.value()->connection());
    QVERIFY(query.exec(QStringLiteral("SELECT group_concat(name) FROM system")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("Before"));
    QCOMPARE(journalMode(*reopened.value()), QStringLiteral("wal"));
}

QTEST_GUILESS_MAIN(TestRollbackJournalScope)
#include "tst_rollbackjournalscope.moc"
