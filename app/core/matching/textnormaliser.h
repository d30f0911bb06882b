#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace cw {

/// Unicode folding and tokenising shared by the field normalisers of the matcher.
///
/// fold() lower-cases, applies compatibility decomposition (full-width forms, ligatures) and drops
/// accents, and spells out letters that have no decomposition (ß, æ, ø, ł, đ, þ). Scripts without
/// accents (Cyrillic, Greek, CJK) are lower-cased and kept. Thread affinity: none, all functions
/// are pure and reentrant.
class TextNormaliser
{
public:
    /// "Ｍüller & Söhne" -> "muller & sohne"; "Straße" -> "strasse".
    static QString fold(QStringView text);

    /// Folds @p text and splits it into tokens of letters and digits. Apostrophes join their
    /// neighbours ("O'Brien" -> "obrien"), "&" and "+" become the token "and", every other
    /// character separates, and runs of single letters join ("S.A.R.L." -> "sarl",
    /// "J. P. Morgan" -> "jp morgan").
    static QStringList tokens(QStringView text);

    /// True if @p token consists of digits only.
    static bool isNumber(QStringView token);
};

} // namespace cw
