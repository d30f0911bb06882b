#include "kpisnapshot.h"

namespace cw {

const KpiTile *KpiSnapshot::tile(KpiTile::Id id) const
{
    for (const KpiTile &t : tiles) {
        if (t.id == id)
            return &t;
    }
    return nullptr;
}

} // namespace cw
