#pragma once

#include "domain/result.h"
#include "syncengineoptions.h"

#include <QObject>
#include <QString>

#include <functional>

namespace cw {

class CredentialStore;
class Database;
struct ConnectionProfile;
struct SystemConfig;

/// Finds the secrets of a headless sync (`crosswalkctl sync --profile`): the Odoo secret and,
/// when the options carry a CRM or staffing system (ConnectionProfile::applyPullSystems), the
/// CRM token and the staffing client secret and password. Each comes from the environment
/// variable the profile names or, when that is unset or empty, from the keychain entry the
/// desktop application keeps for the same system of the cache
/// (CredentialStore::keyFor(id, account) with the first system of its kind, as the pull uses it).
/// The keychain is used only when that system's address, database, login, client id and login
/// address are the profile's: a profile is a shareable file, and one pointing elsewhere must not
/// receive the desktop's secrets. Never from the profile or the command line. When neither place
/// has a secret, the error names both, and why the keychain could not give it, for every secret
/// missing.
///
/// Thread affinity: the thread that created it, with a running event loop. Ownership: borrows
/// the cache and the keychain, which must outlive it.
class HeadlessSecrets : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(const Result<SyncEngineOptions> &options)>;

    HeadlessSecrets(const Database &database, CredentialStore *keychain, QObject *parent = nullptr);

    /// Fills the secrets @p options needs and calls @p done once, always later (from the event
    /// loop), with the options or a Config error. The keychain is read only for secrets the
    /// environment lacks. One fill() at a time.
    void fill(const ConnectionProfile &profile, SyncEngineOptions options, Done done);

private:
    /// The cache system whose keychain entries may give a secret, or 0 and the sentence saying why
    /// none may.
    struct KeychainEntry
    {
        qint64 systemId = 0;
        QString refusal;
    };

    struct Wanted
    {
        /// What it is, as the start of a sentence ("The CRM token").
        QString what;
        QString variable;
        KeychainEntry entry;
        QString account;
        std::function<void(SyncEngineOptions &, const QString &)> set;
    };

    qint64 firstSystem(const QString &kind) const;
    KeychainEntry keychainEntry(qint64 systemId, const SystemConfig &expected) const;
    void next();
    void missing(const Wanted &wanted, const QString &reason);

    const Database &m_database;
    CredentialStore *m_keychain;
    QList<Wanted> m_wanted;
    SyncEngineOptions m_options;
    QStringList m_missing;
    Done m_done;
};

} // namespace cw
