#include "emptystate.h"

#include <QFile>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw {

namespace {

constexpr int kIconSize = 56;
// Past this width a paragraph gets hard to read; the panel centres a column of it.
constexpr int kTextWidth = 440;

} // namespace

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
{
    m_icon->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // The message may quote the user's filter text: never interpret it as markup.
    m_title->setTextFormat(Qt::PlainText);
    m_text->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addStretch(2);
    layout->addWidget(m_icon, 0, Qt::AlignHCenter);
    layout->addSpacing(4);
    layout->addWidget(m_title, 0, Qt::AlignHCenter);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addSpacing(6);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyState::setIconName(const QString &iconName)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(iconName);
    if (iconName.isEmpty() || !QFile::exists(path)) {
        m_icon->clear();
        m_icon->hide();
        return;
    }
    m_icon->setPixmap(QIcon(path).pixmap(QSize(kIconSize, kIconSize), devicePixelRatioF(), QIcon::Disabled));
    m_icon->show();
}

void EmptyState::setMessage(const QString &title, const QString &text)
{
    m_title->setText(title);
    m_text->setText(text);
    // Centred in the layout, a wrapping label would get the height of one line: give each the
    // height its text needs at the column width.
    for (QLabel *label : { m_title, m_text })
        label->setFixedSize(kTextWidth, label->heightForWidth(kTextWidth));
}

void EmptyState::setAction(const QString &text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::text() const
{
    return m_text->text();
}

} // namespace cw
