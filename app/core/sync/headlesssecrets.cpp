#include "headlesssecrets.h"

#include "cache/database.h"
#include "connectionprofile.h"
#include "credentials/credentialstore.h"

#include <QSqlQuery>

namespace cw {

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

void HeadlessSecrets::fill(const ConnectionProfile &profile, SyncEngineOptions options, Done done)
{
    m_options = std::move(options);
    m_done = std::move(done);
    m_missing.clear();
    m_wanted = { { tr("The Odoo secret"), profile.odooSecretEnv, m_options.odooSystemId,
                   SystemConfig::kPasswordAccount, [](SyncEngineOptions &o, const QString &secret) {
                       o.odoo.secret = secret;
                   } } };
    if (m_options.crm) {
        m_wanted.append({ tr("The CRM token"), profile.crmTokenEnv,
                          firstSystem(SystemConfig::kindName(SystemConfig::Kind::Crm)),
                          SystemConfig::kTokenAccount, [](SyncEngineOptions &o, const QString &secret) {
                              o.crmToken = secret;
                          } });
    }
    if (m_options.staffing) {
        const qint64 staffing = firstSystem(SystemConfig::kindName(SystemConfig::Kind::Staffing));
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
        if (wanted.systemId <= 0 || !m_keychain) {
            missing(wanted, Error(Error::Category::NotFound, tr("this cache has no such system yet")));
            continue;
        }
        m_keychain->readSecret(
            CredentialStore::keyFor(wanted.systemId, wanted.account), this,
            [this, wanted](const Result<QString> &stored) {
                if (stored && !stored.value().isEmpty())
                    wanted.set(m_options, stored.value());
                else
                    missing(wanted, stored ? Error(Error::Category::NotFound, tr("empty")) : stored.error());
                next();
            });
        return;
    }
    const Done done = std::exchange(m_done, nullptr);
    if (!m_missing.isEmpty())
        return done(Error(Error::Category::Config, m_missing.join(QLatin1Char(' '))));
    done(m_options);
}

void HeadlessSecrets::missing(const Wanted &wanted, const Error &keychainError)
{
    QString reason = keychainError.userMessage();
    if (reason.endsWith(QLatin1Char('.')))
        reason.chop(1);
    m_missing.append(
        tr("%1 is neither in the environment variable %2 nor in the keychain (%3).")
            .arg(wanted.what, wanted.variable.isEmpty() ? tr("(none named)") : wanted.variable, reason));
}

} // namespace cw
