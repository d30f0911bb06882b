#pragma once

#include <QString>

namespace cw {

/// Paging, order and laziness of OdooClient::readGroup(). A plain value.
struct OdooGroupOptions
{
    qint64 offset = 0;
    /// 0 or less: no limit.
    qint64 limit = 0;
    QString orderby;
    /// Group by the first groupby field only (Odoo's default), with `__context` for the rest.
    bool lazy = true;
};

} // namespace cw
