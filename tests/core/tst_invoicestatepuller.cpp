// Invoice and payment state read back from the Odoo simulator over loopback into a real cache
// holding the same demo data: what happens when a payment is deleted in Odoo.
#include "connectors/odoo/odooclient.h"
#include "sandbox/democachewriter.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/odoo/odoobusinessrules.h"
#include "sandbox/odoo/odooorm.h"
#include "sandbox/odoo/odooseeder.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sandbox/odoo/odoostore.h"
#include "sync/invoicestatepuller.h"
#include "tempcache.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace cw;

class TestInvoiceStatePuller : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempCache> m_cache;
    std::unique_ptr<OdooSimulator> m_simulator;
    std::unique_ptr<OdooClient> m_client;
    qint64 m_odooSystem = 0;

    /// Reads invoices' payment state and the payments; the counts, or nothing when it failed.
    std::optional<InvoiceStatePuller::Counts> pullPayments()
    {
        PushOptions options;
        options.maxAttempts = 3;
        options.retryBaseMs = 10;
        InvoiceStatePuller puller(m_cache->db(), m_client.get(), m_odooSystem,
                                  InvoiceStatePuller::Mode::Payments, options);
        QSignalSpy finished(&puller, &InvoiceStatePuller::finished);
        puller.start();
        if (!finished.wait(60000) || puller.error()) {
            qWarning() << (puller.error() ? puller.error()->toString() : QStringLiteral("no answer"));
            return std::nullopt;
        }
        return puller.counts();
    }

    qint64 count(const QString &sql, const QVariantList &values = {}) const
    {
        return m_cache->scalar(sql, values).toLongLong();
    }

    QString invoiceField(const QString &field, const QString &externalId) const
    {
        return m_cache
            ->scalar(
                QStringLiteral("SELECT %1 FROM invoice WHERE system_id = ? AND external_id = ?").arg(field),
                { m_odooSystem, externalId })
            .toString();
    }

private slots:
    void init()
    {
        m_cache = std::make_unique<test::TempCache>();
        QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
        DemoDataOptions demo;
        demo.customers = 20;
        demo.seed = 5;
        const DemoDataset dataset = DemoDataGenerator::generate(demo);
        QVERIFY(DemoCacheWriter(m_cache->db(), dataset).write().ok());
        m_simulator = std::make_unique<OdooSimulator>(OdooSimulatorOptions {});
        OdooSeeder(m_simulator->orm(), QDateTime::currentDateTimeUtc()).seedDemo(dataset);
        QVERIFY(m_simulator->listen().ok());
        m_odooSystem = count(QStringLiteral("SELECT id FROM system WHERE kind = 'odoo'"));
        QVERIFY(m_odooSystem > 0);
        OdooConnectionSettings settings;
        settings.url = m_simulator->url();
        settings.database = m_simulator->options().database;
        settings.login = m_simulator->options().login;
        settings.secret = m_simulator->apiKey();
        settings.api = OdooConnectionSettings::Api::JsonRpc;
        m_client = std::make_unique<OdooClient>(settings);
    }

    void cleanup()
    {
        m_client.reset();
        m_simulator.reset();
        m_cache.reset();
    }

    void paymentDeletedInOdooLeavesTheCache()
    {
        // The demo payments are in Odoo as in the cache: a first read changes nothing.
        const qint64 payments = count(QStringLiteral("SELECT COUNT(*) FROM payment"));
        QVERIFY(payments > 1);
        std::optional<InvoiceStatePuller::Counts> counts = pullPayments();
        QVERIFY(counts);
        QCOMPARE(counts->payments.created, 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payment")), payments);

        // A payment that settled one invoice in full, reset to draft and deleted in Odoo as a
        // user would (a posted payment cannot be deleted).
        QSqlQuery paid(m_cache->db().connection());
        QVERIFY(paid.exec(QStringLiteral(
            "SELECT p.external_id, i.external_id FROM payment p JOIN invoice i ON i.id = p.invoice_id "
            "WHERE i.payment_state IN ('paid', 'in_payment') AND instr(p.external_id, ':') = 0 AND "
            "(SELECT COUNT(*) FROM payment o WHERE o.invoice_id = i.id) = 1 ORDER BY p.id LIMIT 1")));
        QVERIFY(paid.next());
        const QString payment = paid.value(0).toString();
        const QString invoice = paid.value(1).toString();
        OdooEnv env;
        env.companyIds = { 1 };
        env.now = QDateTime::currentDateTimeUtc();
        OdooOrm &orm = m_simulator->orm();
        const std::optional<Result<QJsonValue>> draft =
            orm.rules().callMethod(QStringLiteral("account.payment"), QStringLiteral("action_draft"),
                                   { payment.toLongLong() }, {}, {}, env);
        QVERIFY(draft && draft->ok());
        QVERIFY(orm.unlink(QStringLiteral("account.payment"), { payment.toLongLong() }, env).ok());
        const QString odooState = m_simulator->store()
                                      .value(QStringLiteral("account.move"), invoice.toLongLong(),
                                             QStringLiteral("payment_state"), QString())
                                      .toString();
        QCOMPARE(odooState, QStringLiteral("not_paid"));

        counts = pullPayments();
        QVERIFY(counts);
        QCOMPARE(counts->payments.deleted, 1);
        QCOMPARE(counts->payments.updated, 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payment WHERE external_id = ?"), { payment }), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payment")), payments - 1);
        QCOMPARE(invoiceField(QStringLiteral("payment_state"), invoice), QStringLiteral("not_paid"));
        QCOMPARE(invoiceField(QStringLiteral("amount_residual_minor"), invoice),
                 invoiceField(QStringLiteral("amount_total_minor"), invoice));

        // Read again: nothing else goes.
        counts = pullPayments();
        QVERIFY(counts);
        QCOMPARE(counts->payments.updated, 0);
        QCOMPARE(counts->payments.deleted, 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payment")), payments - 1);
    }

    void unfinishedReadRemovesNothing()
    {
        const qint64 payments = count(QStringLiteral("SELECT COUNT(*) FROM payment"));
        QSqlQuery first(m_cache->db().connection());
        QVERIFY(first.exec(QStringLiteral("SELECT external_id FROM payment WHERE instr(external_id, ':') = 0 "
                                          "ORDER BY CAST(external_id AS INTEGER) LIMIT 2")));
        QVERIFY(first.next());
        const qint64 deleted = first.value(0).toLongLong();
        QVERIFY(first.next());
        const qint64 changed = first.value(0).toLongLong();
        // One payment deleted in Odoo, another changed there, whose page the cache cannot store
        // (as with a full disk): the read stops before its end and must not take the payments it
        // did not get to for deleted ones.
        m_simulator->store().remove(QStringLiteral("account.payment"), deleted);
        m_simulator->store().update(QStringLiteral("account.payment"), changed,
                                    { { QStringLiteral("amount"), 0.5 } });
        QVERIFY(m_cache->exec(QStringLiteral("CREATE TRIGGER refuse_payments BEFORE UPDATE ON payment BEGIN "
                                             "SELECT RAISE(ABORT, 'database or disk is full'); END")));
        QVERIFY(!pullPayments());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payment")), payments);

        // Once the cache takes the page again, the deleted payment goes.
        QVERIFY(m_cache->exec(QStringLiteral("DROP TRIGGER refuse_payments")));
        QVERIFY(pullPayments());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM payment WHERE external_id = ?"),
                       { QString::number(deleted) }),
                 0);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceStatePuller)
#include "tst_invoicestatepuller.moc"
