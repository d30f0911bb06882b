// The Dashboard page on a large cache (issue 7's performance target: figures within 200 ms after
// a filter change, the dashboard shown within 500 ms from opening, the UI thread never blocked).
//
// Usage: QT_QPA_PLATFORM=offscreen bench_dashboard [--customers N] [--cache PATH] [--reuse] [--runs N]
// Fills PATH (default: a temporary file) with DemoDataGenerator (default 1,000 customers, about
// 100,000 timesheet lines; --customers 10000 gives about a million), then, with a real
// DashboardPage on screen (offscreen platform):
// - open: from constructing the page to its first figures on screen (cold engine, new thread);
// - filter changes: customer, cost center, currency, back to all, and a new as-of date, each
//   from the request to the figures on screen (the debounce of typing is not counted);
// - the longest gap between two ticks of a 5 ms timer on the UI thread while all that ran: how
//   long the user interface could not react.
// Prints wall times (median and worst of --runs runs) and the process CPU time of the same span
// (all threads): on a shared machine the CPU time is the cost, the wall time the wait.

#include "cache/database.h"
#include "pages/dashboardpage.h"
#include "sandbox/demodatagenerator.h"
#include "util/settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QEventLoop>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <functional>
#include <vector>

using namespace cw;

namespace {

const QDate kAsOf(2026, 3, 31);

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

void report(const QString &name, const std::vector<double> &ms, const std::vector<double> &cpuMs)
{
    out() << QStringLiteral("%1  wall median %2 ms, worst %3 ms;  CPU median %4 ms  (%5 runs)")
                 .arg(name, -44)
                 .arg(median(ms), 7, 'f', 1)
                 .arg(*std::max_element(ms.begin(), ms.end()), 7, 'f', 1)
                 .arg(median(cpuMs), 7, 'f', 1)
                 .arg(ms.size())
          << Qt::endl;
}

double cpuSince(std::clock_t start)
{
    return double(std::clock() - start) * 1000.0 / CLOCKS_PER_SEC;
}

// Records the longest time the UI thread's event loop went without running a 5 ms timer.
class StallMeter : public QObject
{
public:
    StallMeter()
    {
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            m_worst = std::max(m_worst, m_clock.restart());
        });
        m_clock.start();
        m_timer.start();
    }
    qint64 worstMs() const { return m_worst; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
};

bool generate(const QString &path, int customers)
{
    QFile::remove(path);
    auto db = Database::open(path);
    if (!db) {
        out() << "error: " << db.error().toString() << Qt::endl;
        return false;
    }
    DemoDataOptions options;
    options.customers = customers;
    options.seed = 7;
    options.asOf = kAsOf;
    auto stats = DemoDataGenerator::fill(*db.value(), options);
    if (!stats) {
        out() << "error: " << stats.error().toString() << Qt::endl;
        return false;
    }
    out() << QStringLiteral("demo data: %1 customers, %2 timesheet lines")
                 .arg(customers)
                 .arg(stats.value().rows(QStringLiteral("timesheet_line")))
          << Qt::endl;
    return true;
}

// Waits for the page's next figures; their time from request to screen, or -1.
double nextFigures(DashboardPage &page, int timeoutMs = 120000)
{
    QEventLoop loop;
    double ms = -1;
    QObject::connect(&page, &DashboardPage::figuresShown, &loop, [&](qint64 elapsed) {
        ms = double(elapsed);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return ms;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("customers"), QStringLiteral("Customers to generate."), QStringLiteral("N"),
                       QStringLiteral("1000") });
    parser.addOption({ QStringLiteral("cache"), QStringLiteral("Cache file to fill and measure."), QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("reuse"), QStringLiteral("Measure an existing --cache without generating.") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Runs per measurement."), QStringLiteral("N"),
                       QStringLiteral("5") });
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTemporaryDir dir;
    const QString path = parser.isSet(QStringLiteral("cache")) ? parser.value(QStringLiteral("cache"))
                                                               : dir.filePath(QStringLiteral("bench.sqlite"));
    if (!parser.isSet(QStringLiteral("reuse")) && !generate(path, parser.value(QStringLiteral("customers")).toInt()))
        return 1;
    auto db = Database::open(path);
    if (!db) {
        out() << "error: " << db.error().toString() << Qt::endl;
        return 1;
    }
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    StallMeter stalls;

    std::vector<double> open;
    std::vector<double> openCpu;
    std::unique_ptr<DashboardPage> page;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        page = std::make_unique<DashboardPage>(*db.value(), settings);
        page->resize(1280, 800);
        page->asOfEdit()->setDate(kAsOf);
        page->show();
        page->refresh();
        if (nextFigures(*page) < 0) {
            out() << "error: no figures" << Qt::endl;
            return 1;
        }
        open.push_back(double(timer.nsecsElapsed()) / 1e6);
        openCpu.push_back(cpuSince(cpu));
        if (run + 1 < runs)
            page.reset();
    }
    report(QStringLiteral("open: page created -> figures shown"), open, openCpu);
    // Let the filter choices arrive, as they do while the user looks at the first figures.
    nextFigures(*page, 500);

    const auto measure = [&](const QString &name, const std::function<void()> &change) {
        std::vector<double> ms;
        std::vector<double> cpuMs;
        for (int run = 0; run < runs; ++run) {
            const std::clock_t cpu = std::clock();
            change();
            page->refresh();
            ms.push_back(nextFigures(*page));
            cpuMs.push_back(cpuSince(cpu));
        }
        report(name, ms, cpuMs);
    };
    QComboBox *customer = page->customerBox();
    QComboBox *currency = page->currencyBox();
    measure(QStringLiteral("filter: one customer"), [&] { customer->setCurrentIndex(std::min(1, customer->count() - 1)); });
    measure(QStringLiteral("filter: all customers again"), [&] { customer->setCurrentIndex(0); });
    measure(QStringLiteral("filter: one currency"), [&] { currency->setCurrentIndex(std::min(1, currency->count() - 1)); });
    measure(QStringLiteral("filter: all currencies again"), [&] { currency->setCurrentIndex(0); });
    int step = 0;
    measure(QStringLiteral("filter: new as-of date (reads the cache)"),
            [&] { page->asOfEdit()->setDate(kAsOf.addDays(-7 * ++step)); });
    out() << QStringLiteral("UI thread: longest stall while measuring %1 ms (5 ms timer)").arg(stalls.worstMs())
          << Qt::endl;
    return 0;
}
