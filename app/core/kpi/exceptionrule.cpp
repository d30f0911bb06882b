#include "exceptionrule.h"

#include "currencyconverter.h"
#include "sqlitereader.h"

#include <QLocale>

namespace cw {

QString ExceptionRule::hours(qint64 minutes)
{
    return tr("%1 h").arg(QLocale().toString(double(minutes) / 60.0, 'f', 2));
}

QString ExceptionRule::money(qint64 minor, const QString &currency)
{
    const int digits = CurrencyConverter::minorDigits(currency);
    double scale = 1.0;
    for (int i = 0; i < digits; ++i)
        scale *= 10.0;
    return tr("%1 %2", "amount, currency code")
        .arg(QLocale().toString(double(minor) / scale, 'f', digits), currency);
}

} // namespace cw
