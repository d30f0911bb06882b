#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace cw {

/// The panel a list shows instead of an empty table: what will appear here and how to get it,
/// with an optional action ("Clear filter").
class EmptyState : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyState(QWidget *parent = nullptr);

    /// @p iconName is a name under :/icons/ (without .svg); empty for none.
    void setIconName(const QString &iconName);
    void setMessage(const QString &title, const QString &text);
    /// Shows a button with @p text; empty text hides it.
    void setAction(const QString &text);

    QString title() const;
    QString text() const;

signals:
    void actionTriggered();

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_action;
};

} // namespace cw
