#include "cache/auditlog.h"
#include "cache/systemrepository.h"
#include "tempcache.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace cw;

namespace {

SystemConfig odoo(const QString &name = QStringLiteral("Odoo production"))
{
    SystemConfig system;
    system.kind = SystemConfig::Kind::Odoo;
    system.name = name;
    system.url = QStringLiteral("https://odoo.example.com");
    system.databaseName = QStringLiteral("prod");
    system.login = QStringLiteral("integration@example.com");
    system.options = QJsonObject { { QStringLiteral("version"), QStringLiteral("17.0") } };
    return system;
}

SystemConfig ofKind(SystemConfig::Kind kind, const QString &url)
{
    SystemConfig system;
    system.kind = kind;
    system.name = QStringLiteral("System");
    system.url = url;
    if (kind == SystemConfig::Kind::Odoo)
        system.databaseName = QStringLiteral("db");
    if (kind == SystemConfig::Kind::Odoo || kind == SystemConfig::Kind::Staffing)
        system.login = QStringLiteral("api");
    if (kind == SystemConfig::Kind::Staffing)
        system.options.insert(SystemConfig::kClientIdOption, QStringLiteral("client-1"));
    return system;
}

struct AuditRow
{
    QString at, actor, action, subjectType, subjectId;
    QJsonObject before, after;
};

QList<AuditRow> auditRows(const test::TempCache &cache)
{
    QSqlQuery query(cache.db().connection());
    query.exec(QStringLiteral("SELECT at, actor, action, subject_type, subject_id, before_state, after_state "
                              "FROM audit_log ORDER BY id"));
    QList<AuditRow> rows;
    while (query.next()) {
        rows.append({ query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toString(), query.value(4).toString(),
                      QJsonDocument::fromJson(query.value(5).toByteArray()).object(),
                      QJsonDocument::fromJson(query.value(6).toByteArray()).object() });
    }
    return rows;
}

} // namespace

class TestSystemRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertAndFind();
    void listIsOrderedByName();
    void textFieldsAreTrimmed();
    void updateChangesSettingsAndTimestamp();
    void updateWithoutChangeWritesNothing();
    void updateCannotChangeKind();
    void removeDeletesRowAndCachedRecords();
    void missingSystemIsNotFound();
    void nameMustBeUnique_data();
    void nameMustBeUnique();
    void urlRules_data();
    void urlRules();
    void requiredFields_data();
    void requiredFields();
    void invalidInputWritesNothing();
    void auditRecordsEveryWrite();
    void noSecretColumnsOrAuditFields();

private:
    std::unique_ptr<test::TempCache> m_cache;
    std::shared_ptr<ManualClock> m_clock;
    std::unique_ptr<SystemRepository> m_repository;
};

void TestSystemRepository::init()
{
    m_cache = std::make_unique<test::TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 30), Qt::UTC));
    m_repository = std::make_unique<SystemRepository>(m_cache->db(), m_clock);
}

void TestSystemRepository::cleanup()
{
    m_repository.reset();
    m_cache.reset();
}

void TestSystemRepository::insertAndFind()
{
    const auto id = m_repository->insert(odoo());
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().toString()));
    QVERIFY(id.value() > 0);

    const auto found = m_repository->find(id.value());
    QVERIFY(found.ok());
    const SystemConfig &system = found.value();
    QCOMPARE(system.id, id.value());
    QCOMPARE(system.kind, SystemConfig::Kind::Odoo);
    QCOMPARE(system.name, QStringLiteral("Odoo production"));
    QCOMPARE(system.url, QStringLiteral("https://odoo.example.com"));
    QCOMPARE(system.databaseName, QStringLiteral("prod"));
    QCOMPARE(system.login, QStringLiteral("integration@example.com"));
    QCOMPARE(system.options.value(QStringLiteral("version")).toString(), QStringLiteral("17.0"));
    QVERIFY(system.enabled);
    QCOMPARE(system.createdAt, m_clock->now());
    QCOMPARE(system.updatedAt, m_clock->now());
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT kind FROM system")).toString(), QStringLiteral("odoo"));
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT created_at FROM system")).toString(),
             QStringLiteral("2026-03-02T09:30:00Z"));
}

void TestSystemRepository::listIsOrderedByName()
{
    QVERIFY(m_repository->insert(odoo(QStringLiteral("zeta"))).ok());
    QVERIFY(m_repository->insert(ofKind(SystemConfig::Kind::File, {})).ok()); // "System"
    QVERIFY(m_repository->insert(odoo(QStringLiteral("Alpha"))).ok());
    const auto systems = m_repository->list();
    QVERIFY(systems.ok());
    QStringList names;
    for (const auto &system : systems.value())
        names << system.name;
    QCOMPARE(names,
             (QStringList { QStringLiteral("Alpha"), QStringLiteral("System"), QStringLiteral("zeta") }));
}

void TestSystemRepository::textFieldsAreTrimmed()
{
    SystemConfig system = odoo(QStringLiteral("  Spaced  "));
    system.url = QStringLiteral(" https://odoo.example.com ");
    system.login = QStringLiteral(" admin ");
    const auto id = m_repository->insert(system);
    QVERIFY(id.ok());
    const auto found = m_repository->find(id.value());
    QCOMPARE(found.value().name, QStringLiteral("Spaced"));
    QCOMPARE(found.value().url, QStringLiteral("https://odoo.example.com"));
    QCOMPARE(found.value().login, QStringLiteral("admin"));
}

void TestSystemRepository::updateChangesSettingsAndTimestamp()
{
    const auto id = m_repository->insert(odoo());
    QVERIFY(id.ok());
    const QDateTime created = m_clock->now();
    m_clock->advance(60 * 60 * 1000);

    SystemConfig changed = m_repository->find(id.value()).value();
    changed.url = QStringLiteral("https://erp.example.com");
    changed.enabled = false;
    changed.options.insert(QStringLiteral("version"), QStringLiteral("18.0"));
    QVERIFY(m_repository->update(changed).ok());

    const SystemConfig stored = m_repository->find(id.value()).value();
    QCOMPARE(stored.url, QStringLiteral("https://erp.example.com"));
    QCOMPARE(stored.enabled, false);
    QCOMPARE(stored.options.value(QStringLiteral("version")).toString(), QStringLiteral("18.0"));
    QCOMPARE(stored.createdAt, created);
    QCOMPARE(stored.updatedAt, m_clock->now());
}

void TestSystemRepository::updateWithoutChangeWritesNothing()
{
    const auto id = m_repository->insert(odoo());
    QVERIFY(id.ok());
    const QDateTime created = m_clock->now();
    m_clock->advance(1000);
    QVERIFY(m_repository->update(m_repository->find(id.value()).value()).ok());
    QCOMPARE(m_repository->find(id.value()).value().updatedAt, created);
    QCOMPARE(auditRows(*m_cache).size(), 1);
}

void TestSystemRepository::updateCannotChangeKind()
{
    const auto id = m_repository->insert(odoo());
    QVERIFY(id.ok());
    SystemConfig changed = ofKind(SystemConfig::Kind::Crm, QStringLiteral("https://api.hubapi.com"));
    changed.id = id.value();
    const auto updated = m_repository->update(changed);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().category(), Error::Category::Validation);
    QCOMPARE(updated.error().code(), SystemRepository::kFieldKind);
    QCOMPARE(m_repository->find(id.value()).value().kind, SystemConfig::Kind::Odoo);
}

void TestSystemRepository::removeDeletesRowAndCachedRecords()
{
    const auto id = m_repository->insert(odoo());
    QVERIFY(id.ok());
    QVERIFY(m_cache->exec(QStringLiteral("INSERT INTO customer (system_id, external_id, name, modified_at) "
                                         "VALUES (?, '7', 'Acme', '2026-01-01T00:00:00Z')"),
                          { id.value() }));
    QVERIFY(m_repository->remove(id.value()).ok());
    QCOMPARE(m_repository->list().value().size(), 0);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM customer")).toInt(), 0);
}

void TestSystemRepository::missingSystemIsNotFound()
{
    const auto found = m_repository->find(42);
    QVERIFY(!found.ok());
    QCOMPARE(found.error().category(), Error::Category::NotFound);

    const auto removed = m_repository->remove(42);
    QVERIFY(!removed.ok());
    QCOMPARE(removed.error().category(), Error::Category::NotFound);

    SystemConfig ghost = odoo();
    ghost.id = 42;
    const auto updated = m_repository->update(ghost);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().category(), Error::Category::NotFound);
    QVERIFY(auditRows(*m_cache).isEmpty());
}

void TestSystemRepository::nameMustBeUnique_data()
{
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << QStringLiteral("Odoo production");
    QTest::newRow("other case") << QStringLiteral("ODOO PRODUCTION");
    QTest::newRow("surrounding blanks") << QStringLiteral("  Odoo production ");
}

void TestSystemRepository::nameMustBeUnique()
{
    QFETCH(QString, second);
    QVERIFY(m_repository->insert(odoo()).ok());
    const auto duplicate = m_repository->insert(odoo(second));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error().category(), Error::Category::Duplicate);
    QCOMPARE(duplicate.error().code(), SystemRepository::kFieldName);
    QVERIFY2(duplicate.error().userMessage().contains(QStringLiteral("Odoo production")),
             qPrintable(duplicate.error().userMessage()));
    QCOMPARE(m_repository->list().value().size(), 1);

    // Renaming another system onto the taken name fails the same way.
    const auto other = m_repository->insert(odoo(QStringLiteral("Odoo test")));
    QVERIFY(other.ok());
    SystemConfig renamed = m_repository->find(other.value()).value();
    renamed.name = second;
    const auto updated = m_repository->update(renamed);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().category(), Error::Category::Duplicate);
}

void TestSystemRepository::urlRules_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("valid");

    QTest::newRow("https") << QStringLiteral("https://odoo.example.com") << true;
    QTest::newRow("https with port and path") << QStringLiteral("https://erp.example.com:8443/odoo") << true;
    QTest::newRow("HTTPS upper case") << QStringLiteral("HTTPS://ODOO.EXAMPLE.COM") << true;
    QTest::newRow("https ip") << QStringLiteral("https://10.0.0.5") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:8069") << true;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST:8069") << true;
    QTest::newRow("http 127.0.0.1") << QStringLiteral("http://127.0.0.1:8069") << true;
    QTest::newRow("http 127.42.0.9") << QStringLiteral("http://127.42.0.9") << true;
    QTest::newRow("http ::1") << QStringLiteral("http://[::1]:8069/") << true;
    QTest::newRow("http remote host") << QStringLiteral("http://odoo.example.com") << false;
    QTest::newRow("http private ip") << QStringLiteral("http://10.0.0.5:8069") << false;
    QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1") << false;
    QTest::newRow("http localhost suffix") << QStringLiteral("http://localhost.example.com") << false;
    QTest::newRow("http loopback-looking name") << QStringLiteral("http://127.0.0.1.example.com") << false;
    QTest::newRow("http ipv6 remote") << QStringLiteral("http://[2001:db8::1]") << false;
    QTest::newRow("http unspecified") << QStringLiteral("http://0.0.0.0") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://odoo.example.com") << false;
    QTest::newRow("file") << QStringLiteral("file:///tmp/odoo") << false;
    QTest::newRow("no scheme") << QStringLiteral("odoo.example.com") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("blank") << QStringLiteral("   ") << false;
    QTest::newRow("spaces inside") << QStringLiteral("https://odoo example.com") << false;
    QTest::newRow("credentials in url") << QStringLiteral("https://admin:secret@odoo.example.com") << false;
    QTest::newRow("user in url") << QStringLiteral("https://admin@odoo.example.com") << false;
}

void TestSystemRepository::urlRules()
{
    QFETCH(QString, url);
    QFETCH(bool, valid);
    for (const auto kind :
         { SystemConfig::Kind::Odoo, SystemConfig::Kind::Crm, SystemConfig::Kind::Staffing }) {
        const auto result = SystemRepository::validate(ofKind(kind, url));
        QVERIFY2(result.ok() == valid, qPrintable(SystemConfig::kindName(kind)));
        if (!valid) {
            QCOMPARE(result.error().category(), Error::Category::Validation);
            QCOMPARE(result.error().code(), SystemRepository::kFieldUrl);
            QVERIFY(!result.error().userMessage().isEmpty());
        }
    }
    // File imports have no address to check.
    QVERIFY(SystemRepository::validate(ofKind(SystemConfig::Kind::File, url)).ok());
}

void TestSystemRepository::requiredFields_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("clear");
    QTest::addColumn<QString>("code");

    const int odooKind = static_cast<int>(SystemConfig::Kind::Odoo);
    const int crmKind = static_cast<int>(SystemConfig::Kind::Crm);
    const int staffingKind = static_cast<int>(SystemConfig::Kind::Staffing);
    const int fileKind = static_cast<int>(SystemConfig::Kind::File);
    QTest::newRow("odoo complete") << odooKind << QString() << QString();
    QTest::newRow("odoo without name") << odooKind << QStringLiteral("name") << SystemRepository::kFieldName;
    QTest::newRow("odoo without database")
        << odooKind << QStringLiteral("database") << SystemRepository::kFieldDatabase;
    QTest::newRow("odoo without login")
        << odooKind << QStringLiteral("login") << SystemRepository::kFieldLogin;
    QTest::newRow("crm complete, no login") << crmKind << QStringLiteral("login") << QString();
    QTest::newRow("crm without name") << crmKind << QStringLiteral("name") << SystemRepository::kFieldName;
    QTest::newRow("staffing without login")
        << staffingKind << QStringLiteral("login") << SystemRepository::kFieldLogin;
    QTest::newRow("staffing without client id")
        << staffingKind << QStringLiteral("client") << SystemRepository::kFieldClientId;
    QTest::newRow("file without url") << fileKind << QStringLiteral("url") << QString();
    QTest::newRow("file without name") << fileKind << QStringLiteral("name") << SystemRepository::kFieldName;
}

void TestSystemRepository::requiredFields()
{
    QFETCH(int, kind);
    QFETCH(QString, clear);
    QFETCH(QString, code);
    SystemConfig system =
        ofKind(static_cast<SystemConfig::Kind>(kind), QStringLiteral("https://x.example.com"));
    if (clear == QLatin1String("name"))
        system.name = QStringLiteral("   ");
    else if (clear == QLatin1String("database"))
        system.databaseName.clear();
    else if (clear == QLatin1String("login"))
        system.login.clear();
    else if (clear == QLatin1String("client"))
        system.options.remove(SystemConfig::kClientIdOption);
    else if (clear == QLatin1String("url"))
        system.url.clear();

    const auto result = SystemRepository::validate(system);
    QCOMPARE(result.ok(), code.isEmpty());
    if (!code.isEmpty()) {
        QCOMPARE(result.error().category(), Error::Category::Validation);
        QCOMPARE(result.error().code(), code);
    }
    // insert() applies the same rules.
    QCOMPARE(m_repository->insert(system).ok(), code.isEmpty());
}

void TestSystemRepository::invalidInputWritesNothing()
{
    SystemConfig insecure = odoo();
    insecure.url = QStringLiteral("http://odoo.example.com");
    QVERIFY(!m_repository->insert(insecure).ok());
    const auto id = m_repository->insert(odoo());
    QVERIFY(id.ok());
    SystemConfig changed = m_repository->find(id.value()).value();
    changed.url = QStringLiteral("http://odoo.example.com");
    QVERIFY(!m_repository->update(changed).ok());
    QCOMPARE(m_repository->find(id.value()).value().url, QStringLiteral("https://odoo.example.com"));
    QCOMPARE(auditRows(*m_cache).size(), 1);
}

void TestSystemRepository::auditRecordsEveryWrite()
{
    const auto id = m_repository->insert(odoo());
    QVERIFY(id.ok());
    m_clock->advance(5 * 60 * 1000);
    SystemConfig changed = m_repository->find(id.value()).value();
    changed.login = QStringLiteral("sync-bot");
    QVERIFY(m_repository->update(changed).ok());
    m_clock->advance(5 * 60 * 1000);
    QVERIFY(m_repository->remove(id.value()).ok());

    const QList<AuditRow> rows = auditRows(*m_cache);
    QCOMPARE(rows.size(), 3);
    const QString subject = QString::number(id.value());
    QCOMPARE(rows[0].action, SystemRepository::kActionAdd);
    QCOMPARE(rows[1].action, SystemRepository::kActionUpdate);
    QCOMPARE(rows[2].action, SystemRepository::kActionRemove);
    QCOMPARE(rows[0].at, QStringLiteral("2026-03-02T09:30:00Z"));
    QCOMPARE(rows[1].at, QStringLiteral("2026-03-02T09:35:00Z"));
    QCOMPARE(rows[2].at, QStringLiteral("2026-03-02T09:40:00Z"));
    for (const AuditRow &row : rows) {
        QCOMPARE(row.actor, AuditLog::currentActor());
        QCOMPARE(row.subjectType, QStringLiteral("system"));
        QCOMPARE(row.subjectId, subject);
    }
    QVERIFY(rows[0].before.isEmpty());
    QCOMPARE(rows[0].after.value(QStringLiteral("name")).toString(), QStringLiteral("Odoo production"));
    QCOMPARE(rows[0].after.value(QStringLiteral("kind")).toString(), QStringLiteral("odoo"));
    QCOMPARE(rows[1].before.value(QStringLiteral("login")).toString(),
             QStringLiteral("integration@example.com"));
    QCOMPARE(rows[1].after.value(QStringLiteral("login")).toString(), QStringLiteral("sync-bot"));
    QCOMPARE(rows[2].before.value(QStringLiteral("login")).toString(), QStringLiteral("sync-bot"));
    QVERIFY(rows[2].after.isEmpty());
    // Stored compactly, on one line.
    QVERIFY(!m_cache->scalar(QStringLiteral("SELECT after_state FROM audit_log ORDER BY id LIMIT 1"))
                 .toString()
                 .contains(QLatin1Char('\n')));
}

void TestSystemRepository::noSecretColumnsOrAuditFields()
{
    // The cache must never hold a secret: neither the system table nor what the audit records
    // has a place for one.
    QSqlQuery columns(m_cache->db().connection());
    QVERIFY(columns.exec(QStringLiteral("PRAGMA table_info(system)")));
    while (columns.next()) {
        const QString column = columns.value(1).toString();
        for (const char *word : { "password", "secret", "token", "key" })
            QVERIFY2(!column.contains(QLatin1String(word)), qPrintable(column));
    }
    QVERIFY(m_repository->insert(odoo()).ok());
    const QStringList recorded = auditRows(*m_cache).constFirst().after.keys();
    QCOMPARE(recorded,
             (QStringList { QStringLiteral("database"), QStringLiteral("enabled"), QStringLiteral("id"),
                            QStringLiteral("kind"), QStringLiteral("login"), QStringLiteral("name"),
                            QStringLiteral("options"), QStringLiteral("url") }));
}

QTEST_GUILESS_MAIN(TestSystemRepository)
#include "tst_systemrepository.moc"
