#include "kpitile.h"

namespace cw {

std::optional<double> KpiTile::change() const
{
    if (!value || !previous)
        return std::nullopt;
    return *value - *previous;
}

} // namespace cw
