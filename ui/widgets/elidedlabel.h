#pragma once

#include <QFrame>

namespace cw {

/// One line of text that shrinks with its space: the middle is replaced by "…" when it does not
/// fit (paths keep their start and file name), and the tooltip always shows the whole text.
class ElidedLabel : public QFrame
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_text; }
    /// The text as currently drawn.
    QString shownText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_text;
};

} // namespace cw
