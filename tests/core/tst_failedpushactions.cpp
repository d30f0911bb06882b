#include "failedpushcache.h"
#include "sync/failedpushactions.h"
#include "sync/failedpushstore.h"
#include "tempcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QtTest>

using namespace cw;
using cw::test::FailedPushCache;
using cw::test::TempCache;

namespace {

const QDateTime kNow(QDate(2026, 4, 3), QTime(10, 0), Qt::UTC);

struct AuditRow
{
    QString at, actor, action, subjectType, subjectId;
    QJsonObject before, after;
};

} // namespace

/// FailedPushActions and FailedPushStore on a real temporary cache: what each action changes in
/// failed_push, outbox, link, placement and timesheet_line, what it audits, and what it refuses.
class TestFailedPushActions : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void listsAndGroups();
    void filtersByText();
    void retryQueuesFailedAndDeadWritesOnly();
    void retryMatchingTakesOnlyOpenOnes();
    void retryCategory();
    void resolveNeedsAReasonAndStopsTheWrite();
    void resolveTwiceIsRefused();
    void linkCustomerLinksSetsPartnerAndRetries();
    void linkCustomerRefusesACustomerWithoutOdooRecord();
    void linkTargetsHaveAnOdooRecord();
    void correctBillRateChangesPlacementLinesAndPayload();
    void correctBillRateRefusesZero();
    void chooseProductTaxStoresTheChoiceInTheSystem();
    void failedActionChangesNothing();

private:
    FailedPushActions actions() const
    {
        return FailedPushActions(m_cache->db(), QStringLiteral("anna"), m_clock);
    }
    QString outboxState(qint64 id) const;
    QJsonObject payload(qint64 outboxId) const;
    QList<AuditRow> audit() const;

    std::unique_ptr<TempCache> m_cache;
    std::shared_ptr<ManualClock> m_clock;
};

void TestFailedPushActions::init()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    QVERIFY(FailedPushCache::fill(*m_cache));
    m_clock = std::make_shared<ManualClock>(kNow);
}

QString TestFailedPushActions::outboxState(qint64 id) const
{
    return m_cache->scalar(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), { id }).toString();
}

QJsonObject TestFailedPushActions::payload(qint64 outboxId) const
{
    return QJsonDocument::fromJson(
               m_cache->scalar(QStringLiteral("SELECT payload FROM outbox WHERE id = ?"), { outboxId })
                   .toByteArray())
        .object();
}

QList<AuditRow> TestFailedPushActions::audit() const
{
    QSqlQuery query(m_cache->db().connection());
    query.exec(QStringLiteral("SELECT actor, action, subject_type, subject_id, before_state, after_state, at "
                              "FROM audit_log ORDER BY id"));
    QList<AuditRow> rows;
    while (query.next()) {
        rows.append({ query.value(6).toString(), query.value(0).toString(), query.value(1).toString(),
                      query.value(2).toString(), query.value(3).toString(),
                      QJsonDocument::fromJson(query.value(4).toByteArray()).object(),
                      QJsonDocument::fromJson(query.value(5).toByteArray()).object() });
    }
    return rows;
}

void TestFailedPushActions::listsAndGroups()
{
    FailedPushStore store(m_cache->db());
    auto open = store.list({});
    QVERIFY(open);
    QCOMPARE(open.value().size(), FailedPushCache::kOpen);
    // Most recently seen first.
    QCOMPARE(open.value().at(0).id, FailedPushCache::kUnmapped);
    QCOMPARE(open.value().at(1).id, FailedPushCache::kNetwork);
    QCOMPARE(open.value().at(0).outboxState, QStringLiteral("dead"));
    QCOMPARE(open.value().at(0).systemName, QStringLiteral("Odoo"));
    QCOMPARE(open.value().at(0).source.value(QStringLiteral("placement")).toString(), QStringLiteral("PL-1"));

    auto all = store.list({ FailedPushFilter::State::Any, {}, {}, {} });
    QVERIFY(all);
    QCOMPARE(all.value().size(), 4);
    auto resolved = store.find(FailedPushCache::kResolvedByRetry);
    QVERIFY(resolved);
    QVERIFY(resolved.value().isResolvedByRetry());
    QVERIFY(!store.find(99));
    QCOMPARE(store.find(99).error().category(), Error::Category::NotFound);

    auto groups = store.groups({ FailedPushFilter::State::Any, {}, {}, {} });
    QVERIFY(groups);
    QCOMPARE(groups.value().size(), 4);
    auto network = store.groups({ FailedPushFilter::State::Any, QStringLiteral("network"), {}, {} });
    QVERIFY(network);
    QCOMPARE(network.value().size(), 2);
    int count = 0;
    for (const FailedPushGroup &group : network.value())
        count += group.count;
    QCOMPARE(count, 2);
}

void TestFailedPushActions::filtersByText()
{
    FailedPushStore store(m_cache->db());
    auto globex = store.list({ FailedPushFilter::State::Open, {}, {}, QStringLiteral("globex 2026-02") });
    QVERIFY(globex);
    QCOMPARE(globex.value().size(), 1);
    QCOMPARE(globex.value().constFirst().id, FailedPushCache::kLockDate);
    // LIKE wildcards typed by the user are matched literally.
    auto none = store.list({ FailedPushFilter::State::Any, {}, {}, QStringLiteral("%") });
    QVERIFY(none);
    QCOMPARE(none.value().size(), 0);
}

void TestFailedPushActions::retryQueuesFailedAndDeadWritesOnly()
{
    auto retried = actions().retry(
        { FailedPushCache::kUnmapped, FailedPushCache::kNetwork, FailedPushCache::kResolvedByRetry });
    QVERIFY2(retried, qPrintable(retried ? QString() : retried.error().toString()));
    QCOMPARE(retried.value(), 2);
    QCOMPARE(outboxState(1), QStringLiteral("pending"));
    QCOMPARE(outboxState(2), QStringLiteral("pending"));
    QVERIFY(m_cache->scalar(QStringLiteral("SELECT next_attempt_at FROM outbox WHERE id = 2")).isNull());
    QCOMPARE(outboxState(4), QStringLiteral("done"));
    // The failed push stays open until the pusher knows the outcome.
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT state FROM failed_push WHERE id = 1")).toString(),
             QStringLiteral("open"));

    const QList<AuditRow> rows = audit();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).actor, QStringLiteral("anna"));
    QCOMPARE(rows.at(0).at, kNow.toString(Qt::ISODate));
    QCOMPARE(rows.at(0).action, QStringLiteral("failed_push.retry"));
    QCOMPARE(rows.at(0).subjectType, QStringLiteral("outbox"));
    QCOMPARE(rows.at(0).subjectId, QStringLiteral("odoo:invoice:PL-1:2026-03"));
    QCOMPARE(rows.at(0).before.value(QStringLiteral("state")).toString(), QStringLiteral("dead"));
    QCOMPARE(rows.at(0).after.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
    QCOMPARE(rows.at(1).before.value(QStringLiteral("next_attempt_at")).toString(),
             QStringLiteral("2026-04-02T09:00:00Z"));

    // Queued already: a second retry changes and audits nothing.
    auto again = actions().retry({ FailedPushCache::kUnmapped });
    QVERIFY(again);
    QCOMPARE(again.value(), 0);
    QCOMPARE(audit().size(), 2);
}

void TestFailedPushActions::retryMatchingTakesOnlyOpenOnes()
{
    FailedPushFilter filter;
    filter.state = FailedPushFilter::State::Any;
    filter.text = QStringLiteral("Globex");
    auto retried = actions().retryMatching(filter);
    QVERIFY(retried);
    QCOMPARE(retried.value(), 2);
    QCOMPARE(outboxState(1), QStringLiteral("dead"));
    QCOMPARE(outboxState(2), QStringLiteral("pending"));
    QCOMPARE(outboxState(3), QStringLiteral("pending"));
    QCOMPARE(outboxState(4), QStringLiteral("done"));
}

void TestFailedPushActions::retryCategory()
{
    auto retried = actions().retryCategory(QStringLiteral("validation"));
    QVERIFY(retried);
    QCOMPARE(retried.value(), 1);
    QCOMPARE(outboxState(3), QStringLiteral("pending"));
    QCOMPARE(outboxState(1), QStringLiteral("dead"));
    QCOMPARE(outboxState(2), QStringLiteral("failed"));
}

void TestFailedPushActions::resolveNeedsAReasonAndStopsTheWrite()
{
    auto blank = actions().resolve(FailedPushCache::kNetwork, QStringLiteral("   "));
    QVERIFY(!blank);
    QCOMPARE(blank.error().category(), Error::Category::Validation);
    QCOMPARE(audit().size(), 0);

    QVERIFY(actions().resolve(FailedPushCache::kNetwork, QStringLiteral(" Invoiced by hand in Odoo ")));
    auto push = FailedPushStore(m_cache->db()).find(FailedPushCache::kNetwork);
    QVERIFY(push);
    QCOMPARE(push.value().state, QStringLiteral("resolved"));
    QCOMPARE(push.value().resolution, QStringLiteral("Invoiced by hand in Odoo"));
    QCOMPARE(push.value().resolvedBy, QStringLiteral("anna"));
    QCOMPARE(push.value().resolvedAt, kNow);
    QVERIFY(!push.value().isResolvedByRetry());
    // It was scheduled for another attempt; resolved, it must never be sent.
    QCOMPARE(outboxState(2), QStringLiteral("dead"));
    const QList<AuditRow> rows = audit();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).action, QStringLiteral("failed_push.resolve"));
    QCOMPARE(rows.at(0).subjectId, QString::number(FailedPushCache::kNetwork));
    QCOMPARE(rows.at(0).before.value(QStringLiteral("outbox_state")).toString(), QStringLiteral("failed"));
    QCOMPARE(rows.at(0).after.value(QStringLiteral("resolution")).toString(),
             QStringLiteral("Invoiced by hand in Odoo"));
    // A resolved one is not retried.
    auto retried = actions().retry({ FailedPushCache::kNetwork });
    QVERIFY(retried);
    QCOMPARE(retried.value(), 0);
}

void TestFailedPushActions::resolveTwiceIsRefused()
{
    auto resolved = actions().resolve(FailedPushCache::kResolvedByRetry, QStringLiteral("again"));
    QVERIFY(!resolved);
    QCOMPARE(resolved.error().category(), Error::Category::Conflict);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT resolved_by FROM failed_push WHERE id = 4")).toString(),
             QStringLiteral("crosswalk"));
    QCOMPARE(audit().size(), 0);
}

void TestFailedPushActions::linkCustomerLinksSetsPartnerAndRetries()
{
    auto linked = actions().linkCustomer(FailedPushCache::kUnmapped, FailedPushCache::kAcmeCanonical);
    QVERIFY2(linked, qPrintable(linked ? QString() : linked.error().toString()));
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral(
                     "SELECT canonical_id FROM link WHERE entity = 'customer' AND external_id = "
                     "'C-1' AND method = 'manual' AND decided_by = 'anna'"))
                 .toLongLong(),
             FailedPushCache::kAcmeCanonical);
    QCOMPARE(payload(1).value(QStringLiteral("partner_id")).toInteger(), FailedPushCache::kAcmePartner);
    QCOMPARE(outboxState(1), QStringLiteral("pending"));
    const QList<AuditRow> rows = audit();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).action, QStringLiteral("link.create"));
    QCOMPARE(rows.at(0).subjectId, QString::number(FailedPushCache::kStaffingCustomer));
    QVERIFY(rows.at(0).before.isEmpty());
    QCOMPARE(rows.at(0).after.value(QStringLiteral("canonical_id")).toInteger(),
             FailedPushCache::kAcmeCanonical);
    QCOMPARE(rows.at(1).action, QStringLiteral("outbox.change"));
    QCOMPARE(rows.at(1).before.value(QStringLiteral("partner_id")), QJsonValue(false));
    QCOMPARE(rows.at(1).after.value(QStringLiteral("partner_id")).toInteger(), FailedPushCache::kAcmePartner);
    QCOMPARE(rows.at(2).action, QStringLiteral("failed_push.retry"));
}

void TestFailedPushActions::linkCustomerRefusesACustomerWithoutOdooRecord()
{
    auto linked = actions().linkCustomer(FailedPushCache::kUnmapped, FailedPushCache::kOrphanCanonical);
    QVERIFY(!linked);
    QCOMPARE(linked.error().category(), Error::Category::Validation);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM link")).toInt(), 1);
    QCOMPARE(outboxState(1), QStringLiteral("dead"));
    QCOMPARE(audit().size(), 0);
}

void TestFailedPushActions::linkTargetsHaveAnOdooRecord()
{
    FailedPushStore store(m_cache->db());
    auto targets = store.linkTargets(QString(), 50);
    QVERIFY(targets);
    QCOMPARE(targets.value().size(), 1);
    QCOMPARE(targets.value().constFirst().canonicalId, FailedPushCache::kAcmeCanonical);
    QCOMPARE(targets.value().constFirst().odooExternalId, QStringLiteral("501"));
    QCOMPARE(targets.value().constFirst().odooName, QStringLiteral("Acme GmbH"));
    // Found by the name it has in Odoo too.
    QCOMPARE(store.linkTargets(QStringLiteral("gmbh"), 50).value().size(), 1);
    QCOMPARE(store.linkTargets(QStringLiteral("initech"), 50).value().size(), 0);
}

void TestFailedPushActions::correctBillRateChangesPlacementLinesAndPayload()
{
    QVERIFY(actions().correctBillRate(FailedPushCache::kUnmapped, 9500));
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT bill_rate_minor FROM placement WHERE id = 1")).toLongLong(),
        9500);
    // Only the failed period's unbilled lines.
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM timesheet_line WHERE bill_rate_minor = 9500"))
            .toInt(),
        3);
    QCOMPARE(m_cache
                 ->scalar(QStringLiteral("SELECT bill_rate_minor FROM timesheet_line WHERE work_date = "
                                         "'2026-04-01'"))
                 .toLongLong(),
             FailedPushCache::kPlacementRate);
    const QJsonArray lines = payload(1).value(QStringLiteral("invoice_line_ids")).toArray();
    QCOMPARE(lines.size(), 1);
    QCOMPARE(lines.at(0).toObject().value(QStringLiteral("price_unit")).toDouble(), 95.0);
    QCOMPARE(outboxState(1), QStringLiteral("pending"));
    const QList<AuditRow> rows = audit();
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).action, QStringLiteral("placement.bill_rate"));
    QCOMPARE(rows.at(0).before.value(QStringLiteral("bill_rate_minor")).toInteger(),
             FailedPushCache::kPlacementRate);
    QCOMPARE(rows.at(0).after.value(QStringLiteral("bill_rate_minor")).toInteger(), 9500);
    QCOMPARE(rows.at(0).after.value(QStringLiteral("lines")).toInt(), 3);
}

void TestFailedPushActions::correctBillRateRefusesZero()
{
    auto corrected = actions().correctBillRate(FailedPushCache::kUnmapped, 0);
    QVERIFY(!corrected);
    QCOMPARE(corrected.error().category(), Error::Category::Validation);
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT bill_rate_minor FROM placement WHERE id = 1")).toLongLong(),
        FailedPushCache::kPlacementRate);
}

void TestFailedPushActions::chooseProductTaxStoresTheChoiceInTheSystem()
{
    QVERIFY(!actions().chooseProductTax(FailedPushCache::kLockDate, QString(), QStringLiteral(" ")));
    QVERIFY(actions().chooseProductTax(FailedPushCache::kLockDate, QStringLiteral("CONSULT-H"),
                                       QStringLiteral("VAT 19%")));
    const QJsonObject options =
        QJsonDocument::fromJson(
            m_cache->scalar(QStringLiteral("SELECT options FROM system WHERE kind = 'odoo'")).toByteArray())
            .object();
    QCOMPARE(options.value(FailedPushActions::kProductOption).toString(), QStringLiteral("CONSULT-H"));
    QCOMPARE(options.value(FailedPushActions::kTaxOption).toString(), QStringLiteral("VAT 19%"));
    QCOMPARE(outboxState(3), QStringLiteral("pending"));
    // Only the product changes the second time; the tax stays.
    QVERIFY(actions().chooseProductTax(FailedPushCache::kUnmapped, QStringLiteral("CONSULT-D"), QString()));
    const QList<AuditRow> rows = audit();
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).action, QStringLiteral("system.options"));
    QVERIFY(rows.at(0).before.isEmpty());
    QCOMPARE(rows.at(2).before.value(FailedPushActions::kProductOption).toString(),
             QStringLiteral("CONSULT-H"));
    QCOMPARE(rows.at(2).after.value(FailedPushActions::kProductOption).toString(),
             QStringLiteral("CONSULT-D"));
    QVERIFY(!rows.at(2).after.contains(FailedPushActions::kTaxOption));
    QVERIFY(m_cache->scalar(QStringLiteral("SELECT options FROM system WHERE kind = 'odoo'"))
                .toString()
                .contains(QStringLiteral("VAT 19%")));
}

void TestFailedPushActions::failedActionChangesNothing()
{
    // A fix of a resolved failed push, or of one that does not exist, changes nothing at all.
    auto resolved = actions().correctBillRate(FailedPushCache::kResolvedByRetry, 20000);
    QVERIFY(!resolved);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM placement WHERE bill_rate_minor = 20000"))
                 .toInt(),
             0);
    auto missing = actions().linkCustomer(99, FailedPushCache::kAcmeCanonical);
    QVERIFY(!missing);
    QCOMPARE(missing.error().category(), Error::Category::NotFound);
    QCOMPARE(audit().size(), 0);
}

QTEST_GUILESS_MAIN(TestFailedPushActions)
#include "tst_failedpushactions.moc"
