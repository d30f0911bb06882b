// Desktop cold start: starts `crosswalk --report-startup` on a demo cache again and again and
// prints, per run and as the median, the time from starting the process to the main window having
// painted with the dashboard's figures on screen, and the peak resident memory (VmHWM).
// Usage: bench_coldstart [--customers N] [--runs R] [--cache FILE] [--app PATH]
//
// The cache is generated first (10,000 customers, about a million timesheet lines, by default)
// unless --cache names one. The file is in the page cache after generation, as it is on a desktop
// that used it recently; the program itself starts from scratch each run. Runs offscreen unless
// QT_QPA_PLATFORM says otherwise.

#include "cache/database.h"
#include "sandbox/demodatagenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

namespace {

struct Run
{
    double seconds = 0;
    qint64 peakRssKb = 0;
};

std::optional<Run> startOnce(const QString &app, const QString &cache, const QString &settings, QTextStream &out)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QFile::remove(settings); // a first start: no remembered page or geometry
    QElapsedTimer timer;
    timer.start();
    process.start(app, { QStringLiteral("--cache"), cache, QStringLiteral("--settings"), settings,
                         QStringLiteral("--report-startup") });
    QByteArray line;
    while (!line.startsWith("ready") && process.waitForReadyRead(60000)) {
        while (process.canReadLine() && !line.startsWith("ready"))
            line = process.readLine().trimmed();
    }
    const double seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    process.waitForFinished(30000);
    if (!line.startsWith("ready")) {
        out << "the app did not report a ready window (exit " << process.exitCode() << ")" << Qt::endl;
        return std::nullopt;
    }
    Run run;
    run.seconds = seconds;
    run.peakRssKb = line.mid(line.indexOf('=') + 1).toLongLong();
    return run;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Customers (default 10000)."),
                                             QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Starts (default 5)."),
                                        QStringLiteral("R"), QStringLiteral("5"));
    const QCommandLineOption cacheOption(QStringLiteral("cache"), QStringLiteral("Use this cache instead of generating one."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The crosswalk executable."),
                                       QStringLiteral("PATH"), QStringLiteral(CW_CROSSWALK_PATH));
    parser.addOptions({ customersOption, runsOption, cacheOption, appOption });
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    QString cache = parser.value(cacheOption);
    if (cache.isEmpty()) {
        cache = dir.filePath(QStringLiteral("coldstart.sqlite"));
        auto opened = cw::Database::open(cache);
        if (!opened) {
            out << opened.error().toString() << Qt::endl;
            return 1;
        }
        cw::DemoDataOptions options;
        options.customers = parser.value(customersOption).toInt();
        out << "generating a demo cache of " << options.customers << " customers..." << Qt::endl;
        const auto filled = cw::DemoDataGenerator::fill(*opened.value(), options);
        if (!filled) {
            out << filled.error().toString() << Qt::endl;
            return 1;
        }
        out << "  " << filled.value().totalRows << " rows, " << QFileInfo(cache).size() / 1048576 << " MB"
            << Qt::endl;
    }

    std::vector<Run> runs;
    const int count = std::max(1, parser.value(runsOption).toInt());
    for (int i = 0; i < count; ++i) {
        const auto run = startOnce(parser.value(appOption), cache, dir.filePath(QStringLiteral("settings.ini")), out);
        if (!run)
            return 1;
        out << "run " << i + 1 << ": " << QString::number(run->seconds * 1000, 'f', 0) << " ms, peak RSS "
            << run->peakRssKb / 1024 << " MB" << Qt::endl;
        runs.push_back(*run);
    }
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.seconds < b.seconds; });
    const qint64 maxRss = std::max_element(runs.begin(), runs.end(), [](const Run &a, const Run &b) {
                              return a.peakRssKb < b.peakRssKb;
                          })->peakRssKb;
    out << "median " << QString::number(runs[runs.size() / 2].seconds * 1000, 'f', 0) << " ms to a usable window"
        << " (target 1500), peak RSS at most " << maxRss / 1024 << " MB (target 250)" << Qt::endl;
    return 0;
}
