#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace cw {

/// Legal forms of companies (Inc, LLC, Ltd, GmbH, SA, S.A.R.L., B.V., AG, plc, Pty Ltd, ...).
///
/// A legal form is kept as a separate, canonical field rather than thrown away: it is weak
/// evidence (systems disagree about it for the same customer), but "Acme GmbH" and "Acme Inc"
/// may well be different companies. Every form has a short canonical code ("gmbh", "pty-ltd")
/// and a family of forms that data entry commonly interchanges ("inc" and "corp", "ltd" and
/// "plc"). Thread affinity: none, all functions are pure.
class LegalForms
{
public:
    /// Removes the legal form from folded name tokens (see TextNormaliser::tokens()) and returns
    /// its code, or an empty string when the name carries none. Forms are found at the end of the
    /// name ("acme staffing gmbh"), and unambiguous ones also after the first token
    /// ("acme ltd uk"); short words that are also ordinary words ("co", "as", "sa", "spa") count
    /// only at the end. The first token is never removed, so a name never becomes empty.
    static QString extract(QStringList *tokens);

    /// Canonical code of a legal form written on its own ("S.A.R.L." -> "sarl",
    /// "GmbH & Co. KG" -> "gmbh-co-kg"); empty if @p text is not a known form.
    static QString canonical(QStringView text);

    /// Small positive id of a code for compact storage (0 for an empty or unknown code).
    static quint8 id(QStringView code);
    /// Family id of a code id: forms in the same family are near-synonyms (0 for none).
    static quint8 familyOf(quint8 id);
    /// Code for an id from id(); empty for 0.
    static QString code(quint8 id);
};

} // namespace cw
