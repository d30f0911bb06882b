#include "cachetablemodel.h"
#include "csvwriter.h"
#include "tempcache.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace cw;
using cw::test::TempCache;

namespace {

constexpr int kNumbered = 1000;

// Names that break naive SQL or LIKE handling; each occurs once.
const QStringList &specialNames()
{
    static const QStringList names {
        QStringLiteral("O'Brien & Sons"), QStringLiteral("\"Smith & Co\" Holdings"),
        QStringLiteral("100% Organic"),   QStringLiteral("Snow_Flake"),
        QStringLiteral("Snow Flake"),     QStringLiteral("Back\\Slash Ltd"),
        QStringLiteral("Café Ünïcode 🚀"), QStringLiteral("=HYPERLINK(\"http://x\")"),
        QStringLiteral("aardvark first"), QStringLiteral("Zzyzx last"),
        QStringLiteral("Twin"),           QStringLiteral("Twin"),
    };
    return names;
}

QuerySpec customerSpec()
{
    QuerySpec spec;
    spec.id = QStringLiteral("test/customers");
    spec.from = QStringLiteral("customer c");
    spec.idExpression = QStringLiteral("c.id");
    QuerySpec::Column name;
    name.title = QStringLiteral("Name");
    name.expression = QStringLiteral("c.name");
    name.filterable = true;
    QuerySpec::Column city;
    city.title = QStringLiteral("City");
    city.expression = QStringLiteral("c.city");
    spec.columns << name << city;
    return spec;
}

QuerySpec lineSpec()
{
    QuerySpec spec;
    spec.id = QStringLiteral("test/lines");
    spec.from = QStringLiteral("timesheet_line t");
    spec.idExpression = QStringLiteral("t.id");
    QuerySpec::Column bill;
    bill.title = QStringLiteral("Bill rate");
    bill.expression = QStringLiteral("t.bill_rate_minor");
    bill.kind = QuerySpec::Kind::Money;
    bill.currencyExpression = QStringLiteral("t.currency");
    QuerySpec::Column pay = bill;
    pay.title = QStringLiteral("Pay rate");
    pay.expression = QStringLiteral("t.pay_rate_minor");
    pay.personal = true;
    QuerySpec::Column hours;
    hours.title = QStringLiteral("Hours");
    hours.expression = QStringLiteral("t.minutes");
    hours.kind = QuerySpec::Kind::Minutes;
    QuerySpec::Column date;
    date.title = QStringLiteral("Date");
    date.expression = QStringLiteral("t.work_date");
    date.kind = QuerySpec::Kind::Date;
    spec.columns << bill << pay << hours << date;
    return spec;
}

bool waitIdle(CacheTableModel &model)
{
    QSignalSpy spy(&model, &CacheTableModel::loadingChanged);
    while (model.isLoading() || !model.isCountKnown()) {
        if (!spy.wait(10000))
            return false;
    }
    return true;
}

// Loads every page so each row can be read.
bool loadAll(CacheTableModel &model)
{
    for (int row = 0; row < model.rowCount(); row += CacheTableModel::kPageSize) {
        if (model.data(model.index(row, 0), CacheTableModel::LoadedRole).toBool())
            continue;
        QSignalSpy spy(&model, &CacheTableModel::pageLoaded);
        model.data(model.index(row, 0));
        if (!spy.wait(10000))
            return false;
    }
    return true;
}

QString cell(const CacheTableModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}

} // namespace

class TestCacheTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void countsRows();
    void loadsPagesOnDemand();
    void sortsInSql_data();
    void sortsInSql();
    void breaksTiesById();
    void filters_data();
    void filters();
    void dropsStaleResultsAfterRapidFilterChanges();
    void formatsMoneyAndHours_data();
    void formatsMoneyAndHours();
    void masksPersonalColumns();
    void exportsWhatIsShown();
    void reportsQueryErrors();

private:
    std::unique_ptr<TempCache> m_cache;
    qint64 m_total = 0;
};

void TestCacheTableModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_cache = std::make_unique<TempCache>();
    QVERIFY2(m_cache->database(), qPrintable(m_cache->error()));
    const qint64 system = m_cache->addSystem(QStringLiteral("crm"), QStringLiteral("CRM"));
    QVERIFY(system > 0);
    auto written = m_cache->db().transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery insert(db);
        insert.prepare(
            QStringLiteral("INSERT INTO customer (system_id, external_id, name, city, modified_at) "
                           "VALUES (?, ?, ?, ?, '2026-01-01T00:00:00Z')"));
        QStringList names;
        for (int i = 0; i < kNumbered; ++i)
            names << QStringLiteral("Customer %1").arg(i, 4, 10, QLatin1Char('0'));
        names << specialNames();
        for (int i = 0; i < names.size(); ++i) {
            insert.addBindValue(system);
            insert.addBindValue(QString::number(i));
            insert.addBindValue(names.at(i));
            insert.addBindValue(i % 2 ? QStringLiteral("Berlin") : QStringLiteral("Lyon"));
            if (!insert.exec())
                return Error(Error::Category::Internal, QStringLiteral("insert failed"));
        }
        return {};
    });
    QVERIFY(written.ok());
    m_total = kNumbered + specialNames().size();

    const QString lines = QStringLiteral(
        "INSERT INTO timesheet_line (system_id, external_id, work_date, minutes, bill_rate_minor, "
        "pay_rate_minor, currency, modified_at) VALUES (?, ?, '2026-03-02', ?, ?, ?, ?, "
        "'2026-03-02T00:00:00Z')");
    QVERIFY(m_cache->exec(lines, { system, QStringLiteral("l1"), 450, 9500, 4000, QStringLiteral("USD") }));
    QVERIFY(m_cache->exec(lines, { system, QStringLiteral("l2"), 90, 123450, 100, QStringLiteral("EUR") }));
    QVERIFY(m_cache->exec(lines, { system, QStringLiteral("l3"), 0, 1235, 0, QStringLiteral("JPY") }));
    QVERIFY(m_cache->exec(lines, { system, QStringLiteral("l4"), 61, 1200, 1, QStringLiteral("CHF") }));
    QVERIFY(m_cache->exec(lines, { system, QStringLiteral("l5"), 30, -2550, 1, QStringLiteral("KWD") }));
}

void TestCacheTableModel::countsRows()
{
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    QSignalSpy counts(&model, &CacheTableModel::countChanged);
    QSignalSpy loading(&model, &CacheTableModel::loadingChanged);
    model.setQuery(customerSpec());
    QVERIFY(model.isLoading());
    QVERIFY(waitIdle(model));
    QCOMPARE(model.totalCount(), m_total);
    QCOMPARE(model.rowCount(), int(m_total));
    QCOMPARE(model.columnCount(), 2);
    QCOMPARE(counts.size(), 1);
    QCOMPARE(counts.first().first().toLongLong(), m_total);
    QCOMPARE(loading.first().first().toBool(), true);
    QCOMPARE(loading.last().first().toBool(), false);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
}

void TestCacheTableModel::loadsPagesOnDemand()
{
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    model.setQuery(customerSpec());
    QVERIFY(waitIdle(model));
    QVERIFY(model.data(model.index(0, 0), CacheTableModel::LoadedRole).toBool());
    QCOMPARE(cell(model, 0, 0), QStringLiteral("Customer 0000"));

    const int row = 2 * CacheTableModel::kPageSize + 17;
    QVERIFY(!model.data(model.index(row, 0), CacheTableModel::LoadedRole).toBool());
    QSignalSpy pages(&model, &CacheTableModel::pageLoaded);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QCOMPARE(cell(model, row, 0), QStringLiteral("…"));
    QVERIFY(model.data(model.index(row, 0), Qt::ForegroundRole).isValid());
    QVERIFY(cell(model, row, 1).isEmpty());
    QVERIFY(pages.wait(10000));
    QCOMPARE(pages.first().first().toInt(), 2);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 2 * CacheTableModel::kPageSize);
    QCOMPARE(changed.first().at(1).value<QModelIndex>().row(), 3 * CacheTableModel::kPageSize - 1);
    QCOMPARE(cell(model, row, 0), QStringLiteral("Customer %1").arg(row, 4, 10, QLatin1Char('0')));
    QVERIFY(!model.data(model.index(row, 0), Qt::ForegroundRole).isValid());
    QVERIFY(model.data(model.index(row, 0), CacheTableModel::RowIdRole).toLongLong() > 0);
    // Asking twice for a page that is on its way queries it once.
    QVERIFY(
        !model.data(model.index(4 * CacheTableModel::kPageSize, 0), CacheTableModel::LoadedRole).toBool());
    model.data(model.index(4 * CacheTableModel::kPageSize + 1, 0));
    QVERIFY(pages.wait(10000));
    QTest::qWait(50);
    QCOMPARE(pages.size(), 2);
}

void TestCacheTableModel::sortsInSql_data()
{
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("last");
    QTest::newRow("ascending") << int(Qt::AscendingOrder) << QStringLiteral("\"Smith & Co\" Holdings")
                               << QStringLiteral("Zzyzx last");
    QTest::newRow("descending") << int(Qt::DescendingOrder) << QStringLiteral("Zzyzx last")
                                << QStringLiteral("\"Smith & Co\" Holdings");
}

void TestCacheTableModel::sortsInSql()
{
    QFETCH(int, order);
    QFETCH(QString, first);
    QFETCH(QString, last);
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    model.setQuery(customerSpec());
    QVERIFY(waitIdle(model));
    model.sort(0, Qt::SortOrder(order));
    QCOMPARE(model.sortColumn(), 0);
    QVERIFY(waitIdle(model));
    QVERIFY(loadAll(model));
    QCOMPARE(cell(model, 0, 0), first);
    QCOMPARE(cell(model, model.rowCount() - 1, 0), last);
    // Case does not decide the order: "aardvark" sorts among the A's, before "Back\Slash".
    for (int row = 1; row < model.rowCount(); ++row) {
        const int compared =
            QString::compare(cell(model, row - 1, 0), cell(model, row, 0), Qt::CaseInsensitive);
        QVERIFY2(order == Qt::AscendingOrder ? compared <= 0 : compared >= 0,
                 qPrintable(cell(model, row, 0)));
    }
}

void TestCacheTableModel::breaksTiesById()
{
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    model.setQuery(customerSpec());
    model.sort(0, Qt::DescendingOrder);
    QVERIFY(waitIdle(model));
    QVERIFY(loadAll(model));
    QList<qint64> twins;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (cell(model, row, 0) == QLatin1String("Twin"))
            twins << model.data(model.index(row, 0), CacheTableModel::RowIdRole).toLongLong();
    }
    QCOMPARE(twins.size(), 2);
    QVERIFY(twins.at(0) < twins.at(1));
}

void TestCacheTableModel::filters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("mustContain");
    QTest::addColumn<int>("count");
    QTest::newRow("single quote") << QStringLiteral("O'Brien") << QStringLiteral("O'Brien") << 1;
    QTest::newRow("quoted phrase") << QStringLiteral("\"Smith & Co\"") << QStringLiteral("Smith & Co") << 1;
    QTest::newRow("unpaired quote") << QStringLiteral("\"Smith") << QStringLiteral("\"Smith") << 1;
    QTest::newRow("percent is literal") << QStringLiteral("100%") << QStringLiteral("100%") << 1;
    QTest::newRow("underscore is literal") << QStringLiteral("Snow_") << QStringLiteral("Snow_") << 1;
    QTest::newRow("backslash is literal") << QStringLiteral("k\\S") << QStringLiteral("k\\S") << 1;
    QTest::newRow("emoji") << QStringLiteral("🚀") << QStringLiteral("🚀") << 1;
    QTest::newRow("accents") << QStringLiteral("Ünïcode") << QStringLiteral("Ünïcode") << 1;
    QTest::newRow("case-insensitive") << QStringLiteral("zZYZX") << QStringLiteral("Zzyzx") << 1;
    // "Customer 0099" and "Customer 0990" to "Customer 0999".
    QTest::newRow("all terms must match") << QStringLiteral("customer 099") << QStringLiteral("099") << 11;
    QTest::newRow("sql injection attempt") << QStringLiteral("') OR 1=1 --") << QString() << 0;
    QTest::newRow("no match") << QStringLiteral("nothing-like-this") << QString() << 0;
    QTest::newRow("only spaces shows all") << QStringLiteral("   ") << QString() << kNumbered + 12;
}

void TestCacheTableModel::filters()
{
    QFETCH(QString, filter);
    QFETCH(QString, mustContain);
    QFETCH(int, count);
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    model.setQuery(customerSpec());
    QVERIFY(waitIdle(model));
    model.setFilterText(filter);
    QCOMPARE(model.filterText(), filter);
    QVERIFY(waitIdle(model));
    QCOMPARE(model.totalCount(), qint64(count));
    QCOMPARE(model.rowCount(), count);
    for (int row = 0; row < std::min(count, int(CacheTableModel::kPageSize)); ++row)
        QVERIFY2(cell(model, row, 0).contains(mustContain, Qt::CaseInsensitive),
                 qPrintable(cell(model, row, 0)));
}

void TestCacheTableModel::dropsStaleResultsAfterRapidFilterChanges()
{
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    model.setQuery(customerSpec());
    QVERIFY(waitIdle(model));
    const QStringList typed { QStringLiteral("C"),           QStringLiteral("Cu"),
                              QStringLiteral("Cus"),         QStringLiteral("Customer 0"),
                              QStringLiteral("Customer 00"), QStringLiteral("O"),
                              QStringLiteral("O'") };
    for (const QString &text : typed) {
        model.setFilterText(text);
        // Let some of the earlier queries finish on the worker while newer ones are queued.
        QTest::qWait(1);
    }
    model.setFilterText(QStringLiteral("C"));
    // From here on only the last filter's results may arrive, although older queries are in flight.
    QSignalSpy counts(&model, &CacheTableModel::countChanged);
    QSignalSpy pages(&model, &CacheTableModel::pageLoaded);
    model.setFilterText(QStringLiteral("O'B"));
    QVERIFY(waitIdle(model));
    QTest::qWait(100);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, 0), QStringLiteral("O'Brien & Sons"));
    for (const QList<QVariant> &emitted : std::as_const(counts))
        QCOMPARE(emitted.first().toLongLong(), 1);
    QCOMPARE(pages.size(), 1);
}

void TestCacheTableModel::formatsMoneyAndHours_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("bill");
    QTest::addColumn<QString>("hours");
    QTest::newRow("USD") << 0 << QStringLiteral("$95.00") << QStringLiteral("7.50 h");
    QTest::newRow("EUR") << 1 << QStringLiteral("€1,234.50") << QStringLiteral("1.50 h");
    QTest::newRow("JPY has no decimals") << 2 << QStringLiteral("¥1,235") << QStringLiteral("0.00 h");
    QTest::newRow("code when no symbol") << 3 << QStringLiteral("12.00\u00A0CHF") << QStringLiteral("1.02 h");
    QTest::newRow("three decimals, negative")
        << 4 << QStringLiteral("-2.550\u00A0KWD") << QStringLiteral("0.50 h");
}

void TestCacheTableModel::formatsMoneyAndHours()
{
    QFETCH(int, row);
    QFETCH(QString, bill);
    QFETCH(QString, hours);
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    model.setQuery(lineSpec());
    QVERIFY(waitIdle(model));
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(cell(model, row, 0), bill);
    QCOMPARE(cell(model, row, 2), hours);
    QCOMPARE(cell(model, row, 3), QLocale().toString(QDate(2026, 3, 2), QLocale::ShortFormat));
    QCOMPARE(model.data(model.index(row, 2), CacheTableModel::RawValueRole).toLongLong(),
             m_cache
                 ->scalar(QStringLiteral("SELECT minutes FROM timesheet_line WHERE id = ?"),
                          { model.data(model.index(row, 0), CacheTableModel::RowIdRole) })
                 .toLongLong());
    QCOMPARE(Qt::Alignment(model.data(model.index(row, 0), Qt::TextAlignmentRole).toInt()),
             Qt::AlignRight | Qt::AlignVCenter);
}

void TestCacheTableModel::masksPersonalColumns()
{
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    model.setQuery(lineSpec());
    QVERIFY(waitIdle(model));
    QVERIFY(model.maskPersonalData());
    QCOMPARE(cell(model, 0, 1), QStringLiteral("•••"));
    QCOMPARE(cell(model, 0, 0), QStringLiteral("$95.00"));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMaskPersonalData(false);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(cell(model, 0, 1), QStringLiteral("$40.00"));
    model.setMaskPersonalData(true);
    QCOMPARE(cell(model, 0, 1), QStringLiteral("•••"));
}

void TestCacheTableModel::exportsWhatIsShown()
{
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    model.setQuery(customerSpec());
    model.setFilterText(QStringLiteral("l"));
    model.sort(0, Qt::DescendingOrder);
    QVERIFY(waitIdle(model));
    const QString path = m_cache->folder() + QStringLiteral("/export.csv");
    auto future = model.exportCsv(path);
    future.waitForFinished();
    const Result<qint64> written = future.result();
    QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().toString()));
    QCOMPARE(written.value(), model.totalCount());

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QList<QByteArray> lines = bytes.mid(3).split('\n');
    QCOMPARE(lines.first(), QByteArray("Name,City\r"));
    QCOMPARE(lines.size() - 2, int(model.totalCount())); // header and the empty piece after the last CRLF
    QCOMPARE(lines.at(1), QByteArray("Zzyzx last,Berlin\r"));
    QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\")\""));
    QVERIFY(bytes.contains("\"\"\"Smith & Co\"\" Holdings\""));

    // Masked columns stay masked in the file.
    CacheTableModel lines2(m_cache->db());
    QAbstractItemModelTester tester2(&lines2);
    lines2.setQuery(lineSpec());
    QVERIFY(waitIdle(lines2));
    auto second = lines2.exportCsv(path);
    second.waitForFinished();
    QVERIFY(second.result().ok());
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(again.readAll());
    QVERIFY2(text.contains(QStringLiteral("$95.00,•••,7.50 h,")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("$40.00")));
}

void TestCacheTableModel::reportsQueryErrors()
{
    CacheTableModel model(m_cache->db());
    QAbstractItemModelTester tester(&model);
    QSignalSpy failed(&model, &CacheTableModel::loadFailed);
    QuerySpec spec = customerSpec();
    spec.from = QStringLiteral("no_such_table c");
    model.setQuery(spec);
    QVERIFY(failed.wait(10000));
    QTRY_VERIFY(!model.isLoading());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!failed.first().first().value<Error>().userMessage().isEmpty());
}

QTEST_GUILESS_MAIN(TestCacheTableModel)
#include "tst_cachetablemodel.moc"
