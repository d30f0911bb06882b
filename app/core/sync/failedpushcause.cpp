#include "failedpushcause.h"

#include "domain/error.h"
#include "failedpush.h"

namespace cw {

namespace {

struct Known
{
    const char *fingerprint;
    const char *title;
};
// Marked for translation in FailedPushCause's context; tr() below looks them up.
constexpr Known kKnown[] = {
    { "odoo.partner_missing", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Customer not mapped") },
    { "odoo.lock_date", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Period locked") },
    { "odoo.vat_format", QT_TRANSLATE_NOOP("cw::FailedPushCause", "VAT number invalid") },
    { "odoo.access_denied", QT_TRANSLATE_NOOP("cw::FailedPushCause", "API key refused") },
    { "odoo.access_error", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Missing access right") },
    { "odoo.product_missing", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Product missing") },
    { "odoo.tax_missing", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Tax missing") },
    { "odoo.bill_rate", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Bill rate missing or wrong") },
    { "sync.customer_not_mapped", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Customer not mapped") },
    { "sync.rate_missing", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Bill rate missing or wrong") },
    { "sync.product_missing", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Product missing") },
    { "sync.tax_missing", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Tax missing") },
    { "sync.currency_mismatch", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Expense in another currency") },
    { "http.502", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Odoo unreachable") },
    { "http.503", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Odoo unavailable") },
    { "http.429", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Rate limited") },
    { "timeout", QT_TRANSLATE_NOOP("cw::FailedPushCause", "Timed out") },
};

} // namespace

QString FailedPushCause::title(const QString &category, const QString &fingerprint)
{
    for (const Known &known : kKnown) {
        if (fingerprint == QLatin1String(known.fingerprint))
            return tr(known.title);
    }
    switch (fixFor(category, fingerprint)) {
    case Fix::LinkCustomer:
        return tr("Customer not mapped");
    case Fix::ChooseProductTax:
        return tr("Product or tax missing");
    case Fix::CorrectBillRate:
        return tr("Bill rate missing or wrong");
    case Fix::None:
        break;
    }
    Error::Category known = Error::Category::Internal;
    return Error::categoryFromName(category, &known) ? Error::categoryTitle(known) : category;
}

QStringList FailedPushCause::knownFingerprints()
{
    QStringList fingerprints;
    for (const Known &known : kKnown)
        fingerprints << QLatin1String(known.fingerprint);
    return fingerprints;
}

FailedPushCause::Fix FailedPushCause::fixFor(const QString &category, const QString &fingerprint)
{
    // Product and tax failures may come as "mapping" too; the fingerprint is the more precise.
    if (fingerprint.contains(QLatin1String("product")) || fingerprint.contains(QLatin1String("tax")))
        return Fix::ChooseProductTax;
    if (fingerprint.contains(QLatin1String("bill_rate"))
        || fingerprint.contains(QLatin1String("rate_missing"))
        || fingerprint.contains(QLatin1String("price")))
        return Fix::CorrectBillRate;
    if (category == QLatin1String("mapping") || fingerprint.contains(QLatin1String("partner")))
        return Fix::LinkCustomer;
    return Fix::None;
}

FailedPushCause::Fix FailedPushCause::fixFor(const FailedPush &push)
{
    return fixFor(push.category, push.fingerprint);
}

QString FailedPushCause::fixTitle(Fix fix)
{
    switch (fix) {
    case Fix::LinkCustomer:
        return tr("Link customer…");
    case Fix::ChooseProductTax:
        return tr("Choose product and tax…");
    case Fix::CorrectBillRate:
        return tr("Correct bill rate…");
    case Fix::None:
        break;
    }
    return {};
}

} // namespace cw
