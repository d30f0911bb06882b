#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace cw {

/// One connected system (an Odoo database, a CRM account, a staffing platform, a file source),
/// as stored in the cache's `system` table. Holds no secrets: those live in the CredentialStore
/// under CredentialStore::keyFor(id, account) for each account in secretAccounts(kind).
///
/// A value type; safe to copy between threads.
struct SystemConfig
{
    Q_DECLARE_TR_FUNCTIONS(cw::SystemConfig)

public:
    enum class Kind { Odoo, Crm, Staffing, File };

    /// Secret of Odoo (API key or password of the login) and of the staffing platform user.
    static inline const QString kPasswordAccount = QStringLiteral("password");
    /// Bearer token of the CRM (HubSpot private app token or service key).
    static inline const QString kTokenAccount = QStringLiteral("token");
    /// OAuth client secret of the staffing platform (Bullhorn).
    static inline const QString kClientSecretAccount = QStringLiteral("client_secret");
    /// Non-secret option holding the staffing platform's OAuth client id.
    static inline const QString kClientIdOption = QStringLiteral("client_id");

    qint64 id = 0; ///< 0 until stored
    Kind kind = Kind::Odoo;
    QString name;
    QString url;
    QString databaseName; ///< Odoo database; empty for other kinds
    QString login;
    QJsonObject options; ///< non-secret settings, e.g. Odoo version, API path prefix, client id
    bool enabled = true;
    QDateTime createdAt; ///< UTC, set by the repository
    QDateTime updatedAt; ///< UTC, set by the repository

    /// Stable lowercase name stored in the cache: "odoo", "crm", "staffing", "file".
    static QString kindName(Kind kind);
    /// Parses kindName(); false for an unknown name.
    static bool kindFromName(const QString &name, Kind *kind);
    /// The kind in the user's language, e.g. "CRM (HubSpot)".
    static QString kindTitle(Kind kind);
    /// Whether a system of @p kind is reached at an address (all but File).
    static bool hasAddress(Kind kind) { return kind != Kind::File; }
    /// Whether it names an Odoo database.
    static bool hasDatabase(Kind kind) { return kind == Kind::Odoo; }
    /// Whether it signs in as a user (Odoo and the staffing platform; the CRM uses a token).
    static bool hasLogin(Kind kind) { return kind == Kind::Odoo || kind == Kind::Staffing; }
    /// Whether it needs an OAuth client id (the staffing platform), kept in options.
    static bool hasClientId(Kind kind) { return kind == Kind::Staffing; }
    /// The names (the `<account>` part of the credential keys) of the secrets a system of
    /// @p kind keeps in the keychain, in the order a form asks for them.
    static QStringList secretAccounts(Kind kind);

    /// Everything but the timestamps, as compact-able JSON; never contains a secret.
    QJsonObject toJson() const;
    /// Same stored fields (timestamps ignored).
    bool sameSettings(const SystemConfig &other) const { return toJson() == other.toJson(); }
};

} // namespace cw
