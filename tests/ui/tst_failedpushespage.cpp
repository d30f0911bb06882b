#include "cache/database.h"
#include "cachetablemodel.h"
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odooreply.h"
#include "dialogs/fixpushdialog.h"
#include "failedpushcache.h"
#include "pages/failedpushespage.h"
#include "sandbox/demodatagenerator.h"
#include "sandbox/odoo/odoosimulator.h"
#include "sync/failedpushstore.h"
#include "sync/syncengine.h"
#include "tempcache.h"
#include "uitestwait.h"
#include "util/clock.h"
#include "util/settings.h"
#include "widgets/failedpushdetail.h"
#include "widgets/messagebanner.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using cw::test::FailedPushCache;
using cw::test::screenshotFolder;
using cw::test::TempCache;
using cw::test::waitIdle;

namespace {

constexpr QSize kScreenshotSize(1280, 800);

} // namespace

/// The Failed pushes page driven offscreen on real caches: what it lists and shows, and that
/// retry, resolve and the fixes change the cache and the audit log.
class TestFailedPushesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void listsOpenFailuresWithTheirDetail();
    void retryBySelectionAndShortcut();
    void retryAllShownTakesTheFilter();
    void retryAGroup();
    void resolveMovesItToResolved();
    void linkCustomerThroughTheFixDialog();
    void correctBillRateThroughTheFixDialog();
    void resolvedByRetryIsShownAsSuch();
    void demoCacheScreenshot();
    void unmappedCustomerFixedOnThePageLandsOnce();

private:
    void select(qint64 id);
    bool runAction(const std::function<void()> &action, bool *ok = nullptr);
    QString outboxState(qint64 id) const;
    int auditRows(const QString &action) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TempCache> m_cache;
    std::unique_ptr<FailedPushesPage> m_page;
};

void TestFailedPushesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestFailedPushesPage::init()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    QVERIFY(FailedPushCache::fill(*m_cache));
    m_page = std::make_unique<FailedPushesPage>(m_cache->db(), *m_settings);
    m_page->resize(kScreenshotSize);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(waitIdle(*m_page->model()));
}

void TestFailedPushesPage::cleanup()
{
    m_page.reset();
    m_cache.reset();
}

void TestFailedPushesPage::select(qint64 id)
{
    CacheTableModel *model = m_page->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(CacheTableModel::RowIdRole).toLongLong() == id) {
            // Straight through the selection model: selectRow() follows the keyboard modifiers,
            // which a shortcut typed earlier may leave behind on the offscreen platform.
            m_page->tableView()->selectionModel()->setCurrentIndex(
                model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return;
        }
    }
    QFAIL(qPrintable(QStringLiteral("failed push %1 is not listed").arg(id)));
}

bool TestFailedPushesPage::runAction(const std::function<void()> &action, bool *ok)
{
    QSignalSpy finished(m_page.get(), &FailedPushesPage::actionFinished);
    action();
    if (finished.isEmpty() && !finished.wait(20000))
        return false;
    if (ok)
        *ok = finished.first().first().toBool();
    return waitIdle(*m_page->model());
}

QString TestFailedPushesPage::outboxState(qint64 id) const
{
    return m_cache->scalar(QStringLiteral("SELECT state FROM outbox WHERE id = ?"), { id }).toString();
}

int TestFailedPushesPage::auditRows(const QString &action) const
{
    return m_cache->scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"), { action })
        .toInt();
}

void TestFailedPushesPage::listsOpenFailuresWithTheirDetail()
{
    CacheTableModel *model = m_page->model();
    QCOMPARE(model->totalCount(), FailedPushCache::kOpen);
    // Most recently seen first: the unmapped customer, its category and problem in words.
    QCOMPARE(model->index(0, 0).data(CacheTableModel::RowIdRole).toLongLong(), FailedPushCache::kUnmapped);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("Not mapped"));
    QCOMPARE(model->index(0, 2).data().toString(), QStringLiteral("Acme Staffing"));
    select(FailedPushCache::kLockDate);
    QCOMPARE(m_page->detail()->problemText(), QStringLiteral("Period locked"));
    QVERIFY(m_page->detail()->remoteText().startsWith(QStringLiteral("You cannot add/modify entries")));
    QVERIFY(m_page->detail()->sourceText().contains(QStringLiteral("PL-2")));
}

void TestFailedPushesPage::retryBySelectionAndShortcut()
{
    select(FailedPushCache::kNetwork);
    m_page->tableView()->setFocus();
    bool ok = false;
    QVERIFY(runAction(
        [&] { QTest::keyClick(m_page->tableView(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier); },
        &ok));
    QVERIFY(ok);
    QCOMPARE(outboxState(2), QStringLiteral("pending"));
    QCOMPARE(outboxState(1), QStringLiteral("dead"));
    QCOMPARE(auditRows(QStringLiteral("failed_push.retry")), 1);
    // Still open until the pusher knows the outcome.
    QCOMPARE(m_page->model()->totalCount(), FailedPushCache::kOpen);
}

void TestFailedPushesPage::retryAllShownTakesTheFilter()
{
    m_page->filterEdit()->setText(QStringLiteral("Globex"));
    QTest::qWait(300);
    QVERIFY(waitIdle(*m_page->model()));
    QCOMPARE(m_page->model()->totalCount(), 2);
    QVERIFY(runAction([&] { m_page->retryShown(); }));
    QCOMPARE(outboxState(1), QStringLiteral("dead"));
    QCOMPARE(outboxState(2), QStringLiteral("pending"));
    QCOMPARE(outboxState(3), QStringLiteral("pending"));
    QCOMPARE(auditRows(QStringLiteral("failed_push.retry")), 2);
}

void TestFailedPushesPage::retryAGroup()
{
    select(FailedPushCache::kNetwork);
    QVERIFY(!m_page->detail()->problemText().isEmpty());
    m_page->setCurrentView(FailedPushesPage::GroupedView);
    QVERIFY(waitIdle(*m_page->model()));
    // The detail of a row of the other view is gone.
    QVERIFY(m_page->detail()->isShowingHint());
    QCOMPARE(m_page->model()->totalCount(), 3);
    select(FailedPushCache::kLockDate);
    QVERIFY(runAction([&] { m_page->retry(m_page->selectedIds()); }));
    QCOMPARE(outboxState(3), QStringLiteral("pending"));
    QCOMPARE(outboxState(2), QStringLiteral("failed"));
}

void TestFailedPushesPage::resolveMovesItToResolved()
{
    select(FailedPushCache::kLockDate);
    QVERIFY(runAction(
        [&] { m_page->resolve(m_page->selectedIds(), QStringLiteral("Billed in April instead")); }));
    QCOMPARE(m_page->model()->totalCount(), FailedPushCache::kOpen - 1);
    QCOMPARE(auditRows(QStringLiteral("failed_push.resolve")), 1);
    m_page->setCurrentView(FailedPushesPage::ResolvedView);
    QVERIFY(waitIdle(*m_page->model()));
    QCOMPARE(m_page->model()->totalCount(), 2);
    const QString actor = m_cache
                              ->scalar(QStringLiteral("SELECT resolved_by FROM failed_push WHERE id = ?"),
                                       { FailedPushCache::kLockDate })
                              .toString();
    QVERIFY(!actor.isEmpty());
    QVERIFY(actor != QLatin1String("crosswalk"));
}

void TestFailedPushesPage::linkCustomerThroughTheFixDialog()
{
    const auto push = FailedPushStore(m_cache->db()).find(FailedPushCache::kUnmapped);
    QVERIFY(push);
    FixPushDialog dialog(m_cache->db(), push.value());
    QCOMPARE(dialog.fix(), FailedPushCause::Fix::LinkCustomer);
    QSignalSpy loaded(&dialog, &FixPushDialog::customersLoaded);
    QVERIFY(loaded.wait(10000));
    dialog.searchEdit()->setText(QStringLiteral("gmbh"));
    QVERIFY(loaded.wait(10000));
    QCOMPARE(dialog.customerList()->count(), 1);
    QVERIFY(dialog.customerList()->item(0)->text().contains(QStringLiteral("Acme GmbH")));
    QCOMPARE(dialog.canonicalId(), FailedPushCache::kAcmeCanonical);
    dialog.resize(kScreenshotSize / 2);
    QVERIFY(dialog.grab().save(screenshotFolder(QStringLiteral("failedpushes"))
                               + QStringLiteral("/fix-link-customer.png")));

    bool ok = false;
    QVERIFY(runAction([&] { m_page->linkCustomer(push.value().id, dialog.canonicalId()); }, &ok));
    QVERIFY(ok);
    QCOMPARE(m_cache->scalar(QStringLiteral("SELECT canonical_id FROM link WHERE external_id = 'C-1'"))
                 .toLongLong(),
             FailedPushCache::kAcmeCanonical);
    QCOMPARE(outboxState(1), QStringLiteral("pending"));
    QCOMPARE(auditRows(QStringLiteral("link.create")), 1);
    QCOMPARE(auditRows(QStringLiteral("failed_push.retry")), 1);
}

void TestFailedPushesPage::correctBillRateThroughTheFixDialog()
{
    const auto push = FailedPushStore(m_cache->db()).find(FailedPushCache::kUnmapped);
    QVERIFY(push);
    FixPushDialog dialog(m_cache->db(), push.value());
    dialog.setFix(FailedPushCause::Fix::CorrectBillRate);
    QCOMPARE(dialog.billRateMinor(), 0);
    dialog.rateEdit()->setValue(97.5);
    QCOMPARE(dialog.billRateMinor(), 9750);
    bool ok = false;
    QVERIFY(runAction([&] { m_page->correctBillRate(push.value().id, dialog.billRateMinor()); }, &ok));
    QVERIFY(ok);
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT bill_rate_minor FROM placement WHERE id = 1")).toLongLong(),
        9750);
    QCOMPARE(auditRows(QStringLiteral("placement.bill_rate")), 1);
    // A refused fix says why and changes nothing.
    QVERIFY(runAction([&] { m_page->correctBillRate(FailedPushCache::kResolvedByRetry, 100); }, &ok));
    QVERIFY(!ok);
    QVERIFY(!m_page->detail()->banner()->text().isEmpty());
}

void TestFailedPushesPage::resolvedByRetryIsShownAsSuch()
{
    m_page->setCurrentView(FailedPushesPage::ResolvedView);
    QVERIFY(waitIdle(*m_page->model()));
    QCOMPARE(m_page->model()->totalCount(), 1);
    QCOMPARE(m_page->model()->index(0, 10).data().toString(), QStringLiteral("Resolved by a later retry"));
}

void TestFailedPushesPage::demoCacheScreenshot()
{
    m_page.reset();
    auto opened = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    const std::unique_ptr<Database> demo = std::move(opened).value();
    DemoDataOptions options;
    options.customers = 300;
    options.seed = 7;
    options.asOf = QDate::currentDate();
    QVERIFY(DemoDataGenerator::fill(*demo, options).ok());
    {
        FailedPushesPage page(*demo, *m_settings);
        page.resize(kScreenshotSize);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(waitIdle(*page.model()));
        QVERIFY(page.model()->totalCount() > 0);
        page.tableView()->selectionModel()->setCurrentIndex(
            page.model()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QVERIFY(!page.detail()->problemText().isEmpty());
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(screenshotFolder(QStringLiteral("failedpushes"))
                                 + QStringLiteral("/failed-pushes.png")));
        page.setCurrentView(FailedPushesPage::GroupedView);
        QVERIFY(waitIdle(*page.model()));
        QCoreApplication::processEvents();
        QVERIFY(page.grab().save(screenshotFolder(QStringLiteral("failedpushes"))
                                 + QStringLiteral("/failed-pushes-grouped.png")));
    }
    demo->releaseThreadConnection();
}

namespace {

// Runs @p flows once and waits for the end.
bool sync(SyncEngine &engine, const QList<SyncFlow> &flows)
{
    QSignalSpy finished(&engine, &SyncEngine::finished);
    return engine.start(flows) && finished.wait(90000);
}

qint64 invoicesOf(OdooClient &client, qint64 partnerId)
{
    QScopedPointer<OdooReply> reply(client.searchCount(
        QStringLiteral("account.move"),
        QJsonArray { QJsonArray { QStringLiteral("partner_id"), QStringLiteral("="), partnerId },
                     QJsonArray { QStringLiteral("move_type"), QStringLiteral("="),
                                  QStringLiteral("out_invoice") } }));
    QSignalSpy done(reply.data(), &OdooReply::finished);
    if (!reply->isFinished() && !done.wait(20000))
        return -1;
    return reply->ok() ? qint64(reply->result().toDouble()) : -1;
}

} // namespace

void TestFailedPushesPage::unmappedCustomerFixedOnThePageLandsOnce()
{
    OdooSimulatorOptions simulatorOptions;
    simulatorOptions.seed = 7;
    OdooSimulator simulator(simulatorOptions, Clock::system());
    QVERIFY(simulator.listen().ok());
    SyncEngineOptions options;
    options.odoo.url = simulator.url();
    options.odoo.database = simulator.options().database;
    options.odoo.login = simulator.options().login;
    options.odoo.secret = simulator.apiKey();
    options.odooSystemId =
        m_cache->scalar(QStringLiteral("SELECT id FROM system WHERE kind = 'odoo'")).toLongLong();
    OdooClient client(options.odoo);
    QScopedPointer<OdooReply> created(
        client.create(QStringLiteral("res.partner"),
                      QJsonObject { { QStringLiteral("name"), QStringLiteral("Acme GmbH") } }));
    QSignalSpy createdDone(created.data(), &OdooReply::finished);
    QVERIFY(created->isFinished() || createdDone.wait(20000));
    QVERIFY(created->ok());
    const qint64 partner = created->id();
    // The canonical customer Acme's Odoo record is that partner.
    QVERIFY(m_cache->exec(QStringLiteral("UPDATE customer SET external_id = ? WHERE external_id = '501'"),
                          { QString::number(partner) }));
    QVERIFY(m_cache->exec(QStringLiteral("UPDATE link SET external_id = ? WHERE external_id = '501'"),
                          { QString::number(partner) }));

    SyncEngine engine(m_cache->db(), options);
    QVERIFY(sync(engine, { SyncFlow::Timesheets }));
    m_page->refresh();
    QVERIFY(waitIdle(*m_page->model()));
    const QString unmapped =
        QStringLiteral("SELECT id FROM failed_push WHERE state = 'open' AND fingerprint = "
                       "'sync.customer_not_mapped'");
    QSqlQuery query(m_cache->db().connection());
    QVERIFY(query.exec(unmapped));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    QVERIFY(!ids.isEmpty());
    QCOMPARE(invoicesOf(client, partner), 0);

    // Fixed on the page: link the customer (the first fix links, the others find it linked).
    for (qint64 id : std::as_const(ids)) {
        select(id);
        bool ok = false;
        QVERIFY(runAction([&] { m_page->linkCustomer(id, FailedPushCache::kAcmeCanonical); }, &ok));
        QVERIFY(ok);
    }
    QCOMPARE(auditRows(QStringLiteral("link.create")), 1);

    QVERIFY(sync(engine, { SyncFlow::Timesheets }));
    QCOMPARE(invoicesOf(client, partner), qint64(ids.size()));
    for (qint64 id : std::as_const(ids)) {
        const auto push = FailedPushStore(m_cache->db()).find(id);
        QVERIFY(push);
        QVERIFY2(push.value().isResolvedByRetry(), qPrintable(push.value().state + push.value().resolvedBy));
    }
    // Once: another sync sends nothing more.
    QVERIFY(sync(engine, { SyncFlow::Timesheets }));
    QCOMPARE(invoicesOf(client, partner), qint64(ids.size()));
    m_page->setCurrentView(FailedPushesPage::ResolvedView);
    QVERIFY(waitIdle(*m_page->model()));
    QVERIFY(m_page->model()->totalCount() >= ids.size() + 1);
}

QTEST_MAIN(TestFailedPushesPage)
#include "tst_failedpushespage.moc"
