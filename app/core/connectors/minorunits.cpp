#include "minorunits.h"

#include <cmath>

namespace cw {

std::optional<qint64> MinorUnits::fromDecimalText(const QString &text, int decimals)
{
    QString value = text.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    const bool negative = value.startsWith(QLatin1Char('-'));
    if (negative || value.startsWith(QLatin1Char('+')))
        value.remove(0, 1);
    value.replace(QLatin1Char(','), QLatin1Char('.'));
    const qsizetype point = value.indexOf(QLatin1Char('.'));
    const QString whole = point < 0 ? value : value.left(point);
    QString fraction = point < 0 ? QString() : value.mid(point + 1);
    const auto digitsOnly = [](const QString &part) {
        return std::all_of(part.begin(), part.end(), [](QChar c) { return c.isDigit(); });
    };
    if ((whole.isEmpty() && fraction.isEmpty()) || !digitsOnly(whole) || !digitsOnly(fraction)
        || whole.size() > 15)
        return std::nullopt;
    const bool roundUp = fraction.size() > decimals && fraction.at(decimals) >= QLatin1Char('5');
    fraction = fraction.left(decimals).leftJustified(decimals, QLatin1Char('0'));
    qint64 result = whole.isEmpty() ? 0 : whole.toLongLong();
    for (int i = 0; i < decimals; ++i)
        result *= 10;
    result += fraction.isEmpty() ? 0 : fraction.toLongLong();
    if (roundUp)
        ++result;
    return negative ? -result : result;
}

qint64 MinorUnits::fromDouble(double value, int decimals)
{
    return static_cast<qint64>(std::llround(value * std::pow(10.0, decimals)));
}

} // namespace cw
