#pragma once

#include <QAbstractButton>

class QLabel;

namespace cw {

/// A Dashboard tile: a title, one large figure and a line or two of detail. Clicking it (or
/// Enter/Space while focused) emits clicked(), which opens the page behind the figure.
/// Colours come from the palette, so it follows light, dark and high-contrast themes.
class SummaryTile : public QAbstractButton
{
    Q_OBJECT

public:
    explicit SummaryTile(const QString &title, QWidget *parent = nullptr);

    void setValue(const QString &value);
    void setDetail(const QString &detail);
    QString title() const;
    QString value() const;
    QString detail() const;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    void updateAccessibleName();

    QLabel *m_title;
    QLabel *m_value;
    QLabel *m_detail;
};

} // namespace cw
