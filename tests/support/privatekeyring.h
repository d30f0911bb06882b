#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace cw::test {

/// A D-Bus session bus and an unlocked GNOME Keyring of their own, living in a temporary folder,
/// so keychain tests use the real Secret Service without touching the user's keyring and without
/// depending on how the test was started (plain ctest, dbus-run-session, a desktop session).
///
/// start() points this process's DBUS_SESSION_BUS_ADDRESS at the private bus: call it before
/// anything in the process talks to D-Bus. Both daemons are stopped with the object.
class PrivateKeyring
{
public:
    PrivateKeyring();
    ~PrivateKeyring();
    PrivateKeyring(const PrivateKeyring &) = delete;
    PrivateKeyring &operator=(const PrivateKeyring &) = delete;

    /// Starts the bus and the keyring daemon and waits until the Secret Service answers.
    /// Returns false and sets error() when a daemon is missing or does not come up.
    bool start();
    QString error() const { return m_error; }
    /// Locks the login keyring, as the desktop does after a timeout or on screen lock. Unlocking
    /// it again would need a password prompt, which the private session cannot show.
    bool lock();
    /// The bus address the process now uses.
    QString busAddress() const { return m_address; }
    /// Folder of the keyring files (encrypted by GNOME Keyring).
    QString keyringFolder() const;

private:
    QProcessEnvironment environment() const;
    bool startBus();
    bool startKeyring();
    bool secretServiceOwned() const;
    QByteArray callBus(const QStringList &arguments) const;
    void stop(QProcess &process);

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
    QString m_error;
};

} // namespace cw::test
