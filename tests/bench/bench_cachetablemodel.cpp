// Measures CacheTableModel on a large timesheet table: time to the first rows, to the count,
// after a sort on an unindexed expression, after a filter, and for a page deep in the table.
// Usage: bench_cachetablemodel [rows] (default 1,000,000).

#include "cache/bulkwriter.h"
#include "cache/database.h"
#include "cachetablemodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace cw;

namespace {

QuerySpec lineSpec()
{
    QuerySpec spec;
    spec.id = QStringLiteral("bench/lines");
    spec.from = QStringLiteral("timesheet_line t");
    spec.idExpression = QStringLiteral("t.id");
    QuerySpec::Column reference;
    reference.title = QStringLiteral("Reference");
    reference.expression = QStringLiteral("t.external_id");
    reference.filterable = true;
    QuerySpec::Column date;
    date.title = QStringLiteral("Date");
    date.expression = QStringLiteral("t.work_date");
    date.kind = QuerySpec::Kind::Date;
    QuerySpec::Column hours;
    hours.title = QStringLiteral("Hours");
    hours.expression = QStringLiteral("t.minutes");
    hours.kind = QuerySpec::Kind::Minutes;
    QuerySpec::Column rate;
    rate.title = QStringLiteral("Bill rate");
    rate.expression = QStringLiteral("t.bill_rate_minor");
    rate.kind = QuerySpec::Kind::Money;
    rate.currencyExpression = QStringLiteral("t.currency");
    spec.columns << reference << date << hours << rate;
    return spec;
}

bool fill(const Database &database, qint64 rows)
{
    BulkWriter systems(database, QStringLiteral("system"),
                       { QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("created_at"),
                         QStringLiteral("updated_at") });
    if (!systems.begin()
        || !systems.bind("staffing")
                .bind("Bench")
                .bind("2026-01-01T00:00:00Z")
                .bind("2026-01-01T00:00:00Z")
                .endRow()
        || !systems.finish())
        return false;
    BulkWriter lines(database, QStringLiteral("timesheet_line"),
                     { QStringLiteral("system_id"), QStringLiteral("external_id"),
                       QStringLiteral("work_date"), QStringLiteral("minutes"),
                       QStringLiteral("bill_rate_minor"), QStringLiteral("currency"),
                       QStringLiteral("modified_at") });
    if (!lines.begin())
        return false;
    const QDate start(2024, 1, 1);
    for (qint64 i = 0; i < rows; ++i) {
        lines.bind(qint64(1))
            .bind(QStringLiteral("x%1").arg(i))
            .bind(start.addDays(i % 700).toString(Qt::ISODate))
            .bind(qint64(15 * (1 + (i * 7919) % 40)))
            .bind(qint64(5000 + (i * 104729) % 10000))
            .bind(i % 3 ? "EUR" : "USD")
            .bind("2026-01-01T00:00:00Z");
        if (!lines.endRow())
            return false;
    }
    return lines.finish().ok();
}

// Runs the event loop until @p done() or 120 s; returns the elapsed milliseconds.
template<typename Done> qint64 waitUntil(Done done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    return timer.elapsed();
}

qint64 measureReset(CacheTableModel &model, const std::function<void()> &change, qint64 *countMs)
{
    bool firstPage = false;
    bool counted = false;
    const auto page =
        QObject::connect(&model, &CacheTableModel::pageLoaded, [&](int p) { firstPage |= p == 0; });
    const auto count = QObject::connect(&model, &CacheTableModel::countChanged, [&] { counted = true; });
    QElapsedTimer timer;
    timer.start();
    change();
    waitUntil([&] { return firstPage; });
    const qint64 firstMs = timer.elapsed();
    waitUntil([&] { return counted; });
    *countMs = timer.elapsed();
    QObject::disconnect(page);
    QObject::disconnect(count);
    return firstMs;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qint64 rows = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().toString()));
        return 1;
    }
    const std::unique_ptr<Database> database = std::move(opened).value();
    QElapsedTimer timer;
    timer.start();
    if (!fill(*database, rows)) {
        std::fprintf(stderr, "filling the cache failed\n");
        return 1;
    }
    std::printf("rows: %lld (written in %lld ms)\n", rows, timer.elapsed());

    CacheTableModel model(*database);
    qint64 countMs = 0;
    qint64 firstMs = measureReset(
        model, [&] { model.setQuery(lineSpec()); }, &countMs);
    std::printf("open, id order:            first page %6lld ms, count %6lld ms (%lld rows)\n", firstMs,
                countMs, model.totalCount());
    firstMs = measureReset(
        model, [&] { model.sort(2, Qt::DescendingOrder); }, &countMs);
    std::printf("sort by hours (no index):  first page %6lld ms, count %6lld ms\n", firstMs, countMs);
    firstMs = measureReset(
        model, [&] { model.setFilterText(QStringLiteral("x12345")); }, &countMs);
    std::printf("filter \"x12345\":           first page %6lld ms, count %6lld ms (%lld rows)\n", firstMs,
                countMs, model.totalCount());
    firstMs = measureReset(
        model,
        [&] {
            model.setFilterText(QString());
            model.sort(-1, Qt::AscendingOrder);
        },
        &countMs);

    // A page near the end of the table, as after dragging the scroll bar to the bottom.
    const int deepRow = model.rowCount() - 10;
    bool deepLoaded = false;
    QObject::connect(&model, &CacheTableModel::pageLoaded,
                     [&](int page) { deepLoaded |= page == deepRow / CacheTableModel::kPageSize; });
    timer.restart();
    model.data(model.index(deepRow, 0));
    waitUntil([&] { return deepLoaded; });
    std::printf("page at row %d:        %6lld ms\n", deepRow, timer.elapsed());

    // Typing a filter: five changes in quick succession, only the last one's rows arrive.
    timer.restart();
    for (const char *typed : { "x1", "x12", "x123", "x1234", "x12345" })
        model.setFilterText(QLatin1String(typed));
    waitUntil([&] { return !model.isLoading() && model.isCountKnown(); });
    std::printf("five filter keystrokes:    settled after %6lld ms (%lld rows)\n", timer.elapsed(),
                model.totalCount());
    return 0;
}
