#include "moneytotal.h"

namespace cw {

void MoneyTotal::add(const QString &currency, qint64 minor)
{
    byCurrency[currency] += minor;
}

void MoneyTotal::add(const MoneyTotal &other)
{
    for (auto it = other.byCurrency.cbegin(); it != other.byCurrency.cend(); ++it)
        byCurrency[it.key()] += it.value();
}

} // namespace cw
