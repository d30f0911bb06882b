#include "cache/database.h"
#include "cachetablemodel.h"
#include "pages/customerspage.h"
#include "pages/unmatchedpage.h"
#include "sandbox/demodatagenerator.h"
#include "util/settings.h"
#include "widgets/decisionbar.h"
#include "widgets/messagebanner.h"
#include "widgets/paircomparisonview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDeadlineTimer>
#include <QDir>
#include <QDoubleSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw;

namespace {

const QSize kScreenshotSize(1280, 800);

qint64 scalar(const Database &cache, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery query(cache.connection());
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

// Waits until the page's list has its count and first rows; false on timeout.
bool waitLoaded(TablePage &page)
{
    CacheTableModel *model = page.model();
    QDeadlineTimer deadline(20000);
    const auto ready = [model] {
        if (model->isLoading() || !model->isCountKnown())
            return false;
        return model->rowCount() == 0 || model->index(0, 0).data(CacheTableModel::LoadedRole).toBool();
    };
    while (!ready() && !deadline.hasExpired())
        QTest::qWait(20);
    return ready();
}

void selectRows(TablePage &page, const QList<int> &rows)
{
    QTableView *view = page.tableView();
    view->clearSelection();
    view->selectionModel()->setCurrentIndex(page.model()->index(rows.first(), 0), QItemSelectionModel::NoUpdate);
    for (int row : rows)
        view->selectionModel()->select(page.model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::setActiveWindow(&page);
    view->setFocus();
}

QString outputFolder()
{
    const QString folder = qEnvironmentVariable("CW_TEST_OUTPUT", QDir::tempPath() + QStringLiteral("/cw-test-output"))
        + QStringLiteral("/mapping");
    QDir().mkpath(folder);
    return folder;
}

} // namespace

class TestMappingPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void acceptThenUndoRestoresTheCache();
    void rejectByKeyThenUndoAndRedo();
    void thresholdsReBandAtOnce();
    void comparisonShowsBothRecords();
    void unmatchedNotACustomerAndUndo();
    void unmatchedCreateInOdooQueuesOnce();
    void unmatchedFiltersBySystem();
    void screenshots();

private:
    qint64 selectedId(TablePage &page) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_cache;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<CustomersPage> m_customers;
    std::unique_ptr<UnmatchedPage> m_unmatched;
};

void TestMappingPages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_dir.isValid());
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    auto opened = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY(opened.ok());
    m_cache = std::move(opened).value();
    DemoDataOptions options;
    options.customers = 300;
    options.seed = 7;
    options.asOf = QDate::currentDate();
    QVERIFY(DemoDataGenerator::fill(*m_cache, options).ok());
    m_customers = std::make_unique<CustomersPage>(*m_cache, *m_settings);
    m_customers->resize(kScreenshotSize);
    m_customers->show();
    m_unmatched = std::make_unique<UnmatchedPage>(*m_cache, *m_settings);
    m_unmatched->resize(kScreenshotSize);
    m_unmatched->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_customers.get()));
}

void TestMappingPages::cleanupTestCase()
{
    m_customers.reset();
    m_unmatched.reset();
    m_cache.reset();
}

qint64 TestMappingPages::selectedId(TablePage &page) const
{
    const QList<qint64> ids = DecisionBar::selectedIds(page.tableView());
    return ids.isEmpty() ? 0 : ids.first();
}

void TestMappingPages::acceptThenUndoRestoresTheCache()
{
    m_customers->setCurrentView(CustomersPage::ReviewView);
    QVERIFY(waitLoaded(*m_customers));
    QVERIFY(m_customers->model()->rowCount() >= 2);
    const qint64 links = scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM link"));
    const qint64 customers = scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM canonical_customer"));

    selectRows(*m_customers, { 0, 1 });
    const QList<qint64> ids = DecisionBar::selectedIds(m_customers->tableView());
    QCOMPARE(ids.size(), 2);
    QVERIFY(m_customers->acceptAction()->isEnabled());
    m_customers->acceptAction()->trigger();
    for (qint64 id : ids)
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status = 'accepted' FROM match_candidate WHERE id = ?"), { id }),
                 1);
    // Both records of each accepted match are now linked to one customer.
    for (qint64 id : ids) {
        QCOMPARE(scalar(*m_cache,
                        QStringLiteral("SELECT COUNT(DISTINCT l.canonical_id) FROM match_candidate m JOIN customer c "
                                       "ON c.id IN (m.left_customer_id, m.right_customer_id) JOIN link l "
                                       "ON l.system_id = c.system_id AND l.external_id = c.external_id WHERE m.id = ?"),
                        { id }),
                 1);
    }
    QVERIFY(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM link")) > links);
    QCOMPARE(m_customers->decisionBar()->banner()->kind(), MessageBanner::Kind::Information);
    QVERIFY(m_customers->decisionBar()->undoAction()->isEnabled());

    QTest::keySequence(m_customers->tableView(), QKeySequence::Undo);
    for (qint64 id : ids)
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status = 'open' FROM match_candidate WHERE id = ?"), { id }), 1);
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM link")), links);
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM canonical_customer")), customers);
    QVERIFY(m_customers->decisionBar()->redoAction()->isEnabled());
}

void TestMappingPages::rejectByKeyThenUndoAndRedo()
{
    m_customers->setCurrentView(CustomersPage::ReviewView);
    QVERIFY(waitLoaded(*m_customers));
    selectRows(*m_customers, { 0 });
    const qint64 id = selectedId(*m_customers);
    QVERIFY(id != 0);
    QTRY_VERIFY(m_customers->tableView()->hasFocus());
    QTest::keyClick(m_customers->tableView(), Qt::Key_R);
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status = 'rejected' FROM match_candidate WHERE id = ?"), { id }), 1);
    QTRY_VERIFY(m_customers->model()->isCountKnown());
    m_customers->decisionBar()->undoAction()->trigger();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status = 'open' FROM match_candidate WHERE id = ?"), { id }), 1);
    m_customers->decisionBar()->redoAction()->trigger();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status = 'rejected' FROM match_candidate WHERE id = ?"), { id }), 1);
    m_customers->decisionBar()->undoAction()->trigger();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status = 'open' FROM match_candidate WHERE id = ?"), { id }), 1);
}

void TestMappingPages::thresholdsReBandAtOnce()
{
    const qint64 open = scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE status = 'open'"));
    QVERIFY(open > 0);
    m_customers->reviewThresholdBox()->setValue(0.05);
    m_customers->autoThresholdBox()->setValue(1.0);
    m_customers->applyThresholds();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE status = 'open' "
                                             "AND band = 'review'")),
             scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE status = 'open' "
                                             "AND score >= 0.05 AND score < 1.0")));
    QCOMPARE(m_settings->reviewThreshold(), 0.05);
    m_customers->reviewThresholdBox()->setValue(0.99);
    m_customers->applyThresholds();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE status = 'open' "
                                             "AND band = 'review'")),
             scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE status = 'open' "
                                             "AND score >= 0.99 AND score < 1.0")));
    m_customers->reviewThresholdBox()->setValue(0.5);
    m_customers->autoThresholdBox()->setValue(0.95);
    m_customers->applyThresholds();
}

void TestMappingPages::comparisonShowsBothRecords()
{
    m_customers->setCurrentView(CustomersPage::ReviewView);
    QVERIFY(waitLoaded(*m_customers));
    selectRows(*m_customers, { 0 });
    QTableWidget *table = m_customers->comparison()->table();
    QCOMPARE(table->rowCount(), 11);
    const qint64 id = selectedId(*m_customers);
    QSqlQuery names(m_cache->connection());
    names.prepare(QStringLiteral("SELECT trim(l.name), trim(r.name) FROM match_candidate m JOIN customer l "
                                 "ON l.id = m.left_customer_id JOIN customer r ON r.id = m.right_customer_id "
                                 "WHERE m.id = ?"));
    names.addBindValue(id);
    QVERIFY(names.exec() && names.next());
    QCOMPARE(table->item(0, 1)->text(), names.value(0).toString());
    QCOMPARE(table->item(0, 2)->text(), names.value(1).toString());
    QVERIFY(!table->item(0, 3)->text().isEmpty());
}

void TestMappingPages::unmatchedNotACustomerAndUndo()
{
    m_unmatched->setCurrentView(UnmatchedPage::UnmatchedView);
    QVERIFY(waitLoaded(*m_unmatched));
    QVERIFY(m_unmatched->model()->rowCount() > 0);
    selectRows(*m_unmatched, { 0 });
    const qint64 record = selectedId(*m_unmatched);
    m_unmatched->notCustomerAction()->trigger();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status = 'not_customer' FROM customer WHERE id = ?"), { record }),
             1);
    m_unmatched->decisionBar()->undoAction()->trigger();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status <> 'not_customer' FROM customer WHERE id = ?"), { record }),
             1);
}

void TestMappingPages::unmatchedCreateInOdooQueuesOnce()
{
    m_unmatched->systemFilter()->setCurrentIndex(m_unmatched->systemFilter()->findText(QStringLiteral("HubSpot"),
                                                                                       Qt::MatchContains));
    m_unmatched->applyFilters();
    QVERIFY(waitLoaded(*m_unmatched));
    QVERIFY(m_unmatched->model()->rowCount() > 0);
    selectRows(*m_unmatched, { 0 });
    const qint64 record = selectedId(*m_unmatched);
    const qint64 before = scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM outbox"));
    m_unmatched->createInOdooAction()->trigger();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM outbox")), before + 1);
    const qint64 canonical =
        scalar(*m_cache, QStringLiteral("SELECT l.canonical_id FROM customer c JOIN link l ON l.system_id = c.system_id "
                                        "AND l.external_id = c.external_id WHERE c.id = ?"),
               { record });
    QVERIFY(canonical > 0);
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE idempotency_key = ? "
                                             "AND operation = 'create_partner' AND state = 'pending'"),
                    { QStringLiteral("odoo:partner:%1").arg(canonical) }),
             1);
    m_unmatched->decisionBar()->undoAction()->trigger();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM outbox")), before);
    m_unmatched->systemFilter()->setCurrentIndex(0);
    m_unmatched->applyFilters();
}

void TestMappingPages::unmatchedFiltersBySystem()
{
    const qint64 system = scalar(*m_cache, QStringLiteral("SELECT id FROM system WHERE kind = 'staffing'"));
    m_unmatched->systemFilter()->setCurrentIndex(m_unmatched->systemFilter()->findData(system));
    m_unmatched->applyFilters();
    QVERIFY(waitLoaded(*m_unmatched));
    QCOMPARE(m_unmatched->model()->totalCount(),
             scalar(*m_cache,
                    QStringLiteral("SELECT COUNT(*) FROM customer c WHERE c.system_id = ? AND c.status <> 'not_customer' "
                                   "AND NOT EXISTS (SELECT 1 FROM link l WHERE l.system_id = c.system_id "
                                   "AND l.external_id = c.external_id)"),
                    { system }));
    m_unmatched->systemFilter()->setCurrentIndex(0);
    m_unmatched->applyFilters();
}

void TestMappingPages::screenshots()
{
    m_customers->setCurrentView(CustomersPage::ReviewView);
    QVERIFY(waitLoaded(*m_customers));
    selectRows(*m_customers, { 0 });
    QTest::qWait(100);
    QVERIFY(m_customers->grab().save(outputFolder() + QStringLiteral("/customers-review.png")));
    m_customers->setCurrentView(CustomersPage::CanonicalView);
    QVERIFY(waitLoaded(*m_customers));
    QTest::qWait(100);
    QVERIFY(m_customers->grab().save(outputFolder() + QStringLiteral("/customers.png")));
    QVERIFY(waitLoaded(*m_unmatched));
    selectRows(*m_unmatched, { 0 });
    QTest::qWait(100);
    QVERIFY(m_unmatched->grab().save(outputFolder() + QStringLiteral("/unmatched.png")));
}

QTEST_MAIN(TestMappingPages)
#include "tst_mappingpages.moc"
