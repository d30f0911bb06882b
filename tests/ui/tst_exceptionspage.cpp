#include "cache/database.h"
#include "cachetablemodel.h"
#include "pages/exceptionspage.h"
#include "sandbox/demodatagenerator.h"
#include "tempcache.h"
#include "uitestwait.h"
#include "util/settings.h"

#include <QApplication>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using cw::test::TempCache;
using cw::test::waitIdle;

class TestExceptionsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rulesRunAndFillTheList();
    void showsRulesInWords();
    void acknowledgeAssignResolveReopenWithAudit();
    void emptyReasonIsRefusedAndChangesNothing();
    void actionsNeedASelection();
    void toolbarFitsBesideTheNavigation();

private:
    qint64 scalar(const QString &sql, const QVariantList &values = {}) const;
    QString stateOf(qint64 id) const;

    std::unique_ptr<TempCache> m_cache;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ExceptionsPage> m_page;
};

void TestExceptionsPage::initTestCase()
{
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    DemoDataOptions options;
    options.customers = 80;
    options.seed = 11;
    options.asOf = QDate(2026, 3, 31);
    const auto filled = DemoDataGenerator::fill(m_cache->db(), options);
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().toString()));
    // Start from no cases, so the list is filled by running the rules from the page.
    QVERIFY(m_cache->exec(QStringLiteral("DELETE FROM revenue_exception")));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_page = std::make_unique<ExceptionsPage>(m_cache->db(), *m_settings, options.asOf);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY(waitIdle(*m_page->model()));
    QCOMPARE(m_page->model()->totalCount(), 0);
}

qint64 TestExceptionsPage::scalar(const QString &sql, const QVariantList &values) const
{
    return m_cache->scalar(sql, values).toLongLong();
}

QString TestExceptionsPage::stateOf(qint64 id) const
{
    return m_cache->scalar(QStringLiteral("SELECT state FROM revenue_exception WHERE id = ?"), { id })
        .toString();
}

void TestExceptionsPage::rulesRunAndFillTheList()
{
    QSignalSpy finished(m_page.get(), &ExceptionsPage::rulesFinished);
    m_page->runRules();
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    const qint64 open = scalar(QStringLiteral("SELECT COUNT(*) FROM revenue_exception WHERE state = 'open'"));
    QVERIFY(open > 0);
    QVERIFY(waitIdle(*m_page->model()));
    QCOMPARE(m_page->model()->totalCount(), open);
}

void TestExceptionsPage::showsRulesInWords()
{
    const QString stored =
        m_cache->scalar(QStringLiteral("SELECT rule FROM revenue_exception LIMIT 1")).toString();
    const QString shown = m_page->model()->index(0, 0).data().toString();
    QVERIFY(!shown.isEmpty());
    QVERIFY2(!shown.contains(u'_'), qPrintable(shown));
    QVERIFY(!stored.isEmpty());
}

void TestExceptionsPage::acknowledgeAssignResolveReopenWithAudit()
{
    QTableView *table = m_page->tableView();
    table->selectionModel()->select(m_page->model()->index(0, 0),
                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->selectionModel()->select(m_page->model()->index(1, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> ids = m_page->selectedIds();
    QCOMPARE(ids.size(), 2);
    const qint64 auditBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    QVERIFY(m_page->acknowledge(ids, QStringLiteral("Customer disputes the rate")).ok());
    for (const qint64 id : ids)
        QCOMPARE(stateOf(id), QStringLiteral("acknowledged"));
    QVERIFY(m_page->assign(ids, QStringLiteral("finance.lead")).ok());
    QCOMPARE(
        m_cache->scalar(QStringLiteral("SELECT owner FROM revenue_exception WHERE id = ?"), { ids.first() })
            .toString(),
        QStringLiteral("finance.lead"));
    QVERIFY(m_page->resolve({ ids.first() }, QStringLiteral("Credit note issued")).ok());
    QCOMPARE(stateOf(ids.first()), QStringLiteral("resolved"));
    QVERIFY(m_page->reopen({ ids.first() }).ok());
    QCOMPARE(stateOf(ids.first()), QStringLiteral("open"));
    // One audit row per change and case, by the person at the keyboard.
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 2 + 2 + 1 + 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = ?"), { ExceptionsPage::actor() }),
        6);
}

void TestExceptionsPage::emptyReasonIsRefusedAndChangesNothing()
{
    const qint64 id =
        scalar(QStringLiteral("SELECT id FROM revenue_exception WHERE state = 'open' ORDER BY id LIMIT 1"));
    const qint64 auditBefore = scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const auto refused = m_page->resolve({ id }, QString());
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().category(), Error::Category::Validation);
    QCOMPARE(stateOf(id), QStringLiteral("open"));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
}

void TestExceptionsPage::actionsNeedASelection()
{
    m_page->tableView()->clearSelection();
    const QList<QPushButton *> buttons = m_page->findChildren<QPushButton *>();
    int disabled = 0;
    for (QPushButton *button : buttons) {
        if (!button->isEnabled())
            ++disabled;
    }
    QCOMPARE(disabled, 4);
    m_page->tableView()->selectRow(0);
    for (QPushButton *button : buttons)
        QVERIFY2(button->isEnabled(), qPrintable(button->text()));
    QVERIFY(m_page->grab().save(cw::test::screenshotFolder(QStringLiteral("exceptions"))
                                + QStringLiteral("/exceptions-selected.png")));
}

void TestExceptionsPage::toolbarFitsBesideTheNavigation()
{
    // In a 1280 pixel window the navigation leaves the page 1000 to 1100 pixels (more with longer
    // translations of its entries); the longest view name is chosen. Every control and the record
    // count keep at least their natural width.
    m_page->resize(1000, 800);
    auto *views = m_page->findChild<QComboBox *>();
    QVERIFY(views);
    views->setCurrentIndex(views->count() - 1);
    QVERIFY(waitIdle(*m_page->model()));
    QApplication::processEvents();
    // A page whose controls need more cannot be made this narrow: the window would have to grow.
    QCOMPARE(m_page->width(), 1000);
    QVERIFY(!m_page->countText().isEmpty());
    bool countShown = false;
    for (const QLabel *label : m_page->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || label->text().isEmpty())
            continue;
        QVERIFY2(label->width() >= label->sizeHint().width(), qPrintable(label->text()));
        QVERIFY2(m_page->rect().contains(QRect(label->mapTo(m_page.get(), QPoint()), label->size())),
                 qPrintable(label->text()));
        countShown = countShown || label->text() == m_page->countText();
    }
    QVERIFY(countShown);
    for (const QPushButton *button : m_page->findChildren<QPushButton *>()) {
        if (!button->isVisible())
            continue;
        QVERIFY2(button->width() >= button->sizeHint().width(), qPrintable(button->text()));
        QVERIFY2(m_page->rect().contains(QRect(button->mapTo(m_page.get(), QPoint()), button->size())),
                 qPrintable(button->text()));
    }
    QVERIFY(m_page->grab().save(cw::test::screenshotFolder(QStringLiteral("exceptions"))
                                + QStringLiteral("/exceptions-1000px.png")));
    views->setCurrentIndex(0);
    m_page->resize(1280, 800);
    QVERIFY(waitIdle(*m_page->model()));
}

QTEST_MAIN(TestExceptionsPage)
#include "tst_exceptionspage.moc"
