#include "sync/failedpushcause.h"

#include <QtTest>

using namespace cw;
using Fix = FailedPushCause::Fix;

Q_DECLARE_METATYPE(cw::FailedPushCause::Fix)

/// FailedPushCause: the words for a failure and the fix offered for it.
class TestFailedPushCause : public QObject
{
    Q_OBJECT

private slots:
    void causes_data();
    void causes();
};

void TestFailedPushCause::causes_data()
{
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("fingerprint");
    QTest::addColumn<QString>("title");
    QTest::addColumn<Fix>("fix");
    QTest::newRow("partner") << "mapping"
                             << "odoo.partner_missing"
                             << "Customer not mapped" << Fix::LinkCustomer;
    QTest::newRow("unknown mapping") << "mapping"
                                     << "x"
                                     << "Customer not mapped" << Fix::LinkCustomer;
    QTest::newRow("lock date") << "validation"
                               << "odoo.lock_date"
                               << "Period locked" << Fix::None;
    QTest::newRow("product") << "mapping"
                             << "odoo.product_missing"
                             << "Product missing" << Fix::ChooseProductTax;
    QTest::newRow("tax") << "validation"
                         << "odoo.tax_missing"
                         << "Tax missing" << Fix::ChooseProductTax;
    QTest::newRow("other tax") << "validation"
                               << "odoo.no_tax_for_country"
                               << "Product or tax missing" << Fix::ChooseProductTax;
    QTest::newRow("rate") << "validation"
                          << "odoo.bill_rate"
                          << "Bill rate missing or wrong" << Fix::CorrectBillRate;
    QTest::newRow("price") << "validation"
                           << "odoo.price_zero"
                           << "Bill rate missing or wrong" << Fix::CorrectBillRate;
    QTest::newRow("sync customer") << "mapping"
                                   << "sync.customer_not_mapped"
                                   << "Customer not mapped" << Fix::LinkCustomer;
    QTest::newRow("sync rate") << "mapping"
                               << "sync.rate_missing"
                               << "Bill rate missing or wrong" << Fix::CorrectBillRate;
    QTest::newRow("sync product") << "mapping"
                                  << "sync.product_missing"
                                  << "Product missing" << Fix::ChooseProductTax;
    QTest::newRow("expense currency") << "validation"
                                      << "sync.currency_mismatch"
                                      << "Expense in another currency" << Fix::None;
    QTest::newRow("pusher's shape") << "mapping"
                                    << "mapping:the product ? for billed hours does not exist"
                                    << "Product or tax missing" << Fix::ChooseProductTax;
    QTest::newRow("502") << "network"
                         << "http.502"
                         << "Odoo unreachable" << Fix::None;
    QTest::newRow("429") << "rate_limited"
                         << "http.429"
                         << "Rate limited" << Fix::None;
    QTest::newRow("unknown auth") << "auth"
                                  << "odoo.something"
                                  << "Authentication" << Fix::None;
    QTest::newRow("unknown category") << "mystery"
                                      << ""
                                      << "mystery" << Fix::None;
}

void TestFailedPushCause::causes()
{
    QFETCH(QString, category);
    QFETCH(QString, fingerprint);
    QFETCH(QString, title);
    QFETCH(Fix, fix);
    QCOMPARE(FailedPushCause::title(category, fingerprint), title);
    QCOMPARE(FailedPushCause::fixFor(category, fingerprint), fix);
    QCOMPARE(FailedPushCause::fixTitle(fix).isEmpty(), fix == Fix::None);
}

QTEST_GUILESS_MAIN(TestFailedPushCause)
#include "tst_failedpushcause.moc"
