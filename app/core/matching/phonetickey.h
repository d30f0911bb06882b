#pragma once

#include <QString>
#include <QStringView>

namespace cw {

/// A Metaphone-style phonetic key for one folded word: words that sound alike share a key
/// ("smith"/"smyth" -> "SM0", "acme"/"akme" -> "AKM", "schmidt"/"schmitt" -> "SKMT").
///
/// Simplified from Lawrence Philips' Metaphone and Double Metaphone (primary code only): vowels
/// count only at the start, silent initial letters and "gh" are dropped, C/K/Q, S/Z, F/PH/V, B/P
/// and D/T-like groups are merged, and repeated codes collapse. Digits are kept. Letters outside
/// a-z are kept as they are. Thread affinity: none.
class PhoneticKey
{
public:
    static QString encode(QStringView word, int maxLength = 6);
};

} // namespace cw
