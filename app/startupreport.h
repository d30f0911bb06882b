#pragma once

#include <QObject>

class QWidget;

namespace cw {

/// Marks the end of a cold start for `crosswalk --report-startup` (used by
/// tests/bench/bench_coldstart, in the spirit of LibreOffice's --terminate_after_init): once the
/// main window has painted its first frame and the first page has its figures on screen, prints
/// `ready peak_rss_kb=N` (VmHWM) on standard output and quits the application. The benchmark times
/// the process from outside, so the figure includes loading the program and its libraries.
///
/// Thread affinity: the GUI thread. Owned by the window it watches.
class StartupReport : public QObject
{
    Q_OBJECT

public:
    /// Watches @p window; the caller connects its first page's "figures shown" signal to pageReady().
    static StartupReport *attach(QWidget *window);

    void pageReady();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit StartupReport(QWidget *window);
    void reportIfDone();
    static qint64 peakResidentKilobytes();

    bool m_painted = false;
    bool m_pageReady = false;
    bool m_reported = false;
};

} // namespace cw
