#include "agebucketchartmodel.h"
#include "cache/database.h"
#include "cachetablemodel.h"
#include "cellformatter.h"
#include "charts/chartcard.h"
#include "charts/chartexporter.h"
#include "charts/stackedbarchart.h"
#include "dialogs/drilldowndialog.h"
#include "exceptiontrendmodel.h"
#include "failedpushparetomodel.h"
#include "kpi/kpiengine.h"
#include "pages/dashboardpage.h"
#include "sandbox/demodatagenerator.h"
#include "util/settings.h"
#include "widgets/summarytile.h"
#include "uitestwait.h"
#include "widgets/tablepage.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTest>

using namespace cw;
using cw::test::waitIdle;

namespace {

QByteArray head(const QString &path, int bytes)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(bytes) : QByteArray();
}

qint64 countOf(const Database &database, const DrillDown &drill)
{
    QSqlQuery query(database.connection());
    query.prepare(drill.countSql());
    for (const QVariant &value : drill.values)
        query.addBindValue(value);
    return query.exec() && query.next() ? query.value(0).toLongLong() : -1;
}

QPalette darkPalette()
{
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x23, 0x26, 0x2b));
    dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x2a, 0x30));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    dark.setColor(QPalette::Button, QColor(0x2d, 0x31, 0x37));
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa1, 0xab));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xe0));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    return dark;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void tilesShowTheEngineFigures();
    void chartsShowTheBreakdowns();
    void tileOpensTheRecordsBehindIt();
    void chartElementsOpenTheirRecords();
    void filterChangeRecomputesWithTheLatestFilter();
    void chartsExportAsPngSvgPdf();
    void reportIsAOnePagePdf();
    void screenshots_data();
    void screenshots();

private:
    bool waitFigures();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_cache;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<DashboardPage> m_page;
};

void TestDashboardPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    auto opened = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(opened.ok(), opened.ok() ? "" : qPrintable(opened.error().toString()));
    m_cache = std::move(opened).value();
    DemoDataOptions options;
    options.customers = 200;
    options.seed = 7;
    options.asOf = QDate::currentDate();
    const auto filled = DemoDataGenerator::fill(*m_cache, options);
    QVERIFY2(filled.ok(), filled.ok() ? "" : qPrintable(filled.error().toString()));
    m_page = std::make_unique<DashboardPage>(*m_cache, *m_settings);
    m_page->resize(1280, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_page->refresh();
    QVERIFY(waitFigures());
}

void TestDashboardPage::cleanupTestCase()
{
    m_page.reset();
    m_cache.reset();
}

bool TestDashboardPage::waitFigures()
{
    QSignalSpy shown(m_page.get(), &DashboardPage::figuresShown);
    return shown.wait(60000);
}

void TestDashboardPage::tilesShowTheEngineFigures()
{
    KpiEngine engine(*m_cache);
    const auto expected = engine.snapshot(m_page->filter());
    QVERIFY2(expected.ok(), expected.ok() ? "" : qPrintable(expected.error().toString()));
    const KpiSnapshot &snapshot = expected.value();
    QCOMPARE(m_page->snapshot().tiles.size(), snapshot.tiles.size());
    const CellFormatter formatter;
    const KpiTile *hours = snapshot.tile(KpiTile::Id::UnbilledHours);
    QVERIFY(hours && hours->value);
    QCOMPARE(m_page->tile(KpiTile::Id::UnbilledHours)->value(), formatter.hours(qint64(*hours->value)));
    const KpiTile *value = snapshot.tile(KpiTile::Id::UnbilledValue);
    QCOMPARE(m_page->tile(KpiTile::Id::UnbilledValue)->value(), formatter.money(qint64(*value->value), value->currency));
    const KpiTile *failed = snapshot.tile(KpiTile::Id::FailedPushes);
    QCOMPARE(m_page->tile(KpiTile::Id::FailedPushes)->value(), QLocale().toString(qint64(*failed->value)));
    const KpiTile *exceptions = snapshot.tile(KpiTile::Id::OpenExceptions);
    QCOMPARE(m_page->tile(KpiTile::Id::OpenExceptions)->value(), QLocale().toString(qint64(*exceptions->value)));
    // Every tile carries its trend against the previous period.
    for (int id = 0; id <= int(KpiTile::Id::Dso); ++id) {
        SummaryTile *tile = m_page->tile(KpiTile::Id(id));
        QVERIFY2(!tile->trendText().isEmpty(), qPrintable(tile->title()));
        QVERIFY(tile->value() != QStringLiteral("…"));
    }
    // The trend's colour follows whether the change is good news.
    const KpiTile *shown = m_page->snapshot().tile(KpiTile::Id::UnbilledValue);
    const auto change = shown->change();
    if (change && *change >= 0.5)
        QCOMPARE(m_page->tile(KpiTile::Id::UnbilledValue)->trend(), SummaryTile::Trend::Worse);
}

void TestDashboardPage::chartsShowTheBreakdowns()
{
    const KpiSnapshot &snapshot = m_page->snapshot();
    QVERIFY(!snapshot.unbilled.byCustomer.isEmpty());
    QCOMPARE(m_page->ageModel()->rowCount(), std::min<int>(8, int(snapshot.unbilled.byCustomer.size())));
    QCOMPARE(m_page->ageModel()->headerData(0, Qt::Vertical).toString(), snapshot.unbilled.byCustomer.first().label);
    QVERIFY(m_page->ageChart()->isShowingChart());
    QCOMPARE(m_page->paretoModel()->rowCount(), int(snapshot.health.failedByCategory.size()));
    QCOMPARE(m_page->paretoModel()->total(), snapshot.health.openFailedPushes);
    QCOMPARE(m_page->exceptionModel()->columnCount(), ExceptionStats::kWeeks);
    QCOMPARE(m_page->exceptionChart()->isShowingChart(), m_page->exceptionModel()->rowCount() > 0);
}

void TestDashboardPage::tileOpensTheRecordsBehindIt()
{
    for (const KpiTile::Id id : { KpiTile::Id::UnbilledHours, KpiTile::Id::OpenExceptions, KpiTile::Id::FailedPushes,
                                  KpiTile::Id::UnmatchedCustomers }) {
        QSignalSpy opened(m_page.get(), &DashboardPage::drillDownOpened);
        QTest::mouseClick(m_page->tile(id), Qt::LeftButton);
        QCOMPARE(opened.count(), 1);
        auto *dialog = qobject_cast<DrillDownDialog *>(opened.first().first().value<QWidget *>());
        QVERIFY(dialog);
        QVERIFY(waitIdle(*dialog->list()->model()));
        const qint64 expected = countOf(*m_cache, m_page->snapshot().tile(id)->drill);
        QVERIFY(expected >= 0);
        QCOMPARE(dialog->list()->model()->totalCount(), expected);
        dialog->close();
    }
}

void TestDashboardPage::chartElementsOpenTheirRecords()
{
    auto *ageChart = qobject_cast<StackedBarChart *>(m_page->ageChart()->chart());
    QVERIFY(ageChart);
    QSignalSpy opened(m_page.get(), &DashboardPage::drillDownOpened);
    emit ageChart->activated(m_page->ageModel()->index(0, 0));
    QCOMPARE(opened.count(), 1);
    auto *dialog = qobject_cast<DrillDownDialog *>(opened.first().first().value<QWidget *>());
    QVERIFY(waitIdle(*dialog->list()->model()));
    const UnbilledSummary::Row &top = m_page->snapshot().unbilled.byCustomer.first();
    // The list holds exactly the lines summed into the bar segment.
    QCOMPARE(dialog->list()->model()->totalCount(), top.buckets[0].lines);
    QVERIFY(dialog->windowTitle().contains(top.label));
    dialog->close();
}

void TestDashboardPage::filterChangeRecomputesWithTheLatestFilter()
{
    QComboBox *currency = m_page->currencyBox();
    QVERIFY(currency->count() > 1);
    QSignalSpy shown(m_page.get(), &DashboardPage::figuresShown);
    // Three changes in a row: only the figures of the last one may be shown.
    m_page->asOfEdit()->setDate(QDate::currentDate().addDays(-3));
    m_page->asOfEdit()->setDate(QDate::currentDate().addDays(-2));
    currency->setCurrentIndex(1);
    QVERIFY(shown.wait(60000));
    QCOMPARE(m_page->snapshot().filter.asOf, QDate::currentDate().addDays(-2));
    QCOMPARE(m_page->snapshot().filter.currency, currency->currentData().toString());
    QCOMPARE(m_page->snapshot().tile(KpiTile::Id::UnbilledValue)->currency, currency->currentData().toString());
    QCOMPARE(m_page->ageModel()->currency(), currency->currentData().toString());

    QTest::qWait(300);
    QCOMPARE(shown.count(), 1);
    const QSignalBlocker block(m_page->asOfEdit());
    m_page->asOfEdit()->setDate(QDate::currentDate());
    currency->setCurrentIndex(0);
    QVERIFY(shown.wait(60000));
    QVERIFY(m_page->snapshot().filter.currency.isEmpty());
}

void TestDashboardPage::chartsExportAsPngSvgPdf()
{
    QWidget *chart = m_page->ageChart()->chart();
    const QString base = m_dir.filePath(QStringLiteral("age"));
    QVERIFY(ChartExporter::save(chart, base + QStringLiteral(".png"), QStringLiteral("Age")).ok());
    const QImage image(base + QStringLiteral(".png"));
    QCOMPARE(image.size(), chart->size() * 2);
    QVERIFY(ChartExporter::save(chart, base + QStringLiteral(".svg"), QStringLiteral("Age")).ok());
    const QByteArray svg = head(base + QStringLiteral(".svg"), 4096);
    QVERIFY(svg.contains("<svg"));
    QVERIFY(svg.contains("<title>Age</title>"));
    QVERIFY(ChartExporter::save(chart, base + QStringLiteral(".pdf"), QStringLiteral("Age")).ok());
    QCOMPARE(head(base + QStringLiteral(".pdf"), 5), QByteArray("%PDF-"));
    QVERIFY(QFileInfo(base + QStringLiteral(".pdf")).size() > 1000);

    const auto refused = ChartExporter::save(chart, base + QStringLiteral(".bmp"), QStringLiteral("Age"));
    QVERIFY(!refused.ok());
    QVERIFY(!QFile::exists(base + QStringLiteral(".bmp")));
}

void TestDashboardPage::reportIsAOnePagePdf()
{
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    const auto written = m_page->writeReport(path);
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
    QVERIFY(pdf.size() > 10000);
    // Printing uses a light palette; the screen keeps its own.
    QCOMPARE(m_page->ageChart()->chart()->palette(), m_page->palette());
    QFile::copy(path, cw::test::screenshotFolder(QStringLiteral("dashboard")) + QStringLiteral("/dashboard-report.pdf"));
}

void TestDashboardPage::screenshots_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::newRow("1280x800") << QSize(1280, 800) << false;
    QTest::newRow("1920x1080") << QSize(1920, 1080) << false;
    QTest::newRow("1280x800-dark") << QSize(1280, 800) << true;
}

void TestDashboardPage::screenshots()
{
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    const QPalette original = m_page->palette();
    if (dark)
        m_page->setPalette(darkPalette());
    m_page->resize(size);
    QCoreApplication::processEvents();
    const QString name = QStringLiteral("dashboard-%1.png").arg(QString::fromLatin1(QTest::currentDataTag()));
    QVERIFY(m_page->grab().save(cw::test::screenshotFolder(QStringLiteral("dashboard")) + u'/' + name));
    m_page->setPalette(original);
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
