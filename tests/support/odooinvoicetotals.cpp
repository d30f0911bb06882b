#include "odooinvoicetotals.h"

#include "kpi/currencyconverter.h"
#include "sandbox/odoo/odoostore.h"

#include <QJsonArray>

#include <cmath>

namespace cw::test {

namespace {

qint64 idOf(const QJsonValue &value)
{
    // A many2one is kept as its id; read() answers [id, name].
    return static_cast<qint64>(value.isArray() ? value.toArray().at(0).toDouble() : value.toDouble());
}

} // namespace

OdooInvoiceTotals OdooInvoiceTotals::read(const OdooStore &store, const PushOptions &options)
{
    OdooInvoiceTotals totals;
    qint64 hoursProduct = -1;
    qint64 expenseProduct = -1;
    for (const auto &[id, values] : store.table(QStringLiteral("product.product"))) {
        const QString code = values.value(QStringLiteral("default_code")).toString();
        if (code == options.productCode)
            hoursProduct = id;
        else if (code == options.expenseProductCode)
            expenseProduct = id;
    }
    QHash<qint64, QString> currencyName;
    for (const auto &[id, values] : store.table(QStringLiteral("res.currency")))
        currencyName.insert(id, values.value(QStringLiteral("name")).toString());
    QHash<qint64, int> digitsOf;
    for (const auto &[id, values] : store.table(QStringLiteral("account.move"))) {
        const QString ref = values.value(QStringLiteral("ref")).toString();
        if (!ref.startsWith(QLatin1String("odoo:invoice:")))
            continue;
        ++totals.movesPerRef[ref];
        digitsOf.insert(id,
                        CurrencyConverter::minorDigits(
                            currencyName.value(idOf(values.value(QStringLiteral("currency_id"))))));
    }
    for (const auto &[id, values] : store.table(QStringLiteral("account.move.line"))) {
        Q_UNUSED(id)
        const auto move = digitsOf.constFind(idOf(values.value(QStringLiteral("move_id"))));
        if (move == digitsOf.constEnd())
            continue;
        const qint64 product = idOf(values.value(QStringLiteral("product_id")));
        const double quantity = values.value(QStringLiteral("quantity")).toDouble();
        if (product == hoursProduct) {
            ++totals.lines;
            totals.minutes += std::llround(quantity * 60.0);
        } else if (product == expenseProduct) {
            ++totals.expenseLines;
            totals.expenseMinor += std::llround(
                quantity * values.value(QStringLiteral("price_unit")).toDouble() * std::pow(10.0, *move));
        } else {
            ++totals.otherLines;
        }
    }
    return totals;
}

} // namespace cw::test
