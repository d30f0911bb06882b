#include "failedpushdetail.h"

#include "messagebanner.h"
#include "sync/failedpushcause.h"

#include <QFontDatabase>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace cw {

namespace {

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *wrapped(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

QString when(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

FailedPushDetail::FailedPushDetail(QWidget *parent)
    : QWidget(parent)
    , m_banner(new MessageBanner(this))
    , m_hint(
          new QLabel(tr("Select a failed push to see what Odoo said, the records it was made from and what "
                        "to do about it."),
                     this))
    , m_content(new QWidget(this))
    , m_problem(new QLabel(m_content))
    , m_facts(wrapped(m_content))
    , m_message(wrapped(m_content))
    , m_remote(new QPlainTextEdit(m_content))
    , m_source(wrapped(m_content))
    , m_resolution(wrapped(m_content))
{
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    QFont titleFont = m_problem->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_problem->setFont(titleFont);
    m_problem->setWordWrap(true);
    m_facts->setForegroundRole(QPalette::PlaceholderText);
    m_remote->setReadOnly(true);
    m_remote->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_remote->setAccessibleName(tr("Odoo's message"));
    m_remote->setMaximumHeight(fontMetrics().height() * 8);
    m_source->setTextFormat(Qt::RichText);

    auto *content = new QVBoxLayout(m_content);
    content->setContentsMargins(0, 0, 0, 0);
    content->addWidget(m_problem);
    content->addWidget(m_facts);
    content->addSpacing(6);
    content->addWidget(sectionTitle(tr("What happened"), m_content));
    content->addWidget(m_message);
    content->addSpacing(6);
    content->addWidget(sectionTitle(tr("What Odoo said"), m_content));
    content->addWidget(m_remote);
    content->addSpacing(6);
    content->addWidget(sectionTitle(tr("Made from"), m_content));
    content->addWidget(m_source);
    content->addWidget(m_resolution);
    content->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *inner = new QWidget(scroll);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(12, 0, 4, 0);
    innerLayout->addWidget(m_hint, 1);
    innerLayout->addWidget(m_content);
    scroll->setWidget(inner);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_banner);
    layout->addWidget(scroll, 1);
    setMinimumWidth(fontMetrics().averageCharWidth() * 40);
    clear();
}

void FailedPushDetail::clear()
{
    m_content->hide();
    m_hint->show();
}

void FailedPushDetail::setPush(const FailedPush &push, int sameCause)
{
    m_problem->setText(FailedPushCause::title(push.category, push.fingerprint));
    QStringList facts;
    facts << (push.systemName.isEmpty() ? tr("Failed push %1").arg(push.id)
                                        : tr("Failed push %1 to %2").arg(push.id).arg(push.systemName));
    facts << tr("%n attempt(s)", nullptr, push.attempts) << tr("seen %n time(s)", nullptr, push.occurrences);
    facts << tr("first %1, last %2").arg(when(push.firstSeen), when(push.lastSeen));
    if (sameCause > 1)
        facts << tr("%n open failure(s) with this cause", nullptr, sameCause);
    if (push.isOpen() && push.outboxState == QLatin1String("pending"))
        facts << tr("queued again: the next sync sends it");
    m_facts->setText(facts.join(QStringLiteral(" · ")));
    m_message->setText(push.message);
    m_remote->setPlainText(push.remoteMessage.isEmpty()
                               ? tr("(Odoo was not asked: the problem was found in Crosswalk.)")
                               : push.remoteMessage);
    m_source->setText(sourceHtml(push.source));
    if (push.isResolvedByRetry())
        m_resolution->setText(tr("Resolved by a later retry on %1.").arg(when(push.resolvedAt)));
    else if (!push.isOpen())
        m_resolution->setText(
            tr("Resolved by %1 on %2: %3").arg(push.resolvedBy, when(push.resolvedAt), push.resolution));
    m_resolution->setVisible(!push.isOpen());
    m_hint->hide();
    m_content->show();
}

QString FailedPushDetail::sourceHtml(const QJsonObject &source)
{
    struct Field
    {
        const char *key;
        QString title;
    };
    const Field fields[] = {
        { "customer", tr("Customer") },     { "placement", tr("Placement") }, { "period", tr("Period") },
        { "lines", tr("Timesheet lines") }, { "amount", tr("Amount") },
    };
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const Field &field : fields) {
        const QJsonValue value = source.value(QLatin1String(field.key));
        if (value.isUndefined() || value.isNull())
            continue;
        QString text = value.isDouble() ? QLocale().toString(value.toDouble(), 'g', 12) : value.toString();
        if (QLatin1String(field.key) == QLatin1String("amount"))
            text = QStringLiteral("%1 %2")
                       .arg(text, source.value(QStringLiteral("currency")).toString())
                       .trimmed();
        html += QStringLiteral("<tr><td style=\"padding-right:12px\">%1</td><td>%2</td></tr>")
                    .arg(field.title.toHtmlEscaped(), text.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

bool FailedPushDetail::isShowingHint() const
{
    return m_content->isHidden();
}

QString FailedPushDetail::problemText() const
{
    return m_problem->text();
}

QString FailedPushDetail::remoteText() const
{
    return m_remote->toPlainText();
}

QString FailedPushDetail::sourceText() const
{
    return m_source->text();
}

} // namespace cw
