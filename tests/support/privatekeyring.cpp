#include "privatekeyring.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QThread>

namespace cw::test {

namespace {
constexpr int kStartTimeoutMs = 15000;
} // namespace

PrivateKeyring::PrivateKeyring() = default;

PrivateKeyring::~PrivateKeyring()
{
    stop(m_keyring);
    stop(m_bus);
}

QString PrivateKeyring::keyringFolder() const
{
    return m_dir.filePath(QStringLiteral("data/keyrings"));
}

QProcessEnvironment PrivateKeyring::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_dir.filePath(QStringLiteral("run")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    // No display: a password prompt (gcr-prompter) must fail rather than pop up on a desktop.
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (!m_address.isEmpty())
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    return env;
}

bool PrivateKeyring::start()
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    // gnome-keyring insists on a private runtime folder.
    QDir(m_dir.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(m_dir.filePath(QStringLiteral("run")),
                          QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    if (!startBus() || !startKeyring())
        return false;
    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    return true;
}

bool PrivateKeyring::startBus()
{
    m_bus.setProcessEnvironment(environment());
    m_bus.start(
        QStringLiteral("dbus-daemon"),
        { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    if (!m_bus.waitForStarted(kStartTimeoutMs)) {
        m_error = QStringLiteral("dbus-daemon did not start: %1").arg(m_bus.errorString());
        return false;
    }
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!m_bus.canReadLine() && !deadline.hasExpired())
        m_bus.waitForReadyRead(100);
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (m_address.isEmpty()) {
        m_error = QStringLiteral("dbus-daemon printed no address: %1")
                      .arg(QString::fromUtf8(m_bus.readAllStandardError()));
        return false;
    }
    return true;
}

bool PrivateKeyring::startKeyring()
{
    m_keyring.setProcessEnvironment(environment());
    m_keyring.start(QStringLiteral("gnome-keyring-daemon"),
                    { QStringLiteral("--foreground"), QStringLiteral("--unlock"),
                      QStringLiteral("--components=secrets") });
    if (!m_keyring.waitForStarted(kStartTimeoutMs)) {
        m_error = QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring.errorString());
        return false;
    }
    // --unlock reads the password of the login keyring from stdin up to end of file; the
    // keyring is created with it on first use.
    m_keyring.write("crosswalk-test");
    m_keyring.waitForBytesWritten(kStartTimeoutMs);
    m_keyring.closeWriteChannel();
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!secretServiceOwned()) {
        if (deadline.hasExpired() || m_keyring.state() == QProcess::NotRunning) {
            m_error = QStringLiteral("the Secret Service did not appear on the private bus: %1")
                          .arg(QString::fromUtf8(m_keyring.readAllStandardError()));
            return false;
        }
        QThread::msleep(50);
    }
    return true;
}

bool PrivateKeyring::secretServiceOwned() const
{
    return callBus({ QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                     QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                     QStringLiteral("string:org.freedesktop.secrets") })
        .contains("boolean true");
}

bool PrivateKeyring::lock()
{
    const QByteArray reply = callBus(
        { QStringLiteral("--dest=org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
          QStringLiteral("org.freedesktop.Secret.Service.Lock"),
          QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login") });
    return reply.contains("/org/freedesktop/secrets/collection/login");
}

QByteArray PrivateKeyring::callBus(const QStringList &arguments) const
{
    QProcess call;
    call.setProcessEnvironment(environment());
    call.start(QStringLiteral("dbus-send"),
               QStringList { QStringLiteral("--session"), QStringLiteral("--print-reply") } + arguments);
    if (!call.waitForFinished(kStartTimeoutMs))
        return {};
    return call.readAllStandardOutput();
}

void PrivateKeyring::stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(3000))
        process.kill();
    process.waitForFinished(3000);
}

} // namespace cw::test
