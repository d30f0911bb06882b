#pragma once

#include <QString>

#include <optional>

namespace cw {

/// The idempotency key of a draft customer invoice: what it represents, placement and billing
/// month, `odoo:invoice:<placement external id>:<YYYY-MM>`, with `:<n>` appended for the n-th
/// invoice of the same month (hours approved after the first was pushed). The key is also the
/// invoice's external id in Odoo (module `crosswalk`, see xmlName()) and its `ref`.
/// A plain value.
struct InvoiceKey
{
    QString placementExternalId;
    /// "YYYY-MM".
    QString period;
    /// 1 for the month's first invoice.
    int sequence = 1;

    QString toString() const;
    /// Parses toString(); nullopt for anything else.
    static std::optional<InvoiceKey> parse(const QString &key);

    /// Odoo external id names may not contain dots and should be plain words, so every character
    /// other than a letter, digit or '-' is written as _XX (its UTF-8 bytes in hex): one key, one
    /// name, and no two keys share a name.
    static QString xmlName(const QString &text);
    /// "crosswalk.<xmlName(key)>".
    static QString xmlId(const QString &key);
    /// External id of the invoice line made of the timesheet line @p lineExternalId.
    static QString lineXmlId(const QString &key, const QString &lineExternalId);
    static inline const QString kModule = QStringLiteral("crosswalk");
};

} // namespace cw
