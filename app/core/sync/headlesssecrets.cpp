#include "headlesssecrets.h"

#include "cache/database.h"
#include "cache/systemrepository.h"
#include "connectionprofile.h"
#include "connectors/bullhorn/bullhornconfig.h"
#include "credentials/credentialstore.h"

#include <QSqlQuery>
#include <QUrl>

namespace cw {

namespace {

bool sameAddress(const QString &a, const QString &b)
{
    const auto normal = [](const QString &text) {
        QUrl url = QUrl(text.trimmed()).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
        // StripTrailingSlash keeps a lone "/": the host's root is the host.
        if (url.path() == QLatin1String("/"))
            url.setPath(QString());
        return url;
    };
    return normal(a) == normal(b);
}

QString option(const SystemConfig &system, const QString &name)
{
    return system.options.value(name).toString().trimmed();
}

/// Whether @p stored is the connection @p expected describes, in everything that decides where its
/// secrets are sent.
bool sameConnection(const SystemConfig &stored, const SystemConfig &expected)
{
    return stored.kind == expected.kind && sameAddress(stored.url, expected.url)
        && stored.databaseName.trimmed() == expected.databaseName.trimmed()
        && stored.login.trimmed() == expected.login.trimmed()
        && option(stored, SystemConfig::kClientIdOption) == option(expected, SystemConfig::kClientIdOption)
        && sameAddress(option(stored, BullhornConfig::kLoginUrlOption),
                       option(expected, BullhornConfig::kLoginUrlOption));
}

SystemConfig odooSystem(const OdooConnectionSettings &odoo)
{
    SystemConfig system;
    system.url = odoo.url.toString();
    system.databaseName = odoo.database;
    system.login = odoo.login;
    return system;
}

} // namespace

HeadlessSecrets::HeadlessSecrets(const Database &database, CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_keychain(keychain)
{ }

qint64 HeadlessSecrets::firstSystem(const QString &kind) const
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT id FROM system WHERE kind = ? ORDER BY id LIMIT 1"));
    query.addBindValue(kind);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

HeadlessSecrets::KeychainEntry HeadlessSecrets::keychainEntry(qint64 systemId,
                                                              const SystemConfig &expected) const
{
    if (systemId <= 0)
        return { 0, tr("This cache has no such system yet.") };
    const Result<SystemConfig> stored = SystemRepository(m_database).find(systemId);
    if (!stored)
        return { 0, stored.error().userMessage() };
    if (!sameConnection(stored.value(), expected))
        return { 0,
                 tr("The keychain holds the secret of the connection \"%1\" of this cache, whose address, "
                    "database, login or client id differ from the profile's, so it is not sent there.")
                     .arg(stored.value().name) };
    return { systemId, {} };
}

void HeadlessSecrets::fill(const ConnectionProfile &profile, SyncEngineOptions options, Done done)
{
    m_options = std::move(options);
    m_done = std::move(done);
    m_missing.clear();
    m_wanted = { { tr("The Odoo secret"), profile.odooSecretEnv,
                   keychainEntry(m_options.odooSystemId, odooSystem(m_options.odoo)),
                   SystemConfig::kPasswordAccount, [](SyncEngineOptions &o, const QString &secret) {
                       o.odoo.secret = secret;
                   } } };
    if (m_options.crm) {
        m_wanted.append(
            { tr("The CRM token"), profile.crmTokenEnv,
              keychainEntry(firstSystem(SystemConfig::kindName(SystemConfig::Kind::Crm)), *m_options.crm),
              SystemConfig::kTokenAccount, [](SyncEngineOptions &o, const QString &secret) {
                  o.crmToken = secret;
              } });
    }
    if (m_options.staffing) {
        const KeychainEntry staffing = keychainEntry(
            firstSystem(SystemConfig::kindName(SystemConfig::Kind::Staffing)), *m_options.staffing);
        m_wanted.append({ tr("The staffing client secret"), profile.staffingClientSecretEnv, staffing,
                          SystemConfig::kClientSecretAccount,
                          [](SyncEngineOptions &o, const QString &secret) {
                              o.staffingClientSecret = secret;
                          } });
        m_wanted.append({ tr("The staffing password"), profile.staffingPasswordEnv, staffing,
                          SystemConfig::kPasswordAccount, [](SyncEngineOptions &o, const QString &secret) {
                              o.staffingPassword = secret;
                          } });
    }
    // Why queued: the caller learns the outcome from its event loop, even when nothing is read.
    QMetaObject::invokeMethod(this, &HeadlessSecrets::next, Qt::QueuedConnection);
}

void HeadlessSecrets::next()
{
    while (!m_wanted.isEmpty()) {
        const Wanted wanted = m_wanted.takeFirst();
        const QString value = wanted.variable.isEmpty()
            ? QString()
            : qEnvironmentVariable(wanted.variable.toLocal8Bit().constData());
        if (!value.isEmpty()) {
            wanted.set(m_options, value);
            continue;
        }
        if (wanted.entry.systemId <= 0 || !m_keychain) {
            missing(wanted, m_keychain ? wanted.entry.refusal : tr("No keychain is available."));
            continue;
        }
        m_keychain->readSecret(CredentialStore::keyFor(wanted.entry.systemId, wanted.account), this,
                               [this, wanted](const Result<QString> &stored) {
                                   if (stored && !stored.value().isEmpty())
                                       wanted.set(m_options, stored.value());
                                   else
                                       missing(wanted,
                                               stored ? tr("Its keychain entry is empty.")
                                                      : stored.error().userMessage());
                                   next();
                               });
        return;
    }
    const Done done = std::exchange(m_done, nullptr);
    if (!m_missing.isEmpty())
        return done(Error(Error::Category::Config, m_missing.join(QLatin1Char(' '))));
    done(m_options);
}

void HeadlessSecrets::missing(const Wanted &wanted, const QString &reason)
{
    const QString where = wanted.variable.isEmpty()
        ? tr("%1 is not in the keychain, and the profile names no environment variable for it.")
              .arg(wanted.what)
        : tr("%1 is neither in the environment variable %2 nor in the keychain.")
              .arg(wanted.what, wanted.variable);
    m_missing.append(where + QLatin1Char(' ') + reason);
}

} // namespace cw
