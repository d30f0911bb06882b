#include "matching/mappingservice.h"
#include "tempcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace cw;

namespace {

const QString kActor = QStringLiteral("claire.dubois");

// The crosswalk tables as text, so a test can say "exactly as before".
QString crosswalkState(const test::TempCache &cache)
{
    QStringList lines;
    QSqlQuery query(cache.db().connection());
    for (const QString &sql :
         { QStringLiteral("SELECT id, name FROM canonical_customer ORDER BY id"),
           QStringLiteral("SELECT id, canonical_id, system_id, external_id, method, score FROM link ORDER BY id"),
           QStringLiteral("SELECT id, status, band, decided_by FROM match_candidate ORDER BY id"),
           QStringLiteral("SELECT id, status FROM customer ORDER BY id"),
           QStringLiteral("SELECT idempotency_key, state FROM outbox ORDER BY id") }) {
        query.exec(sql);
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << query.value(i).toString();
            lines << values.join(QLatin1Char('|'));
        }
        lines << QStringLiteral("--");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestMappingService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void acceptCreatesCustomerUndoRedo();
    void acceptJoinsOrMergesExistingCustomers();
    void bulkAcceptSkipsDecidedCandidates();
    void rejectAndUndo();
    void linkToCustomerAndUndo();
    void linkTogetherUsesLinkedCustomer();
    void splitAndUndo();
    void mergeAndUndo();
    void notCustomerAndUndo();
    void createInOdooQueuesOnceAndUndoRemovesIt();
    void createInOdooNeedsOdoo();
    void undoRefusedAfterOutsideChange();
    void newDecisionClearsRedo();
    void matchingRunEndsUndoHistory();
    void rebandMovesOpenCandidatesOnly();
    void decisionWithoutEffectIsRefused();

private:
    qint64 addCustomer(qint64 system, const QString &externalId, const QString &name);
    qint64 addCandidate(qint64 left, qint64 right, double score);
    qint64 addCanonical(const QString &name, const QList<qint64> &customers);
    qint64 canonicalOf(qint64 customer) const;
    qint64 count(const QString &sql) const { return m_cache->scalar(sql).toLongLong(); }

    std::unique_ptr<test::TempCache> m_cache;
    std::unique_ptr<MappingService> m_service;
    std::shared_ptr<ManualClock> m_clock;
    qint64 m_odoo = 0;
    qint64 m_crm = 0;
    qint64 m_staffing = 0;
};

void TestMappingService::init()
{
    m_cache = std::make_unique<test::TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    m_odoo = m_cache->addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo"));
    m_crm = m_cache->addSystem(QStringLiteral("crm"), QStringLiteral("HubSpot"));
    m_staffing = m_cache->addSystem(QStringLiteral("staffing"), QStringLiteral("Bullhorn"));
    m_clock = std::make_shared<ManualClock>(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC));
    m_service = std::make_unique<MappingService>(*m_cache->database(), kActor, m_clock);
}

void TestMappingService::cleanup()
{
    m_service.reset();
    m_cache.reset();
}

qint64 TestMappingService::addCustomer(qint64 system, const QString &externalId, const QString &name)
{
    m_cache->exec(QStringLiteral("INSERT INTO customer (system_id, external_id, name, vat, modified_at) "
                                 "VALUES (?, ?, ?, 'DE123', '2026-01-01T00:00:00Z')"),
                  { system, externalId, name });
    return m_cache->scalar(QStringLiteral("SELECT id FROM customer WHERE system_id = ? AND external_id = ?"),
                           { system, externalId })
        .toLongLong();
}

qint64 TestMappingService::addCandidate(qint64 left, qint64 right, double score)
{
    m_cache->exec(QStringLiteral("INSERT INTO match_candidate (left_customer_id, right_customer_id, score, band, "
                                 "created_at) VALUES (?, ?, ?, 'review', '2026-01-01T00:00:00Z')"),
                  { left, right, score });
    return m_cache->scalar(QStringLiteral("SELECT MAX(id) FROM match_candidate")).toLongLong();
}

qint64 TestMappingService::addCanonical(const QString &name, const QList<qint64> &customers)
{
    m_cache->exec(QStringLiteral("INSERT INTO canonical_customer (name, created_at, updated_at) "
                                 "VALUES (?, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"),
                  { name });
    const qint64 id = m_cache->scalar(QStringLiteral("SELECT MAX(id) FROM canonical_customer")).toLongLong();
    for (qint64 customer : customers) {
        m_cache->exec(QStringLiteral("INSERT INTO link (canonical_id, system_id, entity, external_id, method, score, "
                                     "decided_at) SELECT ?, system_id, 'customer', external_id, 'auto', 0.99, "
                                     "'2026-01-01T00:00:00Z' FROM customer WHERE id = ?"),
                      { id, customer });
    }
    return id;
}

qint64 TestMappingService::canonicalOf(qint64 customer) const
{
    return m_cache
        ->scalar(QStringLiteral("SELECT l.canonical_id FROM customer c JOIN link l ON l.system_id = c.system_id "
                                "AND l.external_id = c.external_id WHERE c.id = ?"),
                 { customer })
        .toLongLong();
}

void TestMappingService::acceptCreatesCustomerUndoRedo()
{
    const qint64 odoo = addCustomer(m_odoo, QStringLiteral("7"), QStringLiteral("Acme Staffing Solutions SA"));
    const qint64 crm = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("ACME Staffing"));
    const qint64 candidate = addCandidate(crm, odoo, 0.83);
    const QString initial = crosswalkState(*m_cache);

    auto accepted = m_service->accept({ candidate });
    QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().userMessage()));
    const qint64 customer = canonicalOf(odoo);
    QVERIFY(customer != 0);
    QCOMPARE(canonicalOf(crm), customer);
    // Named after the record Odoo keeps, the system of record for customers' fiscal data.
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT name FROM canonical_customer WHERE id = ?"), { customer }),
             QVariant(QStringLiteral("Acme Staffing Solutions SA")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM link WHERE method = 'review' AND decided_by = 'claire.dubois' "
                                  "AND score = 0.83")),
             2);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT status FROM match_candidate")), QVariant(QStringLiteral("accepted")));

    QSqlQuery audit(m_cache->db().connection());
    QVERIFY(audit.exec(QStringLiteral("SELECT id, at, actor, action, subject_id, before_state, after_state "
                                      "FROM audit_log")));
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toLongLong(), accepted.value());
    QCOMPARE(audit.value(1).toString(), QStringLiteral("2026-03-02T09:00:00Z"));
    QCOMPARE(audit.value(2).toString(), kActor);
    QCOMPARE(audit.value(3).toString(), QStringLiteral("mapping.accept"));
    QCOMPARE(audit.value(4).toString(), QString::number(candidate));
    const QJsonObject before = QJsonDocument::fromJson(audit.value(5).toByteArray()).object();
    const QJsonObject after = QJsonDocument::fromJson(audit.value(6).toByteArray()).object();
    QCOMPARE(before.value(QStringLiteral("canonicals")).toArray().first().toObject().value(QStringLiteral("absent")),
             QJsonValue(true));
    QCOMPARE(after.value(QStringLiteral("customers")).toArray().size(), 2);
    const QString linked = crosswalkState(*m_cache);

    auto history = m_service->history();
    QVERIFY(history);
    QCOMPARE(history.value().undoId, accepted.value());
    QCOMPARE(history.value().undoText, QStringLiteral("Accept 1 match(es)"));
    QCOMPARE(history.value().redoId, 0);

    auto undone = m_service->undo();
    QVERIFY2(undone, qPrintable(undone ? QString() : undone.error().userMessage()));
    QCOMPARE(crosswalkState(*m_cache), initial);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1")),
             QVariant(QStringLiteral("mapping.undo")));
    QCOMPARE(m_service->history().value().undoId, 0);
    QCOMPARE(m_service->history().value().redoId, accepted.value());

    auto redone = m_service->redo();
    QVERIFY2(redone, qPrintable(redone ? QString() : redone.error().userMessage()));
    QCOMPARE(crosswalkState(*m_cache), linked);
    QCOMPARE(m_service->history().value().undoId, accepted.value());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 3);
}

void TestMappingService::acceptJoinsOrMergesExistingCustomers()
{
    const qint64 odoo = addCustomer(m_odoo, QStringLiteral("7"), QStringLiteral("Acme"));
    const qint64 crm = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("Acme Inc"));
    const qint64 staffing = addCustomer(m_staffing, QStringLiteral("s-1"), QStringLiteral("ACME"));
    const qint64 staffing2 = addCustomer(m_staffing, QStringLiteral("s-2"), QStringLiteral("ACME GmbH"));
    const qint64 acme = addCanonical(QStringLiteral("Acme"), { odoo });
    const qint64 other = addCanonical(QStringLiteral("ACME GmbH"), { staffing2 });
    const qint64 joins = addCandidate(odoo, crm, 0.8);
    const qint64 merges = addCandidate(crm, staffing2, 0.75);
    const QString initial = crosswalkState(*m_cache);

    QVERIFY(m_service->accept({ joins }));
    QCOMPARE(canonicalOf(crm), acme);
    QVERIFY(m_service->accept({ merges }));
    QCOMPARE(canonicalOf(staffing2), acme);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM canonical_customer WHERE id = %1").arg(other)), 0);
    QCOMPARE(canonicalOf(staffing), 0);

    QVERIFY(m_service->undo());
    QCOMPARE(canonicalOf(staffing2), other);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT name FROM canonical_customer WHERE id = ?"), { other }),
             QVariant(QStringLiteral("ACME GmbH")));
    QVERIFY(m_service->undo());
    QCOMPARE(crosswalkState(*m_cache), initial);
}

void TestMappingService::bulkAcceptSkipsDecidedCandidates()
{
    QList<qint64> candidates;
    for (int i = 0; i < 5; ++i) {
        const qint64 a = addCustomer(m_crm, QStringLiteral("c-%1").arg(i), QStringLiteral("Firm %1").arg(i));
        const qint64 b = addCustomer(m_odoo, QString::number(i), QStringLiteral("Firm %1 Ltd").arg(i));
        candidates << addCandidate(a, b, 0.8);
    }
    m_cache->exec(QStringLiteral("UPDATE match_candidate SET status = 'rejected' WHERE id = ?"), { candidates.at(2) });
    const QString initial = crosswalkState(*m_cache);

    auto accepted = m_service->accept(candidates);
    QVERIFY(accepted);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM canonical_customer")), 4);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM link")), 8);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE status = 'accepted'")), 4);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
    QCOMPARE(m_service->history().value().undoText, QStringLiteral("Accept 5 match(es)"));

    QVERIFY(m_service->undo());
    QCOMPARE(crosswalkState(*m_cache), initial);
}

void TestMappingService::rejectAndUndo()
{
    const qint64 a = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("Acme"));
    const qint64 b = addCustomer(m_odoo, QStringLiteral("1"), QStringLiteral("Apex"));
    const qint64 candidate = addCandidate(a, b, 0.71);
    const QString initial = crosswalkState(*m_cache);

    QVERIFY(m_service->reject({ candidate }));
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT status || '/' || decided_by FROM match_candidate")),
             QVariant(QStringLiteral("rejected/claire.dubois")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM link")), 0);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT action FROM audit_log")), QVariant(QStringLiteral("mapping.reject")));

    QVERIFY(m_service->undo());
    QCOMPARE(crosswalkState(*m_cache), initial);
}

void TestMappingService::linkToCustomerAndUndo()
{
    const qint64 odoo = addCustomer(m_odoo, QStringLiteral("1"), QStringLiteral("Acme"));
    const qint64 crm = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("Acme Inc"));
    const qint64 staffing = addCustomer(m_staffing, QStringLiteral("s-1"), QStringLiteral("Acme staffing"));
    const qint64 acme = addCanonical(QStringLiteral("Acme"), { odoo });
    const QString initial = crosswalkState(*m_cache);

    QVERIFY(m_service->linkToCustomer({ crm, staffing }, acme));
    QCOMPARE(canonicalOf(crm), acme);
    QCOMPARE(canonicalOf(staffing), acme);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM link WHERE method = 'manual' AND score IS NULL")), 2);

    QVERIFY(m_service->undo());
    QCOMPARE(crosswalkState(*m_cache), initial);

    auto missing = m_service->linkToCustomer({ crm }, acme + 100);
    QVERIFY(!missing);
    QCOMPARE(missing.error().category(), Error::Category::NotFound);
    QCOMPARE(crosswalkState(*m_cache), initial);
}

void TestMappingService::linkTogetherUsesLinkedCustomer()
{
    const qint64 crm = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("Acme Inc"));
    const qint64 odoo = addCustomer(m_odoo, QStringLiteral("1"), QStringLiteral("Acme"));
    const qint64 acme = addCanonical(QStringLiteral("Acme"), { odoo });
    QVERIFY(m_service->linkTogether({ crm, odoo }));
    QCOMPARE(canonicalOf(crm), acme);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM canonical_customer")), 1);

    const qint64 loneA = addCustomer(m_crm, QStringLiteral("c-2"), QStringLiteral("Zeta"));
    const qint64 loneB = addCustomer(m_staffing, QStringLiteral("s-2"), QStringLiteral("Zeta AG"));
    QVERIFY(m_service->linkTogether({ loneA, loneB }));
    QVERIFY(canonicalOf(loneA) != 0);
    QCOMPARE(canonicalOf(loneA), canonicalOf(loneB));
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT name FROM canonical_customer WHERE id = ?"), { canonicalOf(loneA) }),
             QVariant(QStringLiteral("Zeta")));
    QVERIFY(!m_service->linkTogether({ loneA }));
}

void TestMappingService::splitAndUndo()
{
    const qint64 odoo = addCustomer(m_odoo, QStringLiteral("1"), QStringLiteral("Acme"));
    const qint64 crm = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("Acme Holding"));
    const qint64 acme = addCanonical(QStringLiteral("Acme"), { odoo, crm });
    const QString initial = crosswalkState(*m_cache);

    QVERIFY(m_service->split({ crm }));
    QCOMPARE(canonicalOf(odoo), acme);
    const qint64 own = canonicalOf(crm);
    QVERIFY(own != 0 && own != acme);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT name FROM canonical_customer WHERE id = ?"), { own }),
             QVariant(QStringLiteral("Acme Holding")));

    // The record is alone in its customer now: splitting it again changes nothing.
    auto again = m_service->split({ crm });
    QVERIFY(!again);
    QCOMPARE(again.error().category(), Error::Category::Validation);

    QVERIFY(m_service->undo());
    QCOMPARE(crosswalkState(*m_cache), initial);
}

void TestMappingService::mergeAndUndo()
{
    const qint64 a = addCustomer(m_odoo, QStringLiteral("1"), QStringLiteral("Acme"));
    const qint64 b = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("Acme"));
    const qint64 c = addCustomer(m_staffing, QStringLiteral("s-1"), QStringLiteral("Acme"));
    const qint64 first = addCanonical(QStringLiteral("Acme"), { a });
    const qint64 second = addCanonical(QStringLiteral("Acme (CRM)"), { b });
    const qint64 third = addCanonical(QStringLiteral("Acme (staffing)"), { c });
    const QString initial = crosswalkState(*m_cache);

    QVERIFY(m_service->merge({ first, second, third }));
    QCOMPARE(canonicalOf(b), first);
    QCOMPARE(canonicalOf(c), first);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM canonical_customer")), 1);

    QVERIFY(m_service->undo());
    QCOMPARE(crosswalkState(*m_cache), initial);
    QVERIFY(!m_service->merge({ first }));
}

void TestMappingService::notCustomerAndUndo()
{
    const qint64 a = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("Test account"));
    QVERIFY(m_service->markNotCustomer({ a }));
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT status FROM customer")), QVariant(QStringLiteral("not_customer")));
    QVERIFY(m_service->undo());
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT status FROM customer")), QVariant(QStringLiteral("active")));
    QVERIFY(m_service->redo());
    QVERIFY(m_service->markNotCustomer({ a }, false));
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT status FROM customer")), QVariant(QStringLiteral("active")));
}

void TestMappingService::createInOdooQueuesOnceAndUndoRemovesIt()
{
    const qint64 crm = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("Northwind Traders"));
    const QString initial = crosswalkState(*m_cache);

    QVERIFY(m_service->createInOdoo(crm));
    const qint64 customer = canonicalOf(crm);
    QVERIFY(customer != 0);
    const QString key = QStringLiteral("odoo:partner:%1").arg(customer);
    QSqlQuery row(m_cache->db().connection());
    QVERIFY(row.exec(QStringLiteral("SELECT idempotency_key, system_id, operation, model, state, payload FROM outbox")));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toString(), key);
    QCOMPARE(row.value(1).toLongLong(), m_odoo);
    QCOMPARE(row.value(2).toString(), QStringLiteral("create_partner"));
    QCOMPARE(row.value(3).toString(), QStringLiteral("res.partner"));
    QCOMPARE(row.value(4).toString(), QStringLiteral("pending"));
    const QJsonObject payload = QJsonDocument::fromJson(row.value(5).toByteArray()).object();
    QCOMPARE(payload.value(QStringLiteral("name")).toString(), QStringLiteral("Northwind Traders"));
    QCOMPARE(payload.value(QStringLiteral("vat")).toString(), QStringLiteral("DE123"));

    auto twice = m_service->createInOdoo(crm);
    QVERIFY(!twice);
    QCOMPARE(twice.error().category(), Error::Category::Duplicate);

    QVERIFY(m_service->undo());
    QCOMPARE(crosswalkState(*m_cache), initial);

    const qint64 odoo = addCustomer(m_odoo, QStringLiteral("9"), QStringLiteral("Already there"));
    auto own = m_service->createInOdoo(odoo);
    QVERIFY(!own);
    QCOMPARE(own.error().category(), Error::Category::Validation);
}

void TestMappingService::createInOdooNeedsOdoo()
{
    m_cache->exec(QStringLiteral("DELETE FROM system WHERE kind = 'odoo'"));
    const qint64 crm = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("Northwind"));
    auto queued = m_service->createInOdoo(crm);
    QVERIFY(!queued);
    QCOMPARE(queued.error().category(), Error::Category::Config);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM canonical_customer")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 0);
}

void TestMappingService::undoRefusedAfterOutsideChange()
{
    const qint64 a = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("Acme"));
    const qint64 b = addCustomer(m_odoo, QStringLiteral("1"), QStringLiteral("Acme SA"));
    QVERIFY(m_service->accept({ addCandidate(a, b, 0.9) }));
    m_cache->exec(QStringLiteral("UPDATE link SET method = 'import' WHERE system_id = ?"), { m_crm });
    const QString changed = crosswalkState(*m_cache);

    auto undone = m_service->undo();
    QVERIFY(!undone);
    QCOMPARE(undone.error().category(), Error::Category::Conflict);
    QCOMPARE(crosswalkState(*m_cache), changed);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
}

void TestMappingService::newDecisionClearsRedo()
{
    const qint64 a = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("Acme"));
    const qint64 b = addCustomer(m_odoo, QStringLiteral("1"), QStringLiteral("Apex"));
    const qint64 first = addCandidate(a, b, 0.7);
    QVERIFY(m_service->reject({ first }));
    QVERIFY(m_service->undo());
    QVERIFY(m_service->history().value().redoId != 0);
    QVERIFY(m_service->markNotCustomer({ a }));
    QCOMPARE(m_service->history().value().redoId, 0);
    auto redo = m_service->redo();
    QVERIFY(!redo);
    QCOMPARE(redo.error().category(), Error::Category::Validation);
    // The undo stack still goes back through the older decisions in order.
    QVERIFY(m_service->undo());
    QCOMPARE(m_service->history().value().undoId, 0);
}

void TestMappingService::matchingRunEndsUndoHistory()
{
    const qint64 a = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("Acme"));
    QVERIFY(m_service->markNotCustomer({ a }));
    m_cache->exec(QStringLiteral("INSERT INTO audit_log (at, actor, action, subject_type) "
                                 "VALUES ('2026-03-02T10:00:00Z', 'matcher', 'mapping.run', 'customer')"));
    QCOMPARE(m_service->history().value().undoId, 0);
    QVERIFY(!m_service->undo());
}

void TestMappingService::rebandMovesOpenCandidatesOnly()
{
    const qint64 a = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("A"));
    const qint64 b = addCustomer(m_odoo, QStringLiteral("1"), QStringLiteral("B"));
    const qint64 c = addCustomer(m_staffing, QStringLiteral("s-1"), QStringLiteral("C"));
    addCandidate(a, b, 0.95);
    addCandidate(a, c, 0.75);
    const qint64 decided = addCandidate(b, c, 0.5);
    m_cache->exec(QStringLiteral("UPDATE match_candidate SET status = 'rejected' WHERE id = ?"), { decided });

    auto bands = m_service->reband(0.9, 0.8);
    QVERIFY(bands);
    QCOMPARE(bands.value().autoBand, 1);
    QCOMPARE(bands.value().review, 0);
    QCOMPARE(bands.value().none, 1);
    bands = m_service->reband(0.99, 0.6);
    QCOMPARE(bands.value().autoBand, 0);
    QCOMPARE(bands.value().review, 2);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT band FROM match_candidate WHERE id = ?"), { decided }),
             QVariant(QStringLiteral("review")));
}

void TestMappingService::decisionWithoutEffectIsRefused()
{
    const qint64 a = addCustomer(m_crm, QStringLiteral("c-1"), QStringLiteral("A"));
    const qint64 b = addCustomer(m_odoo, QStringLiteral("1"), QStringLiteral("B"));
    const qint64 candidate = addCandidate(a, b, 0.8);
    QVERIFY(m_service->reject({ candidate }));
    auto again = m_service->accept({ candidate });
    QVERIFY(!again);
    QCOMPARE(again.error().category(), Error::Category::Validation);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
}

QTEST_GUILESS_MAIN(TestMappingService)
#include "tst_mappingservice.moc"
