#include "cache/database.h"
#include "cachetablemodel.h"
#include "dialogs/customerpickerdialog.h"
#include "matching/cachematchjob.h"
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
#include <QLineEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
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
    view->selectionModel()->setCurrentIndex(page.model()->index(rows.first(), 0),
                                            QItemSelectionModel::NoUpdate);
    for (int row : rows)
        view->selectionModel()->select(page.model()->index(row, 0),
                                       QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QApplication::setActiveWindow(&page);
    view->setFocus();
}

// The canonical customer record @p customerId is linked to; 0 when none.
qint64 canonicalOf(const Database &cache, qint64 customerId)
{
    return std::max<qint64>(
        0,
        scalar(cache,
               QStringLiteral("SELECT l.canonical_id FROM customer c JOIN link l "
                              "ON l.system_id = c.system_id AND l.external_id = c.external_id "
                              "AND l.entity = 'customer' WHERE c.id = ?"),
               { customerId }));
}

qint64 linksOf(const Database &cache, qint64 canonicalId)
{
    return scalar(cache,
                  QStringLiteral("SELECT COUNT(*) FROM link WHERE entity = 'customer' AND canonical_id = ?"),
                  { canonicalId });
}

// Triggers @p action, which opens the customer picker, and answers it the way a person would:
// searches for customer @p canonicalId by name, selects it and presses Link. False if no picker
// opened or the customer was not in its list.
bool linkThroughPicker(QAction *action, const Database &cache, qint64 canonicalId)
{
    QSqlQuery name(cache.connection());
    name.prepare(QStringLiteral("SELECT name FROM canonical_customer WHERE id = ?"));
    name.addBindValue(canonicalId);
    if (!name.exec() || !name.next())
        return false;
    const QString search = name.value(0).toString();
    bool picked = false;
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *picker = qobject_cast<CustomerPickerDialog *>(QApplication::activeModalWidget());
        if (!picker)
            return;
        poll.stop();
        picker->searchEdit()->setText(search);
        auto *model = qobject_cast<CacheTableModel *>(picker->table()->model());
        QDeadlineTimer deadline(20000);
        int row = -1;
        while (row < 0 && !deadline.hasExpired()) {
            QTest::qWait(50);
            if (model->isLoading() || !model->isCountKnown())
                continue;
            for (int r = 0; r < model->rowCount() && row < 0; ++r) {
                if (model->index(r, 0).data(CacheTableModel::RowIdRole).toLongLong() == canonicalId)
                    row = r;
            }
        }
        if (row >= 0) {
            picker->table()->selectRow(row);
            picked = picker->selectedCustomer() == canonicalId;
        }
        picked ? picker->accept() : picker->reject();
    });
    poll.start();
    action->trigger();
    return picked;
}

QString outputFolder()
{
    const QString folder =
        qEnvironmentVariable("CW_TEST_OUTPUT", QDir::tempPath() + QStringLiteral("/cw-test-output"))
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
    void mergeByKeyThenUndo();
    void splitThenUndo();
    void linkTwoRecordsTogether();
    void linkRecordToSearchedCustomer();
    void unmatchedLinkToSearchedCustomer();
    void weightsShowOnceMatched();
    void screenshots();

private:
    qint64 selectedId(TablePage &page) const;
    /// Shows the Records view and selects a linked record, linked to a customer with another
    /// record too when @p shared; returns the record's id, 0 if none among the loaded rows.
    qint64 selectLinkedRecord(bool shared);

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
        QCOMPARE(scalar(*m_cache,
                        QStringLiteral("SELECT status = 'accepted' FROM match_candidate WHERE id = ?"),
                        { id }),
                 1);
    // Both records of each accepted match are now linked to one customer.
    for (qint64 id : ids) {
        QCOMPARE(scalar(*m_cache,
                        QStringLiteral(
                            "SELECT COUNT(DISTINCT l.canonical_id) FROM match_candidate m JOIN customer c "
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
        QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status = 'open' FROM match_candidate WHERE id = ?"),
                        { id }),
                 1);
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
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status = 'rejected' FROM match_candidate WHERE id = ?"),
                    { id }),
             1);
    QTRY_VERIFY(m_customers->model()->isCountKnown());
    m_customers->decisionBar()->undoAction()->trigger();
    QCOMPARE(
        scalar(*m_cache, QStringLiteral("SELECT status = 'open' FROM match_candidate WHERE id = ?"), { id }),
        1);
    m_customers->decisionBar()->redoAction()->trigger();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status = 'rejected' FROM match_candidate WHERE id = ?"),
                    { id }),
             1);
    m_customers->decisionBar()->undoAction()->trigger();
    QCOMPARE(
        scalar(*m_cache, QStringLiteral("SELECT status = 'open' FROM match_candidate WHERE id = ?"), { id }),
        1);
}

void TestMappingPages::thresholdsReBandAtOnce()
{
    const qint64 open =
        scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE status = 'open'"));
    QVERIFY(open > 0);
    m_customers->reviewThresholdBox()->setValue(0.05);
    m_customers->autoThresholdBox()->setValue(1.0);
    m_customers->applyThresholds();
    QCOMPARE(scalar(*m_cache,
                    QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE status = 'open' "
                                   "AND band = 'review'")),
             scalar(*m_cache,
                    QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE status = 'open' "
                                   "AND score >= 0.05 AND score < 1.0")));
    QCOMPARE(m_settings->reviewThreshold(), 0.05);
    m_customers->reviewThresholdBox()->setValue(0.99);
    m_customers->applyThresholds();
    QCOMPARE(scalar(*m_cache,
                    QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE status = 'open' "
                                   "AND band = 'review'")),
             scalar(*m_cache,
                    QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE status = 'open' "
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
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status = 'not_customer' FROM customer WHERE id = ?"),
                    { record }),
             1);
    m_unmatched->decisionBar()->undoAction()->trigger();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT status <> 'not_customer' FROM customer WHERE id = ?"),
                    { record }),
             1);
}

void TestMappingPages::unmatchedCreateInOdooQueuesOnce()
{
    m_unmatched->systemFilter()->setCurrentIndex(
        m_unmatched->systemFilter()->findText(QStringLiteral("HubSpot"), Qt::MatchContains));
    m_unmatched->applyFilters();
    QVERIFY(waitLoaded(*m_unmatched));
    QVERIFY(m_unmatched->model()->rowCount() > 0);
    selectRows(*m_unmatched, { 0 });
    const qint64 record = selectedId(*m_unmatched);
    const qint64 before = scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM outbox"));
    m_unmatched->createInOdooAction()->trigger();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM outbox")), before + 1);
    const qint64 canonical = scalar(
        *m_cache,
        QStringLiteral("SELECT l.canonical_id FROM customer c JOIN link l ON l.system_id = c.system_id "
                       "AND l.external_id = c.external_id WHERE c.id = ?"),
        { record });
    QVERIFY(canonical > 0);
    QCOMPARE(scalar(*m_cache,
                    QStringLiteral("SELECT COUNT(*) FROM outbox WHERE idempotency_key = ? "
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
    QCOMPARE(
        m_unmatched->model()->totalCount(),
        scalar(*m_cache,
               QStringLiteral(
                   "SELECT COUNT(*) FROM customer c WHERE c.system_id = ? AND c.status <> 'not_customer' "
                   "AND NOT EXISTS (SELECT 1 FROM link l WHERE l.system_id = c.system_id "
                   "AND l.external_id = c.external_id)"),
               { system }));
    m_unmatched->systemFilter()->setCurrentIndex(0);
    m_unmatched->applyFilters();
}

qint64 TestMappingPages::selectLinkedRecord(bool shared)
{
    m_customers->setCurrentView(CustomersPage::RecordsView);
    if (!waitLoaded(*m_customers))
        return 0;
    CacheTableModel *model = m_customers->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex index = model->index(r, 0);
        if (!index.data(CacheTableModel::LoadedRole).toBool())
            break;
        const qint64 record = index.data(CacheTableModel::RowIdRole).toLongLong();
        const qint64 canonical = canonicalOf(*m_cache, record);
        if (canonical > 0 && (!shared || linksOf(*m_cache, canonical) > 1)) {
            selectRows(*m_customers, { r });
            return selectedId(*m_customers) == record ? record : 0;
        }
    }
    return 0;
}

void TestMappingPages::mergeByKeyThenUndo()
{
    m_customers->setCurrentView(CustomersPage::CanonicalView);
    QVERIFY(waitLoaded(*m_customers));
    QVERIFY(m_customers->model()->rowCount() >= 2);
    selectRows(*m_customers, { 0, 1 });
    const QList<qint64> ids = DecisionBar::selectedIds(m_customers->tableView());
    QCOMPARE(ids.size(), 2);
    const qint64 customers = scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM canonical_customer"));
    const qint64 kept = linksOf(*m_cache, ids[0]);
    const qint64 moved = linksOf(*m_cache, ids[1]);
    QVERIFY(moved > 0);
    QVERIFY(m_customers->mergeAction()->isEnabled());
    QTRY_VERIFY(m_customers->tableView()->hasFocus());
    QTest::keyClick(m_customers->tableView(), Qt::Key_M);

    // The second customer's records now belong to the first; the second is gone.
    QCOMPARE(linksOf(*m_cache, ids[0]), kept + moved);
    QCOMPARE(linksOf(*m_cache, ids[1]), 0);
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM canonical_customer")), customers - 1);
    QCOMPARE(m_customers->decisionBar()->banner()->kind(), MessageBanner::Kind::Information);

    m_customers->decisionBar()->undoAction()->trigger();
    QCOMPARE(scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM canonical_customer")), customers);
    QCOMPARE(linksOf(*m_cache, ids[0]), kept);
    QCOMPARE(linksOf(*m_cache, ids[1]), moved);
}

void TestMappingPages::splitThenUndo()
{
    const qint64 record = selectLinkedRecord(true);
    QVERIFY(record != 0);
    const qint64 before = canonicalOf(*m_cache, record);
    const qint64 together = linksOf(*m_cache, before);
    QVERIFY(m_customers->splitAction()->isEnabled());
    m_customers->splitAction()->trigger();

    // The record has a customer of its own; the others stay where they were.
    const qint64 after = canonicalOf(*m_cache, record);
    QVERIFY(after > 0);
    QVERIFY(after != before);
    QCOMPARE(linksOf(*m_cache, after), 1);
    QCOMPARE(linksOf(*m_cache, before), together - 1);

    m_customers->decisionBar()->undoAction()->trigger();
    QCOMPARE(canonicalOf(*m_cache, record), before);
    QCOMPARE(linksOf(*m_cache, before), together);
    QCOMPARE(
        scalar(*m_cache, QStringLiteral("SELECT COUNT(*) FROM canonical_customer WHERE id = ?"), { after }),
        0);
}

void TestMappingPages::linkTwoRecordsTogether()
{
    m_customers->setCurrentView(CustomersPage::RecordsView);
    QVERIFY(waitLoaded(*m_customers));
    // Two records of different customers (or none).
    const qint64 first = m_customers->model()->index(0, 0).data(CacheTableModel::RowIdRole).toLongLong();
    int other = -1;
    for (int r = 1; r < m_customers->model()->rowCount() && other < 0; ++r) {
        const qint64 id = m_customers->model()->index(r, 0).data(CacheTableModel::RowIdRole).toLongLong();
        if (canonicalOf(*m_cache, id) != canonicalOf(*m_cache, first) || canonicalOf(*m_cache, first) == 0)
            other = r;
    }
    QVERIFY(other > 0);
    selectRows(*m_customers, { 0, other });
    const QList<qint64> ids = DecisionBar::selectedIds(m_customers->tableView());
    QCOMPARE(ids.size(), 2);
    const qint64 firstBefore = canonicalOf(*m_cache, ids[0]);
    const qint64 secondBefore = canonicalOf(*m_cache, ids[1]);
    QVERIFY(m_customers->linkAction()->isEnabled());
    m_customers->linkAction()->trigger(); // two records: no dialog, they join one customer

    const qint64 joined = canonicalOf(*m_cache, ids[0]);
    QVERIFY(joined > 0);
    QCOMPARE(canonicalOf(*m_cache, ids[1]), joined);

    m_customers->decisionBar()->undoAction()->trigger();
    QCOMPARE(canonicalOf(*m_cache, ids[0]), firstBefore);
    QCOMPARE(canonicalOf(*m_cache, ids[1]), secondBefore);
}

void TestMappingPages::linkRecordToSearchedCustomer()
{
    const qint64 record = selectLinkedRecord(false);
    QVERIFY(record != 0);
    const qint64 before = canonicalOf(*m_cache, record);
    const qint64 target =
        scalar(*m_cache, QStringLiteral("SELECT MIN(id) FROM canonical_customer WHERE id <> ?"), { before });
    QVERIFY(target > 0);
    QVERIFY(linkThroughPicker(m_customers->linkAction(), *m_cache, target));
    QCOMPARE(canonicalOf(*m_cache, record), target);

    m_customers->decisionBar()->undoAction()->trigger();
    QCOMPARE(canonicalOf(*m_cache, record), before);
}

void TestMappingPages::unmatchedLinkToSearchedCustomer()
{
    m_unmatched->setCurrentView(UnmatchedPage::UnmatchedView);
    QVERIFY(waitLoaded(*m_unmatched));
    QVERIFY(m_unmatched->model()->rowCount() > 0);
    selectRows(*m_unmatched, { 0 });
    const qint64 record = selectedId(*m_unmatched);
    QCOMPARE(canonicalOf(*m_cache, record), 0);
    const qint64 target = scalar(*m_cache, QStringLiteral("SELECT MIN(id) FROM canonical_customer"));
    QVERIFY(m_unmatched->linkToCustomerAction()->isEnabled());
    QVERIFY(linkThroughPicker(m_unmatched->linkToCustomerAction(), *m_cache, target));
    QCOMPARE(canonicalOf(*m_cache, record), target);
    // Linked records leave the list.
    QVERIFY(waitLoaded(*m_unmatched));
    QTRY_VERIFY(m_unmatched->model()->rowCount() == 0
                || m_unmatched->model()->index(0, 0).data(CacheTableModel::RowIdRole).toLongLong() != record);

    m_unmatched->decisionBar()->undoAction()->trigger();
    QCOMPARE(canonicalOf(*m_cache, record), 0);
}

void TestMappingPages::weightsShowOnceMatched()
{
    constexpr int kWeightColumn = 4;
    m_customers->setCurrentView(CustomersPage::ReviewView);
    QVERIFY(waitLoaded(*m_customers));
    selectRows(*m_customers, { 0 });
    QTableWidget *table = m_customers->comparison()->table();
    // The demo generator's matches carry similarities, not weights: no empty weight column.
    QVERIFY(table->isColumnHidden(kWeightColumn));

    QSignalSpy done(m_customers->matchJob(), &CacheMatchJob::finished);
    m_customers->matchNow();
    QVERIFY(done.wait(120000));
    const qint64 scored = scalar(*m_cache,
                                 QStringLiteral("SELECT MIN(id) FROM match_candidate WHERE status = 'open' "
                                                "AND band = 'review' AND explanation LIKE '%\"fields\"%'"));
    QVERIFY(scored > 0);
    QVERIFY(waitLoaded(*m_customers));
    int row = -1;
    for (int r = 0; r < m_customers->model()->rowCount() && row < 0; ++r) {
        if (m_customers->model()->index(r, 0).data(CacheTableModel::RowIdRole).toLongLong() == scored)
            row = r;
    }
    QVERIFY(row >= 0);
    selectRows(*m_customers, { row });
    QVERIFY(!table->isColumnHidden(kWeightColumn));
    for (int r = 0; r < table->rowCount(); ++r)
        QVERIFY(!table->item(r, kWeightColumn)->text().isEmpty());
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
