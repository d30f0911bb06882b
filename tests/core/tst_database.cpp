#include "cache/database.h"
#include "tempcache.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <sqlite3.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace cw;
using cw::test::TempCache;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

int rawExec(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    sqlite3_open(path.toUtf8().constData(), &db);
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close(db);
    return rc;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void createsFreshCacheWithPragmas();
    void existingFileKeepsItsPageSize();
    void createsEveryTable_data();
    void createsEveryTable();
    void upgradesOlderSchemaKeepingRows();
    void upgradeRebuildingSyncRunsKeepsRunsAndTheirEvents();
    void checkConstraintsListNoValuesAfterUpgrade();
    void reopeningDoesNotMigrateAgain();
    void emptyFileBecomesCache();
    void refusesCorruptFile_data();
    void refusesCorruptFile();
    void refusesNewerSchema();
    void refusesFolderAsFile();
    void reportsLockedCache();
    void transactionRollsBackOnError();
    void transactionRollsBackOnFailedStatement();
    void killedWriterLeavesCacheUnchanged();
    void auditLogIsAppendOnly();
    void foreignKeysAreEnforced();
    void linkIsUniquePerSystemEntityAndId();
    void eachThreadGetsItsOwnConnection();
    void resolvesPathByPrecedence_data();
    void resolvesPathByPrecedence();
};

void TestDatabase::createsFreshCacheWithPragmas()
{
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    QVERIFY(QFile::exists(cache.path()));
    QCOMPARE(cache.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(cache.scalar(QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(cache.scalar(QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QCOMPARE(cache.scalar(QStringLiteral("PRAGMA page_size")).toInt(), Database::kPageSize);
}

void TestDatabase::existingFileKeepsItsPageSize()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("small-pages.sqlite"));
    sqlite3 *raw = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &raw), SQLITE_OK);
    QCOMPARE(sqlite3_exec(raw,
                          "PRAGMA page_size = 4096; CREATE TABLE note (text TEXT); "
                          "INSERT INTO note VALUES ('kept')",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(raw);

    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    QSqlQuery query(opened.value()->connection());
    QVERIFY(query.exec(QStringLiteral("PRAGMA page_size")) && query.next());
    QCOMPARE(query.value(0).toInt(), 4096);
    QVERIFY(query.exec(QStringLiteral("SELECT text FROM note")) && query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("kept"));
    QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::createsEveryTable_data()
{
    QTest::addColumn<QString>("table");
    for (const char *table :
         { "system",    "customer",           "contact",      "consultant",      "deal",
           "placement", "placement_rate",     "invoice",      "timesheet_line",  "expense",
           "payment",   "canonical_customer", "link",         "match_candidate", "sync_cursor",
           "sync_run",  "sync_event",         "outbox",       "failed_push",     "revenue_exception",
           "audit_log", "ground_truth",       "currency_rate" })
        QTest::newRow(table) << QString::fromLatin1(table);
}

void TestDatabase::createsEveryTable()
{
    QFETCH(QString, table);
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    QCOMPARE(
        cache
            .scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?"),
                    { table })
            .toInt(),
        1);
}

void TestDatabase::upgradesOlderSchemaKeepingRows()
{
    TempCache cache(1);
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    QCOMPARE(cache.db().schemaVersion(), 1);
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'currency_rate'"))
                 .toInt(),
             0);
    const qint64 system = cache.addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo"));
    QVERIFY(system > 0);
    QVERIFY(cache.exec(QStringLiteral("INSERT INTO customer (system_id, external_id, name, modified_at) "
                                      "VALUES (?, '7', 'Müller & Söhne \"GmbH\" 🚀', '2026-01-01T00:00:00Z')"),
                       { system }));

    QVERIFY2(cache.reopen(), qPrintable(cache.error()));
    QCOMPARE(cache.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(cache.scalar(QStringLiteral("SELECT name FROM customer WHERE external_id = '7'")).toString(),
             QStringLiteral("Müller & Söhne \"GmbH\" 🚀"));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'currency_rate'"))
                 .toInt(),
             1);
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM system")).toInt(), 1);
}

void TestDatabase::checkConstraintsListNoValuesAfterUpgrade()
{
    // Schema 11 rewrites each CHECK (x IN (...)) as x = ... OR ..., which SQLite checks without
    // building a table per row written; the values allowed must stay exactly the same.
    TempCache cache(10);
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    const qint64 system = cache.addSystem(QStringLiteral("crm"), QStringLiteral("HubSpot"));
    const QString insert =
        QStringLiteral("INSERT INTO customer (system_id, external_id, name, status, modified_at) "
                       "VALUES (?, ?, 'Acme', ?, '2026-01-01T00:00:00Z')");
    QVERIFY(cache.exec(insert, { system, QStringLiteral("1"), QStringLiteral("archived") }));

    QVERIFY2(cache.reopen(), qPrintable(cache.error()));
    QCOMPARE(cache.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(cache
                 .scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                        "AND sql LIKE '%CHECK (%IN (''%'"))
                 .toInt(),
             0);
    QCOMPARE(cache.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT status FROM customer WHERE external_id = '1'")).toString(),
             QStringLiteral("archived"));
    for (const QString &status : { QStringLiteral("active"), QStringLiteral("not_customer") })
        QVERIFY(cache.exec(insert, { system, status, status }));
    for (const QString &status : { QStringLiteral("Active"), QStringLiteral("deleted"), QString() })
        QVERIFY(!cache.exec(insert, { system, QString(QStringLiteral("x") + status), status }));
    QVERIFY(!cache.exec(QStringLiteral("INSERT INTO system (kind, name, created_at, updated_at) "
                                       "VALUES ('erp', 'X', 't', 't')")));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM customer")).toInt(), 3);
    // The reason for the change: the check no longer opens a temporary table.
    QSqlQuery explain(cache.db().connection());
    QVERIFY(explain.exec(QStringLiteral("EXPLAIN INSERT INTO customer (system_id, external_id, name, status, "
                                        "modified_at) VALUES (1, '9', 'A', 'active', 't')")));
    QStringList plan;
    while (explain.next())
        plan << explain.value(1).toString();
    QVERIFY(!plan.isEmpty());
    QVERIFY2(!plan.contains(QStringLiteral("OpenEphemeral")), qPrintable(plan.join(QLatin1Char(' '))));
}

void TestDatabase::upgradeRebuildingSyncRunsKeepsRunsAndTheirEvents()
{
    // Schema 9 rebuilds sync_run (a new status); its events must survive the rebuild, not be deleted
    // through ON DELETE CASCADE when the old table is dropped.
    TempCache cache(7);
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    const qint64 system = cache.addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo"));
    QVERIFY(cache.exec(
        QStringLiteral("INSERT INTO sync_run (id, flow, system_id, started_at, status, read_count) "
                       "VALUES (41, 'timesheets', ?, '2026-01-01T00:00:00Z', 'running', 12)"),
        { system }));
    QVERIFY(cache.exec(QStringLiteral("INSERT INTO sync_event (run_id, at, level, message) "
                                      "VALUES (41, '2026-01-01T00:00:05Z', 'info', 'Pushed 12 lines')")));
    QVERIFY(!cache.exec(QStringLiteral("UPDATE sync_run SET status = 'interrupted' WHERE id = 41")));

    QVERIFY2(cache.reopen(), qPrintable(cache.error()));
    QCOMPARE(cache.db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(cache.scalar(QStringLiteral("SELECT read_count FROM sync_run WHERE id = 41")).toInt(), 12);
    QCOMPARE(cache.scalar(QStringLiteral("SELECT message FROM sync_event WHERE run_id = 41")).toString(),
             QStringLiteral("Pushed 12 lines"));
    QVERIFY(cache.exec(QStringLiteral("UPDATE sync_run SET status = 'interrupted' WHERE id = 41")));
    QVERIFY(!cache.scalar(QStringLiteral("PRAGMA foreign_key_check")).isValid());
    // The events still belong to their run: deleting the run deletes them.
    QVERIFY(cache.exec(QStringLiteral("DELETE FROM sync_run WHERE id = 41")));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM sync_event")).toInt(), 0);
}

void TestDatabase::reopeningDoesNotMigrateAgain()
{
    TempCache cache;
    QVERIFY(cache.database());
    QVERIFY(cache.addSystem(QStringLiteral("crm"), QStringLiteral("HubSpot")) > 0);
    QVERIFY(cache.reopen());
    QVERIFY(cache.reopen());
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM system")).toInt(), 1);
    QCOMPARE(cache.db().schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::emptyFileBecomesCache()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.sqlite"));
    writeFile(path, {});
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    QCOMPARE(opened.value()->schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::refusesCorruptFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("text") << QByteArray("id,name\n1,Acme\n");
    QTest::newRow("binary") << QByteArray(4096, '\xA5');
    // A valid header followed by garbage: the header check passes, reading the schema fails.
    QByteArray damaged("SQLite format 3\0", 16);
    damaged.append(QByteArray(8192, '\x7F'));
    QTest::newRow("damaged after header") << damaged;
}

void TestDatabase::refusesCorruptFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.sqlite"));
    writeFile(path, content);
    const QByteArray before = fileHash(path);

    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), Database::kOpenCorrupt);
    QVERIFY(opened.error().userMessage().contains(path));
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::refusesNewerSchema()
{
    TempCache cache;
    QVERIFY(cache.database());
    cache.close();
    QCOMPARE(rawExec(cache.path(), "PRAGMA user_version = 999"), SQLITE_OK);
    const QByteArray before = fileHash(cache.path());

    auto opened = Database::open(cache.path());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), Database::kOpenNewerSchema);
    QVERIFY(opened.error().userMessage().contains(QStringLiteral("999")));
    QCOMPARE(fileHash(cache.path()), before);
}

void TestDatabase::refusesFolderAsFile()
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.path());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), Database::kOpenUnreadable);
}

void TestDatabase::reportsLockedCache()
{
    TempCache cache(1);
    QVERIFY(cache.database());
    cache.close();

    // Another program holds the file exclusively (sqlite3 shell with locking_mode=EXCLUSIVE
    // inside a write transaction): neither reading nor upgrading is possible.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(cache.path().toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other,
                          "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                          "INSERT INTO audit_log (at, actor, action) VALUES ('t', 'other', 'hold');",
                          nullptr, nullptr, nullptr),
             SQLITE_OK);

    auto opened = Database::open(cache.path());
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code(), Database::kOpenLocked);

    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QVERIFY2(cache.reopen(), qPrintable(cache.error()));
    QCOMPARE(cache.db().schemaVersion(), Database::latestSchemaVersion());
}

void TestDatabase::transactionRollsBackOnError()
{
    TempCache cache;
    QVERIFY(cache.database());
    auto result = cache.db().transaction([](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        query.exec(QStringLiteral("INSERT INTO system (kind, name, created_at, updated_at) "
                                  "VALUES ('crm', 'A', 'x', 'x')"));
        return Error(Error::Category::Validation, QStringLiteral("stop"));
    });
    QVERIFY(!result.ok());
    QCOMPARE(result.error().userMessage(), QStringLiteral("stop"));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM system")).toInt(), 0);
}

void TestDatabase::transactionRollsBackOnFailedStatement()
{
    TempCache cache;
    QVERIFY(cache.database());
    auto result = cache.db().transaction([](QSqlDatabase &db) -> Result<void> {
        QSqlQuery query(db);
        query.exec(QStringLiteral("INSERT INTO system (kind, name, created_at, updated_at) "
                                  "VALUES ('crm', 'A', 'x', 'x')"));
        if (!query.exec(QStringLiteral("INSERT INTO system (kind, name, created_at, updated_at) "
                                       "VALUES ('nonsense', 'B', 'x', 'x')")))
            return sqlError(QStringLiteral("insert failed"), query.lastError());
        return {};
    });
    QVERIFY(!result.ok());
    QVERIFY(result.error().detail().contains(QStringLiteral("CHECK")));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM system")).toInt(), 0);
}

void TestDatabase::killedWriterLeavesCacheUnchanged()
{
    TempCache cache;
    QVERIFY(cache.database());
    QVERIFY(cache.addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo")) > 0);
    const QByteArray path = cache.path().toUtf8();

    // The child writes thousands of rows in one transaction and is killed before COMMIT.
    const pid_t child = fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        sqlite3 *db = nullptr;
        sqlite3_open(path.constData(), &db);
        sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
        for (int i = 0; i < 5000; ++i) {
            const QByteArray sql =
                "INSERT INTO customer (system_id, external_id, name, modified_at) VALUES (1, '"
                + QByteArray::number(i) + "', 'n', 't')";
            sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr);
        }
        raise(SIGKILL);
        _exit(0);
    }
    int status = 0;
    QCOMPARE(waitpid(child, &status, 0), child);
    QVERIFY(WIFSIGNALED(status));

    QVERIFY(cache.reopen());
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM customer")).toInt(), 0);
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM system")).toInt(), 1);
    QCOMPARE(cache.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
}

void TestDatabase::auditLogIsAppendOnly()
{
    TempCache cache;
    QVERIFY(cache.database());
    QVERIFY(
        cache.exec(QStringLiteral("INSERT INTO audit_log (at, actor, action) VALUES ('t', 'ann', 'link')")));
    QVERIFY(!cache.exec(QStringLiteral("UPDATE audit_log SET actor = 'bob'")));
    QVERIFY(!cache.exec(QStringLiteral("DELETE FROM audit_log")));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT actor FROM audit_log")).toString(), QStringLiteral("ann"));
}

void TestDatabase::foreignKeysAreEnforced()
{
    TempCache cache;
    QVERIFY(cache.database());
    QVERIFY(!cache.exec(QStringLiteral("INSERT INTO customer (system_id, external_id, name, modified_at) "
                                       "VALUES (42, '1', 'Orphan', 't')")));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM customer")).toInt(), 0);
}

void TestDatabase::linkIsUniquePerSystemEntityAndId()
{
    TempCache cache;
    QVERIFY(cache.database());
    const qint64 system = cache.addSystem(QStringLiteral("crm"), QStringLiteral("HubSpot"));
    QVERIFY(cache.exec(QStringLiteral("INSERT INTO canonical_customer (name, created_at, updated_at) "
                                      "VALUES ('Acme', 't', 't'), ('Other', 't', 't')")));
    const QString insertLink =
        QStringLiteral("INSERT INTO link (canonical_id, system_id, entity, external_id, "
                       "method, decided_at) VALUES (?, ?, 'customer', '17', 'manual', 't')");
    QVERIFY(cache.exec(insertLink, { 1, system }));
    QVERIFY(!cache.exec(insertLink, { 2, system }));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT count(*) FROM link")).toInt(), 1);
}

void TestDatabase::eachThreadGetsItsOwnConnection()
{
    TempCache cache;
    QVERIFY(cache.database());
    const QString mainName = cache.db().connection().connectionName();
    QString workerName;
    int workerCount = -1;
    QThread *thread = QThread::create([&] {
        {
            QSqlDatabase db = cache.db().connection();
            workerName = db.connectionName();
            QSqlQuery query(db);
            query.exec(QStringLiteral("INSERT INTO system (kind, name, created_at, updated_at) "
                                      "VALUES ('file', 'Payroll CSV', 't', 't')"));
            query.exec(QStringLiteral("SELECT count(*) FROM system"));
            if (query.next())
                workerCount = query.value(0).toInt();
        }
        cache.db().releaseThreadConnection();
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(!workerName.isEmpty());
    QVERIFY(workerName != mainName);
    QCOMPARE(workerCount, 1);
    QVERIFY(!QSqlDatabase::contains(workerName));
    QCOMPARE(cache.scalar(QStringLiteral("SELECT name FROM system")).toString(),
             QStringLiteral("Payroll CSV"));
}

void TestDatabase::resolvesPathByPrecedence_data()
{
    QTest::addColumn<QString>("commandLine");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<bool>("demo");
    QTest::addColumn<QString>("expected");
    QTest::newRow("command line wins") << "/a.sqlite"
                                       << "/b.sqlite"
                                       << "/c.sqlite" << false << "/a.sqlite";
    QTest::newRow("environment next") << ""
                                      << "/b.sqlite"
                                      << "/c.sqlite" << false << "/b.sqlite";
    QTest::newRow("settings next") << ""
                                   << ""
                                   << "/c.sqlite" << false << "/c.sqlite";
    QTest::newRow("default") << ""
                             << ""
                             << "" << false << Database::defaultPath(false);
    QTest::newRow("demo ignores settings") << ""
                                           << ""
                                           << "/c.sqlite" << true << Database::defaultPath(true);
}

void TestDatabase::resolvesPathByPrecedence()
{
    QFETCH(QString, commandLine);
    QFETCH(QString, environment);
    QFETCH(QString, settings);
    QFETCH(bool, demo);
    QFETCH(QString, expected);
    if (environment.isEmpty())
        qunsetenv("CROSSWALK_CACHE");
    else
        qputenv("CROSSWALK_CACHE", environment.toUtf8());
    QCOMPARE(Database::resolvePath(commandLine, settings, demo), expected);
    qunsetenv("CROSSWALK_CACHE");
    QVERIFY(Database::defaultPath(true) != Database::defaultPath(false));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
