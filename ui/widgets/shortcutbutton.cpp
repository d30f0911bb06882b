#include "shortcutbutton.h"

#include <QKeySequence>
#include <QShortcut>

namespace cw {

ShortcutButton::ShortcutButton(const QString &text, const QKeySequence &key, const QString &tip,
                               QWidget *scope)
    : QPushButton(text, scope)
{
    setToolTip(tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
    auto *shortcut = new QShortcut(key, scope);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &QPushButton::animateClick);
}

} // namespace cw
