#pragma once

#include <QString>

namespace cw {

/// A null QString binds as SQL NULL; text columns of the cache are NOT NULL with '' for "none".
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

} // namespace cw
