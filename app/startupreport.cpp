#include "startupreport.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

#include <cstdio>

namespace cw {

StartupReport *StartupReport::attach(QWidget *window)
{
    return new StartupReport(window);
}

StartupReport::StartupReport(QWidget *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool StartupReport::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        watched->removeEventFilter(this);
        // Queued: the frame counts once its painting has finished, not when it begins.
        QTimer::singleShot(0, this, &StartupReport::reportIfDone);
    }
    return QObject::eventFilter(watched, event);
}

void StartupReport::pageReady()
{
    m_pageReady = true;
    reportIfDone();
}

void StartupReport::reportIfDone()
{
    if (!m_painted || !m_pageReady || m_reported)
        return;
    m_reported = true;
    std::printf("ready peak_rss_kb=%lld\n", static_cast<long long>(peakResidentKilobytes()));
    std::fflush(stdout);
    QCoreApplication::quit();
}

qint64 StartupReport::peakResidentKilobytes()
{
    // /proc files report size 0, so read to the end rather than asking atEnd().
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace cw
