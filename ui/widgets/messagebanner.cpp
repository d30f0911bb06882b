#include "messagebanner.h"

#include "domain/error.h"

#include <QHBoxLayout>
#include <QLabel>

namespace cw {

namespace {

struct Colors
{
    const char *background;
    const char *border;
    const char *text;
};

// Soft fills with a darker edge and dark text: readable on light and dark window palettes
// because the strip paints its own background.
Colors colorsFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Error:
        return { "#fdecea", "#e0a19b", "#611a15" };
    case MessageBanner::Kind::Warning:
        return { "#fff4e5", "#e6b566", "#663c00" };
    case MessageBanner::Kind::Information:
        break;
    }
    return { "#e8f1fa", "#94b9dc", "#0d3c61" };
}

} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_label);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text, const QString &detail)
{
    m_kind = kind;
    const Colors colors = colorsFor(kind);
    // Selected by class, not object name, so callers may name their banners.
    setStyleSheet(
        QStringLiteral("cw--MessageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                       "cw--MessageBanner QLabel { color: %3; background: transparent; border: none; }")
            .arg(QLatin1String(colors.background), QLatin1String(colors.border), QLatin1String(colors.text)));
    m_label->setText(text);
    setToolTip(detail);
    show();
}

void MessageBanner::showError(const Error &error)
{
    showError(error, error.userMessage());
}

void MessageBanner::showError(const Error &error, const QString &text)
{
    const bool fixable = error.category() == Error::Category::Config
        || error.category() == Error::Category::Auth || error.category() == Error::Category::Validation
        || error.category() == Error::Category::Duplicate;
    showMessage(fixable ? Kind::Warning : Kind::Error, text, error.detail());
}

void MessageBanner::clear()
{
    m_label->clear();
    setToolTip({});
    hide();
}

QString MessageBanner::text() const
{
    return m_label->text();
}

} // namespace cw
