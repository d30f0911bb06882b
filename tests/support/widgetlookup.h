#pragma once

#include <QLineEdit>
#include <QtTest>

namespace cw::test {

/// The child of @p parent named @p name, or nullptr. Header-only, for widget tests.
template<typename T> T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

/// Replaces the text of the line edit named @p name with @p text, typed key by key as a user would.
inline void setText(QWidget *parent, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(parent, name);
    QVERIFY2(edit, name);
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace cw::test
