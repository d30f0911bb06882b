#pragma once

#include <QString>

#include <optional>

namespace cw {

/// Money and quantities from the wire into integers: HubSpot sends decimals as strings ("1250.50"),
/// Bullhorn as JSON numbers. Never keeps a binary double longer than the conversion.
class MinorUnits
{
public:
    /// "1250.5" with 2 decimals gives 125050; a sign, blanks around and a decimal comma are
    /// accepted; more fractional digits round half away from zero. Empty for anything else.
    static std::optional<qint64> fromDecimalText(const QString &text, int decimals = 2);
    /// @p value scaled by 10^@p decimals and rounded half away from zero.
    static qint64 fromDouble(double value, int decimals = 2);
};

} // namespace cw
