#pragma once

#include <QString>

namespace cw {

/// A null QString binds as SQL NULL; text columns of the cache are NOT NULL with '' for "none".
inline QString sqlText(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

/// The characters QString::trimmed() removes (QChar::isSpace), to bind as the second argument of
/// SQL trim(X, Y): a planner comparing a source's text with what a pusher stored trimmed trims it
/// exactly the same way.
inline const QString &sqlSpaces()
{
    static const QString spaces = [] {
        QString found;
        for (int code = 0; code <= 0xFFFF; ++code) {
            if (const QChar c(static_cast<char16_t>(code)); c.isSpace())
                found.append(c);
        }
        return found;
    }();
    return spaces;
}

} // namespace cw
