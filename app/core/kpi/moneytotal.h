#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace cw {

/// One money figure across currencies: the amounts per currency as the records carry them, and
/// their sum in the company currency once CurrencyConverter::convert() has run.
///
/// A plain value; copy freely, use from any thread.
struct MoneyTotal
{
    /// Minor units per ISO 4217 code; the code is empty for records that carry none.
    QMap<QString, qint64> byCurrency;
    /// Sum of every currency that has a rate, in minor units of the company currency. Meaningful
    /// after conversion.
    qint64 companyMinor = 0;
    /// Currencies left out of companyMinor because no rate exists on or before the as-of date.
    QStringList unconverted;

    void add(const QString &currency, qint64 minor);
    /// Adds @p other's amounts per currency (not its converted sum: convert again afterwards).
    void add(const MoneyTotal &other);
    bool isEmpty() const { return byCurrency.isEmpty(); }
    /// The amount in @p currency, 0 when none.
    qint64 in(const QString &currency) const { return byCurrency.value(currency); }
};

} // namespace cw
