#pragma once

#include <QtGlobal>

namespace cw::test {

class TempCache;

/// Fills a TempCache with a small set of failed pushes whose fixes are known, for the tests of
/// FailedPushActions, `crosswalkctl failed` and the Failed pushes page:
/// - kUnmapped: invoice of placement PL-1 (staffing customer "Acme Staffing", not linked) for
///   2026-03, outbox row dead, partner_id false; kAcmeCanonical has an Odoo record (partner 501);
/// - kNetwork: invoice of PL-2 for 2026-03, outbox row failed with a retry scheduled;
/// - kLockDate: invoice of PL-2 for 2026-02, outbox row dead, Odoo's period locked;
/// - kResolvedByRetry: resolved by the pusher ("crosswalk"), outbox row done.
/// PL-1 has three approved, unbilled lines in 2026-03 and one in 2026-04, all at 9000 EUR minor.
class FailedPushCache
{
public:
    /// Inserts the data set; false (with a warning) when a statement failed.
    static bool fill(const TempCache &cache);

    static constexpr qint64 kUnmapped = 1;
    static constexpr qint64 kNetwork = 2;
    static constexpr qint64 kLockDate = 3;
    static constexpr qint64 kResolvedByRetry = 4;
    static constexpr qint64 kOpen = 3;
    static constexpr qint64 kAcmeCanonical = 1;
    /// A canonical customer with no Odoo record.
    static constexpr qint64 kOrphanCanonical = 2;
    static constexpr qint64 kAcmePartner = 501;
    static constexpr qint64 kStaffingCustomer = 1;
    static constexpr qint64 kPlacement = 1;
    static constexpr qint64 kPlacementRate = 9000;
};

} // namespace cw::test
