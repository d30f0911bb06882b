#include "cellformatter.h"

#include <QDate>
#include <QDateTime>

namespace cw {

namespace {

// Symbols that name one currency without doubt. "$" alone is only used when the user's own
// currency is not also a dollar, so a Canadian user sees "USD 5.00" next to "$5.00".
QString wellKnownSymbol(const QString &currency)
{
    static const QHash<QString, QString> symbols {
        { QStringLiteral("EUR"), QStringLiteral("€") }, { QStringLiteral("GBP"), QStringLiteral("£") },
        { QStringLiteral("USD"), QStringLiteral("$") }, { QStringLiteral("JPY"), QStringLiteral("¥") },
        { QStringLiteral("INR"), QStringLiteral("₹") }, { QStringLiteral("KRW"), QStringLiteral("₩") },
        { QStringLiteral("ILS"), QStringLiteral("₪") }, { QStringLiteral("NGN"), QStringLiteral("₦") },
        { QStringLiteral("UAH"), QStringLiteral("₴") }, { QStringLiteral("VND"), QStringLiteral("₫") },
    };
    return symbols.value(currency);
}

} // namespace

CellFormatter::CellFormatter(const QLocale &locale)
    : m_locale(locale)
{ }

QString CellFormatter::text(const QuerySpec::Column &column, const QVariant &value, const QVariant &currency,
                            bool masked) const
{
    if (value.isNull())
        return {};
    if (masked && column.personal)
        return maskText();
    switch (column.kind) {
    case QuerySpec::Kind::Text: {
        const QString stored = value.toString();
        return column.labels.value(stored, stored);
    }
    case QuerySpec::Kind::Date: {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? m_locale.toString(date, QLocale::ShortFormat) : value.toString();
    }
    case QuerySpec::Kind::DateTime: {
        const QDateTime instant = QDateTime::fromString(value.toString(), Qt::ISODate);
        return instant.isValid() ? m_locale.toString(instant.toLocalTime(), QLocale::ShortFormat)
                                 : value.toString();
    }
    case QuerySpec::Kind::Money:
        return money(value.toLongLong(), currency.toString());
    case QuerySpec::Kind::Minutes:
        return hours(value.toLongLong());
    case QuerySpec::Kind::Count:
    case QuerySpec::Kind::Days:
        return m_locale.toString(value.toLongLong());
    case QuerySpec::Kind::Seconds:
        return duration(value.toLongLong());
    }
    return value.toString();
}

QString CellFormatter::money(qint64 minorUnits, const QString &currency) const
{
    const int digits = currencyDigits(currency);
    double divisor = 1.0;
    for (int i = 0; i < digits; ++i)
        divisor *= 10.0;
    // Amounts stay integers everywhere; the division happens only here, for display.
    const double amount = static_cast<double>(minorUnits) / divisor;
    if (currency.isEmpty())
        return m_locale.toString(amount, 'f', digits);
    const QString symbol = currencySymbol(currency);
    if (symbol.isEmpty()) {
        // An ISO code glued to the number ("USD5.00") is hard to read; finance writes "5.00 USD".
        return m_locale.toString(amount, 'f', digits) + QChar(0x00A0) + currency;
    }
    return m_locale.toCurrencyString(amount, symbol, digits);
}

QString CellFormatter::hours(qint64 minutes) const
{
    return tr("%1 h").arg(m_locale.toString(static_cast<double>(minutes) / 60.0, 'f', 2));
}

QString CellFormatter::duration(qint64 seconds) const
{
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

int CellFormatter::currencyDigits(const QString &currency)
{
    static const QHash<QString, int> exceptions {
        { QStringLiteral("JPY"), 0 }, { QStringLiteral("KRW"), 0 }, { QStringLiteral("ISK"), 0 },
        { QStringLiteral("CLP"), 0 }, { QStringLiteral("VND"), 0 }, { QStringLiteral("XOF"), 0 },
        { QStringLiteral("XAF"), 0 }, { QStringLiteral("BHD"), 3 }, { QStringLiteral("KWD"), 3 },
        { QStringLiteral("OMR"), 3 }, { QStringLiteral("JOD"), 3 }, { QStringLiteral("TND"), 3 },
        { QStringLiteral("IQD"), 3 }, { QStringLiteral("LYD"), 3 },
    };
    return exceptions.value(currency, 2);
}

QString CellFormatter::currencySymbol(const QString &currency) const
{
    if (currency == m_locale.currencySymbol(QLocale::CurrencyIsoCode))
        return m_locale.currencySymbol(QLocale::CurrencySymbol);
    const QString symbol = wellKnownSymbol(currency);
    if (symbol == m_locale.currencySymbol(QLocale::CurrencySymbol))
        return {};
    return symbol;
}

} // namespace cw
