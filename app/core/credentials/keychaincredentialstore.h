#pragma once

#include "credentialstore.h"

namespace cw {

/// The real credential store: the operating system's keychain through QtKeychain (Secret Service
/// such as GNOME Keyring or KWallet on Linux, Keychain on macOS, Credential Manager on Windows).
///
/// Entries are filed under the service name kService with the CredentialStore key as account.
/// The insecure plaintext fallback of QtKeychain is always off: when no keychain is reachable a
/// request fails with Error::Category::Config and code kUnavailable instead of writing anything
/// elsewhere. Other failures: refused access, or writing to a locked keychain, is Auth
/// (kAccessDenied); a missing entry is NotFound (kNotFound), and so is reading from a locked
/// keychain whose unlock prompt fails, because the Secret Service hides locked items. Error details
/// carry QtKeychain's text, never the secret.
///
/// Thread affinity and ownership as CredentialStore.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT

public:
    static inline const QString kService = QStringLiteral("Crosswalk");
    static inline const QString kUnavailable = QStringLiteral("keychain.unavailable");
    static inline const QString kAccessDenied = QStringLiteral("keychain.access_denied");
    static inline const QString kNotFound = QStringLiteral("keychain.not_found");
    static inline const QString kFailed = QStringLiteral("keychain.failed");

    explicit KeychainCredentialStore(QObject *parent = nullptr);

protected:
    void startRead(const QString &key, ReadCompletion complete) override;
    void startWrite(const QString &key, const QString &secret, Completion complete) override;
    void startRemove(const QString &key, Completion complete) override;
};

} // namespace cw
