#include "currencyconverter.h"

#include "sqlitereader.h"

#include <QSet>

#include <cmath>

namespace cw {

namespace {

constexpr qint64 kUnitMicros = 1000000;

qint64 powerOfTen(int digits)
{
    qint64 value = 1;
    for (int i = 0; i < digits; ++i)
        value *= 10;
    return value;
}

// a × b / d rounded half away from zero, without overflowing for large amounts times large
// rates (a × b can exceed 64 bits for amounts in weak currencies).
qint64 mulDivRound(qint64 a, qint64 b, qint64 d)
{
#if defined(__SIZEOF_INT128__)
    __extension__ typedef __int128 Wide;
    const Wide product = Wide(a) * Wide(b);
    const Wide half = Wide(d) / 2;
    const Wide rounded = product >= 0 ? (product + half) / d : (product - half) / d;
    return static_cast<qint64>(rounded);
#else
    const long double exact = static_cast<long double>(a) * static_cast<long double>(b) / d;
    return static_cast<qint64>(std::llround(exact));
#endif
}

} // namespace

Result<CurrencyConverter> CurrencyConverter::load(const QSqlDatabase &db, const QDate &asOf,
                                                  QString companyCurrency)
{
    if (companyCurrency.isEmpty()) {
        auto fallback = defaultCompanyCurrency(db);
        if (!fallback)
            return fallback.error();
        companyCurrency = fallback.value();
    }
    CurrencyConverter converter;
    converter.m_companyCurrency = companyCurrency;
    converter.m_asOf = asOf;
    // The latest rate per currency on or before asOf: max(rate_date) per currency, then its row.
    SqliteReader rates(db,
                       QStringLiteral("SELECT r.currency, r.rate_micros FROM currency_rate r "
                                      "WHERE r.company_currency = ? AND r.rate_date = "
                                      "(SELECT MAX(l.rate_date) FROM currency_rate l WHERE "
                                      "l.currency = r.currency AND l.company_currency = r.company_currency "
                                      "AND l.rate_date <= ?)"));
    rates.bind(companyCurrency).bind(asOf);
    for (;;) {
        auto row = rates.next();
        if (!row)
            return row.error();
        if (!row.value())
            break;
        converter.m_rates.insert(rates.text(0), rates.int64(1));
    }
    return converter;
}

Result<QString> CurrencyConverter::defaultCompanyCurrency(const QSqlDatabase &db)
{
    for (const QString &sql :
         { QStringLiteral("SELECT company_currency FROM currency_rate GROUP BY company_currency "
                          "ORDER BY COUNT(*) DESC, company_currency LIMIT 1"),
           QStringLiteral("SELECT currency FROM placement WHERE currency <> '' GROUP BY currency "
                          "ORDER BY COUNT(*) DESC, currency LIMIT 1") }) {
        SqliteReader query(db, sql);
        auto row = query.next();
        if (!row)
            return row.error();
        if (row.value())
            return query.text(0);
    }
    return QString();
}

std::optional<qint64> CurrencyConverter::rateMicros(const QString &currency) const
{
    if (!m_companyCurrency.isEmpty() && currency == m_companyCurrency)
        return kUnitMicros;
    const auto it = m_rates.constFind(currency);
    if (it == m_rates.constEnd())
        return std::nullopt;
    return it.value();
}

std::optional<qint64> CurrencyConverter::convert(qint64 minor, const QString &currency) const
{
    const auto rate = rateMicros(currency);
    if (!rate)
        return std::nullopt;
    if (*rate == kUnitMicros && currency == m_companyCurrency)
        return minor;
    return applyRate(minor, *rate, minorDigits(currency), minorDigits(m_companyCurrency));
}

void CurrencyConverter::convert(MoneyTotal &total) const
{
    total.companyMinor = 0;
    total.unconverted.clear();
    for (auto it = total.byCurrency.cbegin(); it != total.byCurrency.cend(); ++it) {
        if (const auto converted = convert(it.value(), it.key()))
            total.companyMinor += *converted;
        else
            total.unconverted.append(it.key());
    }
}

int CurrencyConverter::minorDigits(const QString &currency)
{
    // ISO 4217 currencies whose minor unit is not the usual hundredth.
    static const QSet<QString> none {
        QStringLiteral("BIF"), QStringLiteral("CLP"), QStringLiteral("DJF"), QStringLiteral("GNF"),
        QStringLiteral("ISK"), QStringLiteral("JPY"), QStringLiteral("KMF"), QStringLiteral("KRW"),
        QStringLiteral("PYG"), QStringLiteral("RWF"), QStringLiteral("UGX"), QStringLiteral("UYI"),
        QStringLiteral("VND"), QStringLiteral("VUV"), QStringLiteral("XAF"), QStringLiteral("XOF"),
        QStringLiteral("XPF"),
    };
    static const QSet<QString> three {
        QStringLiteral("BHD"), QStringLiteral("IQD"), QStringLiteral("JOD"), QStringLiteral("KWD"),
        QStringLiteral("LYD"), QStringLiteral("OMR"), QStringLiteral("TND"),
    };
    if (none.contains(currency))
        return 0;
    if (three.contains(currency))
        return 3;
    return 2;
}

qint64 CurrencyConverter::applyRate(qint64 minor, qint64 rateMicros, int fromDigits, int toDigits)
{
    // Scale up by the target's digits before dividing, so nothing is lost before the rounding.
    const qint64 numeratorScale = powerOfTen(toDigits);
    const qint64 denominator = powerOfTen(fromDigits) * kUnitMicros;
    return mulDivRound(minor, rateMicros * numeratorScale, denominator);
}

} // namespace cw
