#pragma once

#include <QFrame>

class QLabel;
class QHBoxLayout;
class QStackedWidget;
class QToolButton;

namespace cw {

/// A dashboard card around one chart: title, a line saying what the chart shows, optional
/// controls (a measure switch), a Save chart button (PNG, SVG, PDF through ChartExporter) and,
/// when there is nothing to plot, a message instead of empty axes.
/// Colours come from the palette. GUI thread only.
class ChartCard : public QFrame
{
    Q_OBJECT

public:
    /// Takes ownership of @p chart.
    ChartCard(const QString &title, QWidget *chart, QWidget *parent = nullptr);

    void setSubtitle(const QString &subtitle);
    /// Adds @p control to the header, left of the save button.
    void addHeaderWidget(QWidget *control);
    /// Shows @p message instead of the chart; an empty message shows the chart.
    void setEmptyMessage(const QString &message);
    bool isShowingChart() const;

    QString title() const;
    QWidget *chart() const { return m_chart; }
    QToolButton *saveButton() const { return m_save; }

public slots:
    /// Asks for a file name and saves the chart.
    void saveChart();

signals:
    void saved(const QString &path, bool ok, const QString &message);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QLabel *m_title;
    QLabel *m_subtitle;
    QHBoxLayout *m_header;
    QToolButton *m_save;
    QStackedWidget *m_stack;
    QWidget *m_chart;
    QLabel *m_empty;
};

} // namespace cw
