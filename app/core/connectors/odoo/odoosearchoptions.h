#pragma once

#include <QString>

namespace cw {

/// Paging and order of OdooClient::search() and searchRead(). A plain value.
struct OdooSearchOptions
{
    qint64 offset = 0;
    /// 0 or less: no limit.
    qint64 limit = 0;
    /// "field [asc|desc], ..."; empty: the model's default order.
    QString order;
};

} // namespace cw
