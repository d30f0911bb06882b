#pragma once

#include <QString>
#include <QStringView>

namespace cw {

/// Phone numbers in E.164 form ("+493012345678"), parsed with libphonenumber.
///
/// The region (ISO 3166 alpha-2) applies to numbers written in national form; numbers with "+" or
/// an international prefix carry their own country. Extensions are dropped: they name a desk, not
/// the company. Text libphonenumber cannot parse as a phone number comes back empty.
///
/// Common national and international spellings of a fixed set of countries take a fast path
/// that gives exactly libphonenumber's answer (see the tests) at a fraction of its cost, which is
/// what lets a million records be normalised in seconds; everything else goes to libphonenumber.
/// Thread affinity: none; safe to call from several threads at once.
class PhoneNormaliser
{
public:
    /// E.164 form of @p raw, or an empty string.
    static QString toE164(QStringView raw, QStringView region);
    /// The same, always through libphonenumber (for tests and cross-checks).
    static QString toE164Reference(QStringView raw, QStringView region);
    /// Country calling code of @p region ("DE" -> 49), 0 if unknown.
    static int countryCode(QStringView region);
};

} // namespace cw
