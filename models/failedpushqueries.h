#pragma once

#include "queryspec.h"

#include <QCoreApplication>
#include <QDate>

namespace cw {

/// The lists of the Failed pushes page: failures one per row (open, resolved or all) and open
/// failures grouped by cause (category and fingerprint). Each row's id is the failed push's id;
/// a group's id is the id of its oldest failed push, whose category and fingerprint name the
/// group.
///
/// Pure functions returning values; thread affinity: none.
class FailedPushQueries
{
    Q_DECLARE_TR_FUNCTIONS(cw::FailedPushQueries)

public:
    enum class Rows { Open, Resolved, All };

    /// Failed pushes, most recently seen first; ages counted up to @p today.
    static QuerySpec list(Rows rows, const QDate &today);
    /// Open failed pushes grouped by cause, most failures first.
    static QuerySpec grouped(const QDate &today);
};

} // namespace cw
