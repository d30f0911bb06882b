#pragma once

#include <QPushButton>

class QKeySequence;

namespace cw {

/// A toolbar button with a keyboard shortcut that works anywhere inside @p scope (usually the
/// page it sits on, which also becomes its parent). The key presses the button visibly, so a
/// disabled button ignores it like a click would; the tooltip ends with the key in the
/// platform's notation ("Retry the selected writes (Ctrl+Shift+T)").
class ShortcutButton : public QPushButton
{
    Q_OBJECT

public:
    ShortcutButton(const QString &text, const QKeySequence &key, const QString &tip, QWidget *scope);
};

} // namespace cw
