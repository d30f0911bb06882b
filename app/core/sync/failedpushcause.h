#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace cw {

struct FailedPush;

/// What a failed push is about, in words, and what can be fixed for it inside Crosswalk.
///
/// The pusher's fingerprints name the cause ("odoo.partner_missing", "odoo.lock_date",
/// "http.502"); a person reads the cause, not the fingerprint. Pure functions; thread affinity:
/// none.
class FailedPushCause
{
    Q_DECLARE_TR_FUNCTIONS(cw::FailedPushCause)

public:
    /// The fix Crosswalk offers before retrying.
    enum class Fix {
        None, ///< nothing to change here: fix it in Odoo (or wait), then retry
        LinkCustomer, ///< the customer has no partner in Odoo: link it to a canonical customer that has one
        ChooseProductTax, ///< Odoo needs a product or a tax for the invoice lines
        CorrectBillRate, ///< the placement's bill rate is missing or wrong
    };

    /// "Customer not mapped", "Period locked", "Odoo unreachable", ...; falls back to the
    /// category's title for fingerprints it does not know.
    static QString title(const QString &category, const QString &fingerprint);
    /// The fingerprints title() has its own words for.
    static QStringList knownFingerprints();
    static Fix fixFor(const QString &category, const QString &fingerprint);
    static Fix fixFor(const FailedPush &push);
    /// "Link customer…", "Choose product and tax…", "Correct bill rate…"; empty for Fix::None.
    static QString fixTitle(Fix fix);
};

} // namespace cw
