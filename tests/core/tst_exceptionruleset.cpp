#include "kpi/exceptionruleset.h"
#include "kpicachebuilder.h"
#include "tempcache.h"

#include <QSet>
#include <QTest>

#include <functional>

using namespace cw;
using B = cw::test::KpiCacheBuilder;
using cw::test::TempCache;

namespace {

const QDate kAsOf(2026, 3, 31);

// What a scenario starts from: a linked customer with one placement at 60.00 / 40.00 per hour.
struct Start
{
    B &b;
    qint64 customer = 0;
    qint64 placement = 0;
};

using Scenario = std::function<void(Start &)>;

QString d(const char *date)
{
    return QString::fromLatin1(date);
}

const QHash<QString, Scenario> &scenarios()
{
    static const QHash<QString, Scenario> all {
        { QStringLiteral("rateless placement"),
          [](Start &s) {
              const qint64 p = s.b.add(B::Placement { .customer = s.customer, .billRate = std::nullopt });
              s.b.add(B::Line { .placement = p, .date = d("2026-03-10"), .billRate = std::nullopt });
          } },
        { QStringLiteral("rateless placement, line with its own rate"),
          [](Start &s) {
              const qint64 p = s.b.add(B::Placement { .customer = s.customer, .billRate = std::nullopt });
              s.b.add(B::Line { .placement = p, .date = d("2026-03-10"), .billRate = 6500 });
          } },
        { QStringLiteral("rateless placement with a rate row"),
          [](Start &s) {
              const qint64 p = s.b.add(B::Placement { .customer = s.customer, .billRate = std::nullopt });
              s.b.rate(p, d("2026-01-01"), 6000, 4000);
              s.b.add(B::Line { .placement = p, .date = d("2026-03-10"), .billRate = std::nullopt });
          } },
        { QStringLiteral("rateless placement, rate row after the work date"),
          [](Start &s) {
              const qint64 p = s.b.add(B::Placement { .customer = s.customer, .billRate = std::nullopt });
              s.b.rate(p, d("2026-03-20"), 6000, 4000);
              s.b.add(B::Line { .placement = p, .date = d("2026-03-10"), .billRate = std::nullopt });
          } },
        { QStringLiteral("line without placement"),
          [](Start &s) {
              s.b.add(B::Line { .date = d("2026-03-10") });
          } },
        { QStringLiteral("rateless placement, time invoiced"),
          [](Start &s) {
              const qint64 p = s.b.add(B::Placement { .customer = s.customer, .billRate = std::nullopt });
              const qint64 i = s.b.add(B::Invoice { .customer = s.customer, .date = d("2026-03-20") });
              s.b.add(B::Line {
                  .placement = p, .date = d("2026-03-10"), .billRate = std::nullopt, .invoice = i });
          } },
        { QStringLiteral("unlinked customer"),
          [](Start &s) {
              const qint64 c = s.b.add(B::Customer { .name = QStringLiteral("Unlinked") });
              const qint64 p = s.b.add(B::Placement { .customer = c });
              s.b.add(B::Line { .placement = p, .date = d("2026-03-10") });
          } },
        { QStringLiteral("linked customer"),
          [](Start &s) {
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10") });
          } },
        { QStringLiteral("day after the end date"),
          [](Start &s) {
              const qint64 p = s.b.add(B::Placement { .customer = s.customer, .end = d("2026-03-15") });
              s.b.add(B::Line { .placement = p, .date = d("2026-03-15") });
              s.b.add(B::Line { .placement = p, .date = d("2026-03-16") });
          } },
        // Month end: the as-of day is the last of March and the placement ended the day before.
        { QStringLiteral("month-end work after a month-end end date"),
          [](Start &s) {
              const qint64 p = s.b.add(B::Placement { .customer = s.customer, .end = d("2026-03-30") });
              s.b.add(B::Line { .placement = p, .date = d("2026-03-31") });
          } },
        { QStringLiteral("work on the last day of February, end date that day"),
          [](Start &s) {
              const qint64 p = s.b.add(B::Placement { .customer = s.customer, .end = d("2026-02-28") });
              s.b.add(B::Line { .placement = p, .date = d("2026-02-28") });
          } },
        { QStringLiteral("USD placement, line rate differs"),
          [](Start &s) {
              const qint64 p = s.b.add(B::Placement { .customer = s.customer, .currency = QStringLiteral("USD") });
              s.b.add(B::Line { .placement = p, .date = d("2026-03-10"), .billRate = 6500 });
          } },
        { QStringLiteral("USD invoice due at the end of February"),
          [](Start &s) {
              s.b.add(B::Invoice { .customer = s.customer,
                                   .date = d("2026-01-31"),
                                   .due = d("2026-02-28"),
                                   .total = 2500,
                                   .residual = 2500,
                                   .currency = QStringLiteral("USD") });
          } },
        { QStringLiteral("on the end date"),
          [](Start &s) {
              const qint64 p = s.b.add(B::Placement { .customer = s.customer, .end = d("2026-03-15") });
              s.b.add(B::Line { .placement = p, .date = d("2026-03-15") });
          } },
        { QStringLiteral("after the end, after the as-of date"),
          [](Start &s) {
              const qint64 p = s.b.add(B::Placement { .customer = s.customer, .end = d("2026-03-31") });
              s.b.add(B::Line { .placement = p, .date = d("2026-04-01") });
          } },
        { QStringLiteral("line rate differs"),
          [](Start &s) {
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10"), .billRate = 6500 });
          } },
        { QStringLiteral("line rate matches the rate of its day"),
          [](Start &s) {
              s.b.rate(s.placement, d("2026-01-01"), 6500, 4000);
              s.b.rate(s.placement, d("2026-03-20"), 6000, 4000);
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10"), .billRate = 6500 });
          } },
        { QStringLiteral("line rate differs from the rate of its day"),
          [](Start &s) {
              s.b.rate(s.placement, d("2026-01-01"), 6500, 4000);
              s.b.rate(s.placement, d("2026-03-20"), 6000, 4000);
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-25"), .billRate = 6500 });
          } },
        { QStringLiteral("invoice total too high"),
          [](Start &s) {
              const qint64 i =
                  s.b.add(B::Invoice { .customer = s.customer, .date = d("2026-03-20"), .untaxed = 50000 });
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10"), .invoice = i });
          } },
        { QStringLiteral("invoice total within rounding"),
          [](Start &s) {
              const qint64 i =
                  s.b.add(B::Invoice { .customer = s.customer, .date = d("2026-03-20"), .untaxed = 48001 });
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10"), .invoice = i });
          } },
        { QStringLiteral("invoice total with expenses"),
          [](Start &s) {
              const qint64 i =
                  s.b.add(B::Invoice { .customer = s.customer, .date = d("2026-03-20"), .untaxed = 49500 });
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10"), .invoice = i });
              s.b.expense(s.placement, i, 1500, d("2026-03-10"));
          } },
        { QStringLiteral("cancelled invoice total differs"),
          [](Start &s) {
              const qint64 i = s.b.add(B::Invoice { .customer = s.customer,
                                                    .date = d("2026-03-20"),
                                                    .state = QStringLiteral("cancel"),
                                                    .untaxed = 50000 });
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10"), .invoice = i });
          } },
        { QStringLiteral("same day on two invoices"),
          [](Start &s) {
              const qint64 a =
                  s.b.add(B::Invoice { .customer = s.customer, .date = d("2026-03-20"), .untaxed = 48000 });
              const qint64 c =
                  s.b.add(B::Invoice { .customer = s.customer, .date = d("2026-03-25"), .untaxed = 48000 });
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10"), .invoice = a });
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10"), .invoice = c });
          } },
        { QStringLiteral("same day, first invoice cancelled"),
          [](Start &s) {
              const qint64 a = s.b.add(B::Invoice {
                  .customer = s.customer, .date = d("2026-03-20"), .state = QStringLiteral("cancel") });
              const qint64 c = s.b.add(B::Invoice { .customer = s.customer, .date = d("2026-03-25") });
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10"), .invoice = a });
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10"), .invoice = c });
          } },
        { QStringLiteral("two days on two invoices"),
          [](Start &s) {
              const qint64 a = s.b.add(B::Invoice { .customer = s.customer, .date = d("2026-03-20") });
              const qint64 c = s.b.add(B::Invoice { .customer = s.customer, .date = d("2026-03-25") });
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10"), .invoice = a });
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-11"), .invoice = c });
          } },
        { QStringLiteral("one line imported from two systems"),
          [](Start &s) {
              const qint64 a = s.b.add(B::Invoice { .customer = s.customer, .date = d("2026-03-20") });
              const qint64 c = s.b.add(B::Invoice { .customer = s.customer, .date = d("2026-03-25") });
              const qint64 other = s.b.add(B::Placement { .customer = s.customer });
              s.b.add(B::Line { .placement = s.placement,
                                .date = d("2026-03-10"),
                                .invoice = a,
                                .externalId = QStringLiteral("BH-1") });
              s.b.add(B::Line { .placement = other,
                                .date = d("2026-03-11"),
                                .invoice = c,
                                .externalId = QStringLiteral("BH-1"),
                                .system = s.b.odoo() });
          } },
        { QStringLiteral("pay raised, bill unchanged"),
          [](Start &s) {
              s.b.rate(s.placement, d("2026-01-01"), 6000, 4000);
              s.b.rate(s.placement, d("2026-03-01"), 6000, 4500);
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-02-27") });
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10") });
          } },
        { QStringLiteral("pay and bill raised"),
          [](Start &s) {
              s.b.rate(s.placement, d("2026-01-01"), 6000, 4000);
              s.b.rate(s.placement, d("2026-03-01"), 6500, 4500);
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10") });
          } },
        { QStringLiteral("pay raised, bill carried forward"),
          [](Start &s) {
              s.b.rate(s.placement, d("2026-01-01"), 6000, 4000);
              s.b.rate(s.placement, d("2026-03-01"), std::nullopt, 4500);
              s.b.rate(s.placement, d("2026-03-21"), 6500, std::nullopt);
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-10") });
              s.b.add(B::Line { .placement = s.placement, .date = d("2026-03-25") });
          } },
        { QStringLiteral("invoice past due"),
          [](Start &s) {
              s.b.add(B::Invoice { .customer = s.customer,
                                   .date = d("2026-02-28"),
                                   .due = d("2026-03-30"),
                                   .total = 1000,
                                   .residual = 1000 });
          } },
        { QStringLiteral("invoice due on the as-of date"),
          [](Start &s) {
              s.b.add(B::Invoice { .customer = s.customer,
                                   .date = d("2026-03-01"),
                                   .due = d("2026-03-31"),
                                   .total = 1000,
                                   .residual = 1000 });
          } },
        { QStringLiteral("invoice past due but paid"),
          [](Start &s) {
              s.b.add(B::Invoice { .customer = s.customer,
                                   .date = d("2026-02-28"),
                                   .due = d("2026-03-30"),
                                   .total = 1000,
                                   .residual = 0 });
          } },
        { QStringLiteral("unallocated payment"),
          [](Start &s) {
              s.b.add(B::Payment { .customer = s.customer, .date = d("2026-03-01"), .amount = 5000 });
          } },
        { QStringLiteral("allocated payment"),
          [](Start &s) {
              const qint64 i = s.b.add(B::Invoice { .customer = s.customer, .date = d("2026-02-01") });
              s.b.add(B::Payment {
                  .customer = s.customer, .invoice = i, .date = d("2026-03-01"), .amount = 5000 });
          } },
        { QStringLiteral("unallocated payment after the as-of date"),
          [](Start &s) {
              s.b.add(B::Payment { .customer = s.customer, .date = d("2026-04-01"), .amount = 5000 });
          } },
        { QStringLiteral("invoice push failing for 8 days"),
          [](Start &s) {
              s.b.add(B::FailedPush { .firstSeen = d("2026-03-23T22:00:00Z") });
          } },
        { QStringLiteral("invoice push failing for 7 days"),
          [](Start &s) {
              s.b.add(B::FailedPush { .firstSeen = d("2026-03-24T00:30:00Z") });
          } },
        { QStringLiteral("partner push failing for 8 days"),
          [](Start &s) {
              s.b.add(B::FailedPush { .firstSeen = d("2026-03-23T10:00:00Z"),
                                      .model = QStringLiteral("res.partner"),
                                      .operation = QStringLiteral("upsert_partner") });
          } },
        { QStringLiteral("resolved invoice push"),
          [](Start &s) {
              s.b.add(B::FailedPush { .firstSeen = d("2026-03-01T10:00:00Z"),
                                      .state = QStringLiteral("resolved"),
                                      .resolvedAt = d("2026-03-02T10:00:00Z") });
          } },
    };
    return all;
}

} // namespace

class TestExceptionRuleSet : public QObject
{
    Q_OBJECT

private slots:
    void rulesAreDescribed();
    void rulesFireOnlyWhenTheirConditionHolds_data();
    void rulesFireOnlyWhenTheirConditionHolds();
};

void TestExceptionRuleSet::rulesAreDescribed()
{
    QSet<QString> ids;
    for (const ExceptionRule *rule : ExceptionRuleSet::all()) {
        QVERIFY(!rule->id().isEmpty());
        QVERIFY(!rule->title().isEmpty());
        QVERIFY(rule->definition().size() > rule->title().size());
        QVERIFY2(!ids.contains(rule->id()), qPrintable(rule->id()));
        ids.insert(rule->id());
        QCOMPARE(ExceptionRuleSet::find(rule->id()), rule);
    }
    QCOMPARE(ids.size(), 10);
    QCOMPARE(ExceptionRuleSet::title(QStringLiteral("no_such_rule")), QStringLiteral("no_such_rule"));
}

void TestExceptionRuleSet::rulesFireOnlyWhenTheirConditionHolds_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<int>("findings");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<qint64>("amount");

    auto row = [](const char *rule, const char *scenario, int findings, const char *entity = "",
                  qint64 amount = 0) {
        QTest::addRow("%s: %s", rule, scenario) << QString::fromLatin1(rule) << QString::fromLatin1(scenario)
                                                << findings << QString::fromLatin1(entity) << amount;
    };
    row("time_without_rate", "rateless placement", 1, "placement", 0);
    row("time_without_rate", "rateless placement, line with its own rate", 1, "placement", 52000);
    row("time_without_rate", "rateless placement with a rate row", 0);
    row("time_without_rate", "rateless placement, rate row after the work date", 1, "placement", 0);
    row("time_without_rate", "line without placement", 1, "timesheet_line", 48000);
    row("time_without_rate", "rateless placement, time invoiced", 0);
    row("time_without_customer_link", "unlinked customer", 1, "customer", 48000);
    row("time_without_customer_link", "linked customer", 0);
    row("time_after_end", "day after the end date", 1, "placement", 48000);
    row("time_after_end", "on the end date", 0);
    row("time_after_end", "month-end work after a month-end end date", 1, "placement", 48000);
    row("time_after_end", "work on the last day of February, end date that day", 0);
    row("rate_mismatch", "USD placement, line rate differs", 1, "placement", 4000);
    row("invoice_overdue", "USD invoice due at the end of February", 1, "invoice", 2500);
    row("time_after_end", "after the end, after the as-of date", 0);
    row("rate_mismatch", "line rate differs", 1, "placement", 4000);
    row("rate_mismatch", "line rate matches the rate of its day", 0);
    row("rate_mismatch", "line rate differs from the rate of its day", 1, "placement", 4000);
    row("invoice_total_mismatch", "invoice total too high", 1, "invoice", 2000);
    row("invoice_total_mismatch", "invoice total within rounding", 0);
    row("invoice_total_mismatch", "invoice total with expenses", 0);
    row("invoice_total_mismatch", "cancelled invoice total differs", 0);
    row("hours_invoiced_twice", "same day on two invoices", 1, "invoice", 48000);
    row("hours_invoiced_twice", "same day, first invoice cancelled", 0);
    row("hours_invoiced_twice", "two days on two invoices", 0);
    row("hours_invoiced_twice", "one line imported from two systems", 1, "invoice", 48000);
    row("pay_raised_without_bill", "pay raised, bill unchanged", 1, "placement_rate", 4000);
    row("pay_raised_without_bill", "pay and bill raised", 0);
    row("pay_raised_without_bill", "pay raised, bill carried forward", 1, "placement_rate", 4000);
    row("invoice_overdue", "invoice past due", 1, "invoice", 1000);
    row("invoice_overdue", "invoice due on the as-of date", 0);
    row("invoice_overdue", "invoice past due but paid", 0);
    row("payment_unmatched", "unallocated payment", 1, "payment", 5000);
    row("payment_unmatched", "allocated payment", 0);
    row("payment_unmatched", "unallocated payment after the as-of date", 0);
    row("failed_invoice_push_stale", "invoice push failing for 8 days", 1, "failed_push", 0);
    row("failed_invoice_push_stale", "invoice push failing for 7 days", 0);
    row("failed_invoice_push_stale", "partner push failing for 8 days", 0);
    row("failed_invoice_push_stale", "resolved invoice push", 0);
}

void TestExceptionRuleSet::rulesFireOnlyWhenTheirConditionHolds()
{
    QFETCH(QString, rule);
    QFETCH(QString, scenario);
    QFETCH(int, findings);
    QFETCH(QString, entity);
    QFETCH(qint64, amount);
    TempCache cache;
    QVERIFY2(cache.database(), qPrintable(cache.error()));
    B b(cache);
    Start start { b };
    start.customer = b.add(B::Customer { .name = QStringLiteral("Acme") });
    b.link(start.customer);
    start.placement = b.add(B::Placement { .customer = start.customer });
    QVERIFY2(scenarios().contains(scenario), qPrintable(scenario));
    scenarios().value(scenario)(start);

    const ExceptionRule *evaluated = ExceptionRuleSet::find(rule);
    QVERIFY(evaluated);
    auto found = evaluated->evaluate(cache.db().connection(), RuleContext { kAsOf, 7 });
    QVERIFY2(found.ok(), found.ok() ? "" : qPrintable(found.error().toString()));
    QCOMPARE(found.value().size(), findings);
    if (findings == 0)
        return;
    const ExceptionFinding &f = found.value().constFirst();
    QCOMPARE(f.subjectEntity, entity);
    QCOMPARE(f.amountMinor, amount);
    // Amounts stay in the currency of the records they come from.
    if (scenario.startsWith(QLatin1String("USD")))
        QCOMPARE(f.currency, QStringLiteral("USD"));
    QVERIFY(f.subjectId > 0);
    QVERIFY(!f.detail.isEmpty());
    QVERIFY(f.occurredOn.isValid());
    QVERIFY(f.occurredOn <= kAsOf);
}

QTEST_GUILESS_MAIN(TestExceptionRuleSet)
#include "tst_exceptionruleset.moc"
