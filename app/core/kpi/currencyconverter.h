#pragma once

#include "domain/result.h"
#include "moneytotal.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace cw {

/// Converts amounts into the company currency with the cache's `currency_rate` table:
/// rate_micros = company-currency units per one unit of the currency, times 1,000,000; the rate
/// used is the latest one dated on or before the as-of date.
///
/// Rounding: amounts are converted per figure (the sum of a currency, never line by line) and
/// rounded half away from zero to the company currency's minor unit, taking each currency's
/// ISO 4217 minor-unit digits into account (JPY 0, EUR 2, KWD 3, ...). A currency without a rate
/// is never guessed: it stays out of the company sum and is listed in MoneyTotal::unconverted.
///
/// A value type: load once per as-of date on the thread that owns the connection, then use it
/// from any thread.
class CurrencyConverter
{
    Q_DECLARE_TR_FUNCTIONS(cw::CurrencyConverter)

public:
    CurrencyConverter() = default;

    /// Loads the rates of @p asOf into @p companyCurrency. An empty @p companyCurrency takes
    /// defaultCompanyCurrency(); when the cache has no rates at all, only amounts already in the
    /// company currency (if one is known) convert.
    static Result<CurrencyConverter> load(const QSqlDatabase &db, const QDate &asOf, QString companyCurrency);
    /// The company currency named most often in currency_rate; without rates, the currency most
    /// placements bill in (a single-currency firm needs no rates); empty for an empty cache.
    static Result<QString> defaultCompanyCurrency(const QSqlDatabase &db);

    QString companyCurrency() const { return m_companyCurrency; }
    QDate asOf() const { return m_asOf; }
    /// The rate of @p currency (1,000,000 for the company currency itself); nullopt without one.
    std::optional<qint64> rateMicros(const QString &currency) const;
    /// @p minor units of @p currency in company minor units; nullopt without a rate.
    std::optional<qint64> convert(qint64 minor, const QString &currency) const;
    /// Sets companyMinor and unconverted of @p total from its amounts per currency.
    void convert(MoneyTotal &total) const;

    /// Decimal digits of the minor unit of ISO 4217 @p currency (2 unless listed otherwise).
    static int minorDigits(const QString &currency);
    /// round(minor × rateMicros × 10^toDigits / (10^fromDigits × 1,000,000)), half away from zero.
    static qint64 applyRate(qint64 minor, qint64 rateMicros, int fromDigits, int toDigits);

private:
    QString m_companyCurrency;
    QDate m_asOf;
    QHash<QString, qint64> m_rates;
};

} // namespace cw
