#include "kpicommand.h"

#include "commandline.h"
#include "ctlapp.h"
#include "kpi/currencyconverter.h"
#include "kpi/kpiengine.h"
#include "kpi/kpijson.h"

#include <QCommandLineParser>
#include <QJsonDocument>

namespace cw {

namespace {

QString money(double minor, const QString &currency)
{
    const int digits = CurrencyConverter::minorDigits(currency);
    double scale = 1.0;
    for (int i = 0; i < digits; ++i)
        scale *= 10.0;
    return QStringLiteral("%1 %2").arg(minor / scale, 0, 'f', digits).arg(currency).trimmed();
}

QString hours(double minutes)
{
    return QStringLiteral("%1 h").arg(minutes / 60.0, 0, 'f', 2);
}

QString tileText(const KpiTile &tile, const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("-");
    switch (tile.unit) {
    case KpiTile::Unit::Money:
        return money(*value, tile.currency);
    case KpiTile::Unit::Minutes:
        return hours(*value);
    case KpiTile::Unit::Days:
        return QString::number(*value, 'f', tile.id == KpiTile::Id::Dso ? 1 : 0);
    case KpiTile::Unit::Count:
        return QString::number(*value, 'f', 0);
    }
    return {};
}

QString moneyText(const MoneyTotal &total, const QString &company)
{
    if (!company.isEmpty())
        return money(double(total.companyMinor), company);
    QStringList parts;
    for (auto it = total.byCurrency.cbegin(); it != total.byCurrency.cend(); ++it)
        parts << money(double(it.value()), it.key());
    return parts.isEmpty() ? QStringLiteral("0") : parts.join(QStringLiteral(" + "));
}

// Left-aligned first column, right-aligned others.
void row(QTextStream &out, const QStringList &cells, int first = 34, int width = 16)
{
    QString line = cells.value(0).leftJustified(first);
    for (int i = 1; i < cells.size(); ++i)
        line += cells[i].rightJustified(width);
    out << line.trimmed() << Qt::endl;
}

struct Options
{
    KpiFilter filter;
    bool json = false;
    bool finance = false;
    int top = 10;
    /// Set when the command ends after parsing (help shown, or a usage error).
    std::optional<int> exitCode;
};

Options parse(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    Options options;
    CommandLine line(KpiCommand::name(), KpiCommand::summary());
    QCommandLineParser &parser = line.parser();
    parser.addOptions({
        { QStringLiteral("as-of"), KpiCommand::tr("Figures as of DATE (YYYY-MM-DD, UTC); default today."),
          QStringLiteral("DATE") },
        { QStringLiteral("period"), KpiCommand::tr("Trend period in days (default 30)."),
          QStringLiteral("DAYS"), QStringLiteral("30") },
        { QStringLiteral("customer"), KpiCommand::tr("Only this customer id (repeatable)."),
          QStringLiteral("ID") },
        { QStringLiteral("business-unit"), KpiCommand::tr("Only this business unit."),
          QStringLiteral("NAME") },
        { QStringLiteral("cost-center"), KpiCommand::tr("Only this cost center."), QStringLiteral("NAME") },
        { QStringLiteral("currency"), KpiCommand::tr("Only amounts in this currency."),
          QStringLiteral("CODE") },
        { QStringLiteral("company-currency"), KpiCommand::tr("Convert totals into this currency."),
          QStringLiteral("CODE") },
        { QStringLiteral("finance"), KpiCommand::tr("Add utilisation, realisation and margin.") },
        { QStringLiteral("top"), KpiCommand::tr("Rows per breakdown (default 10, 0 for all)."),
          QStringLiteral("N"), QStringLiteral("10") },
        { QStringLiteral("json"), KpiCommand::tr("Print JSON instead of text.") },
    });
    if (const std::optional<int> done = line.parse(arguments, out, err)) {
        options.exitCode = *done;
        return options;
    }
    bool ok = true;
    if (parser.isSet(QStringLiteral("as-of"))) {
        options.filter.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        ok = options.filter.asOf.isValid();
    }
    bool number = true;
    options.filter.periodDays = parser.value(QStringLiteral("period")).toInt(&number);
    ok = ok && number && options.filter.periodDays > 0;
    options.top = parser.value(QStringLiteral("top")).toInt(&number);
    ok = ok && number && options.top >= 0;
    for (const QString &id : parser.values(QStringLiteral("customer"))) {
        options.filter.customerIds << id.toLongLong(&number);
        ok = ok && number;
    }
    if (!ok) {
        err << KpiCommand::tr("Invalid value: dates are YYYY-MM-DD, days and ids are positive numbers.")
            << Qt::endl;
        options.exitCode = CtlApp::Usage;
        return options;
    }
    options.filter.businessUnit = parser.value(QStringLiteral("business-unit"));
    options.filter.costCenter = parser.value(QStringLiteral("cost-center"));
    options.filter.currency = parser.value(QStringLiteral("currency")).toUpper();
    options.filter.companyCurrency = parser.value(QStringLiteral("company-currency")).toUpper();
    options.json = parser.isSet(QStringLiteral("json"));
    options.finance = parser.isSet(QStringLiteral("finance"));
    return options;
}

void printTiles(const KpiSnapshot &s, QTextStream &out)
{
    row(out, { KpiCommand::tr("Figure"), KpiCommand::tr("Value"), KpiCommand::tr("Previous") }, 34, 20);
    for (const KpiTile &tile : s.tiles) {
        QString value = tileText(tile, tile.value);
        if (!tile.unconverted.isEmpty())
            value += QLatin1Char('*');
        row(out, { tile.title, value, tileText(tile, tile.previous) }, 34, 20);
    }
    for (const KpiTile &tile : s.tiles) {
        if (!tile.unconverted.isEmpty())
            out << KpiCommand::tr("* without %1: no exchange rate")
                       .arg(tile.unconverted.join(QStringLiteral(", ")))
                << Qt::endl;
    }
}

void printUnbilled(const KpiSnapshot &s, int top, QTextStream &out)
{
    out << Qt::endl << KpiCommand::tr("Unbilled approved time by age") << Qt::endl;
    QStringList header { KpiCommand::tr("Customer") };
    for (int b = 0; b < AgeBuckets::kCount; ++b)
        header << AgeBuckets::title(b);
    header << KpiCommand::tr("Total");
    row(out, header);
    auto cells = [&](const UnbilledSummary::Row &r, const QString &label) {
        QStringList line { label };
        for (const UnbilledSummary::Cell &c : r.buckets)
            line << moneyText(c.value, s.companyCurrency);
        line << moneyText(r.total.value, s.companyCurrency);
        return line;
    };
    const qsizetype shown =
        top > 0 ? std::min<qsizetype>(top, s.unbilled.byCustomer.size()) : s.unbilled.byCustomer.size();
    for (const UnbilledSummary::Row &r : s.unbilled.byCustomer.first(shown))
        row(out, cells(r, r.label.isEmpty() ? KpiCommand::tr("(no customer)") : r.label.left(32)));
    row(out,
        cells(s.unbilled.total,
              KpiCommand::tr("All %n customer(s)", nullptr, int(s.unbilled.byCustomer.size()))));
}

void printExceptions(const KpiSnapshot &s, QTextStream &out)
{
    out << Qt::endl << KpiCommand::tr("Open revenue exceptions") << Qt::endl;
    row(out, { KpiCommand::tr("Rule"), KpiCommand::tr("Open"), KpiCommand::tr("At stake") }, 44, 16);
    for (const ExceptionStats::Rule &r : s.exceptions.byRule)
        row(out, { r.title, QString::number(r.open), moneyText(r.amount, s.companyCurrency) }, 44, 16);
}

void printHealth(const KpiSnapshot &s, QTextStream &out)
{
    out << Qt::endl << KpiCommand::tr("Failed pushes by category") << Qt::endl;
    QStringList header { KpiCommand::tr("Category"), KpiCommand::tr("Open") };
    for (int b = 0; b < IntegrationHealth::kAgeBucketCount; ++b)
        header << IntegrationHealth::ageBucketTitle(b);
    row(out, header, 24, 14);
    for (const IntegrationHealth::Category &c : s.health.failedByCategory) {
        QStringList line { c.category, QString::number(c.open) };
        for (const qint64 count : c.byAge)
            line << QString::number(count);
        row(out, line, 24, 14);
    }
    out << Qt::endl << KpiCommand::tr("Systems") << Qt::endl;
    row(out,
        { KpiCommand::tr("System"), KpiCommand::tr("Unmatched"), KpiCommand::tr("Last successful sync") }, 24,
        24);
    for (const IntegrationHealth::System &system : s.health.systems) {
        const QString last = system.lastSuccessfulSync.isValid()
            ? system.lastSuccessfulSync.toUTC().toString(Qt::ISODate)
            : KpiCommand::tr("never");
        row(out, { system.name, QString::number(system.unmatchedCustomers), last }, 24, 24);
    }
}

void printFinance(const FinanceKpis &f, const QString &company, QTextStream &out)
{
    auto percent = [](const std::optional<double> &p) {
        return p ? QStringLiteral("%1 %").arg(*p, 0, 'f', 1) : QStringLiteral("-");
    };
    out << Qt::endl
        << KpiCommand::tr("Finance, %1 to %2").arg(f.from.toString(Qt::ISODate), f.to.toString(Qt::ISODate))
        << Qt::endl;
    row(out, { KpiCommand::tr("Billable utilisation"), percent(f.utilisationPercent) });
    row(out, { KpiCommand::tr("Realisation"), percent(f.realisationPercent) });
    row(out, { KpiCommand::tr("Gross margin"), percent(f.grossMarginPercent) });
    row(out, { KpiCommand::tr("Revenue"), moneyText(f.revenue, company) });
    row(out, { KpiCommand::tr("Direct cost"), moneyText(f.directCost, company) });
}

} // namespace

QString KpiCommand::summary()
{
    return tr("Print the dashboard figures: unbilled time, exceptions, integration health, DSO");
}

int KpiCommand::run(const Database &database, const QStringList &arguments, QTextStream &out,
                    QTextStream &err)
{
    const auto options = parse(arguments, out, err);
    if (options.exitCode)
        return *options.exitCode;
    KpiEngine engine(database);
    auto snapshot = engine.snapshot(options.filter);
    if (!snapshot) {
        err << snapshot.error().toString() << Qt::endl;
        return CtlApp::Failure;
    }
    std::optional<FinanceKpis> finance;
    if (options.finance) {
        auto computed = engine.finance(snapshot.value().filter);
        if (!computed) {
            err << computed.error().toString() << Qt::endl;
            return CtlApp::Failure;
        }
        finance = std::move(computed).value();
    }
    if (options.json) {
        QJsonObject json = KpiJson::toJson(snapshot.value(), options.top);
        if (finance)
            json.insert(QStringLiteral("finance"), KpiJson::toJson(*finance));
        out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        out.flush();
        return CtlApp::Ok;
    }
    const KpiSnapshot &s = snapshot.value();
    out << tr("Crosswalk figures as of %1, compared with %2")
               .arg(s.filter.asOf.toString(Qt::ISODate), s.filter.previousPeriod().asOf.toString(Qt::ISODate))
        << Qt::endl;
    if (!s.companyCurrency.isEmpty())
        out << tr("Totals in %1").arg(s.companyCurrency) << Qt::endl;
    out << Qt::endl;
    printTiles(s, out);
    printUnbilled(s, options.top, out);
    printExceptions(s, out);
    printHealth(s, out);
    if (finance)
        printFinance(*finance, s.companyCurrency, out);
    out.flush();
    return CtlApp::Ok;
}

} // namespace cw
