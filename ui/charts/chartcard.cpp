#include "chartcard.h"

#include "chartexporter.h"
#include "chartstyle.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw {

ChartCard::ChartCard(const QString &title, QWidget *chart, QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(title, this))
    , m_subtitle(new QLabel(this))
    , m_header(new QHBoxLayout)
    , m_save(new QToolButton(this))
    , m_stack(new QStackedWidget(this))
    , m_chart(chart)
    , m_empty(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    m_title->setFont(titleFont);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->setWordWrap(true);
    m_subtitle->hide();
    m_save->setIcon(QIcon(QStringLiteral(":/icons/export.svg")));
    m_save->setText(tr("Save chart…"));
    m_save->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_save->setAutoRaise(true);
    m_save->setToolTip(tr("Save this chart as a PNG image, an SVG drawing or a PDF document"));
    m_save->setAccessibleName(tr("Save chart"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_stack->addWidget(chart);
    m_stack->addWidget(m_empty);

    auto *titles = new QVBoxLayout;
    titles->setSpacing(2);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    m_header->addLayout(titles, 1);
    m_header->addWidget(m_save, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 12, 10);
    layout->setSpacing(6);
    layout->addLayout(m_header);
    layout->addWidget(m_stack, 1);

    connect(m_save, &QToolButton::clicked, this, &ChartCard::saveChart);
}

void ChartCard::setSubtitle(const QString &subtitle)
{
    m_subtitle->setText(subtitle);
    m_subtitle->setVisible(!subtitle.isEmpty());
}

void ChartCard::addHeaderWidget(QWidget *control)
{
    m_header->insertWidget(m_header->count() - 1, control, 0, Qt::AlignTop);
}

void ChartCard::setEmptyMessage(const QString &message)
{
    m_empty->setText(message);
    m_stack->setCurrentWidget(message.isEmpty() ? m_chart : static_cast<QWidget *>(m_empty));
    m_save->setEnabled(message.isEmpty());
}

bool ChartCard::isShowingChart() const
{
    return m_stack->currentWidget() == m_chart;
}

QString ChartCard::title() const
{
    return m_title->text();
}

void ChartCard::saveChart()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString name = title().toLower();
    name.replace(QRegularExpression(QStringLiteral("[^\\w]+")), QStringLiteral("-"));
    const QString suggested =
        QDir(folder).filePath(QStringLiteral("%1-%2.png").arg(name, QDate::currentDate().toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save chart"), suggested, ChartExporter::fileFilters());
    if (path.isEmpty())
        return;
    const auto written = ChartExporter::save(m_chart, path, title());
    if (!written) {
        QMessageBox::warning(this, tr("Chart not saved"), written.error().userMessage());
        emit saved(path, false, written.error().userMessage());
        return;
    }
    emit saved(path, true, tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path)));
}

void ChartCard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    painter.setPen(QPen(ChartStyle::mix(colors.color(QPalette::Base), colors.color(QPalette::WindowText), 0.14), 1.0));
    painter.setBrush(colors.color(QPalette::Base));
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
}

} // namespace cw
