// The mapping screens' work on a demo cache (issue 5): "Match now" over the cached customers of
// all systems (load, match, write links and the review queue), re-banding the stored candidates
// after a threshold change, and one decision with its undo.
//
// Usage: bench_mapping [--customers N] [--seed S]   (default 2,000 companies; the figure
// uses --customers 10000, about 8,400 records per system)

#include "cache/database.h"
#include "matching/cachematchjob.h"
#include "matching/mappingservice.h"
#include "sandbox/demodatagenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace cw;

namespace {

double processCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

qint64 scalar(const Database &database, const QString &sql)
{
    QSqlQuery query(database.connection());
    return query.exec(sql) && query.next() ? query.value(0).toLongLong() : -1;
}

// Wall and CPU time of @p work, printed as one line.
template<typename Work> void measure(QTextStream &out, const QString &what, Work work)
{
    QElapsedTimer timer;
    timer.start();
    const double cpu = processCpuSeconds();
    const QString detail = work();
    out << what << ": " << QString::number(timer.nsecsElapsed() / 1e9, 'f', 3) << " s wall, "
        << QString::number(processCpuSeconds() - cpu, 'f', 3) << " s CPU; " << detail << Qt::endl;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption customersOption(QStringLiteral("customers"), QStringLiteral("Demo companies."),
                                             QStringLiteral("n"), QStringLiteral("2000"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("s"),
                                        QStringLiteral("7"));
    parser.addOptions({ customersOption, seedOption });
    parser.addHelpOption();
    parser.process(app);
    QTextStream out(stdout);

    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        out << "cannot open the cache: " << opened.error().userMessage() << Qt::endl;
        return 1;
    }
    const Database &database = *opened.value();
    DemoDataOptions options;
    options.customers = parser.value(customersOption).toInt();
    options.seed = parser.value(seedOption).toULongLong();
    if (auto filled = DemoDataGenerator::fill(database, options); !filled) {
        out << "cannot generate demo data: " << filled.error().userMessage() << Qt::endl;
        return 1;
    }
    // Measure the matcher's own work: no crosswalk to start from.
    QSqlQuery(database.connection()).exec(QStringLiteral("DELETE FROM link"));
    QSqlQuery(database.connection()).exec(QStringLiteral("DELETE FROM match_candidate"));
    QSqlQuery(database.connection()).exec(QStringLiteral("DELETE FROM canonical_customer"));
    out << "Demo cache: " << options.customers << " companies, "
        << scalar(database, QStringLiteral("SELECT COUNT(*) FROM customer")) << " customer records" << Qt::endl;

    const auto clock = Clock::system();
    measure(out, QStringLiteral("Match now (load, match, write)"), [&] {
        auto summary = CacheMatchJob::run(database, MatchOptions(), QStringLiteral("bench"), clock, {});
        if (!summary)
            return summary.error().userMessage();
        return QStringLiteral("%1 records, %2 links, %3 customers, %4 to review, %5 near misses")
            .arg(summary.value().records)
            .arg(summary.value().linksCreated)
            .arg(summary.value().customersCreated)
            .arg(summary.value().reviewCandidates)
            .arg(summary.value().nearMisses);
    });

    MappingService service(database, QStringLiteral("bench"), clock);
    const qint64 candidates = scalar(database, QStringLiteral("SELECT COUNT(*) FROM match_candidate"));
    for (const auto &[autoThreshold, reviewThreshold] :
         { std::pair { 0.95, 0.6 }, std::pair { 0.99, 0.05 }, std::pair { 0.92, 0.7 } }) {
        measure(out, QStringLiteral("Re-band %1 stored candidates at %2/%3").arg(candidates).arg(autoThreshold).arg(reviewThreshold),
                [&] {
                    auto bands = service.reband(autoThreshold, reviewThreshold);
                    return bands ? QStringLiteral("%1 sure, %2 to review").arg(bands.value().autoBand).arg(bands.value().review)
                                 : bands.error().userMessage();
                });
    }

    QList<qint64> open;
    QSqlQuery query(database.connection());
    query.exec(QStringLiteral("SELECT id FROM match_candidate WHERE status = 'open' AND band = 'review' LIMIT 100"));
    while (query.next())
        open << query.value(0).toLongLong();
    measure(out, QStringLiteral("Accept %1 candidates (one decision)").arg(open.size()), [&] {
        auto accepted = service.accept(open);
        return accepted ? QStringLiteral("audit row %1").arg(accepted.value()) : accepted.error().userMessage();
    });
    measure(out, QStringLiteral("Undo it"), [&] {
        auto undone = service.undo();
        return undone ? QStringLiteral("restored") : undone.error().userMessage();
    });
    database.releaseThreadConnection();
    return 0;
}
