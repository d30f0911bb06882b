#include "hubspotconnectiontester.h"

#include "hubspotclient.h"

namespace cw {

HubSpotConnectionTester::HubSpotConnectionTester(QObject *parent)
    : QObject(parent)
{ }

HubSpotConnectionTester::~HubSpotConnectionTester() = default;

const QStringList &HubSpotConnectionTester::requiredScopes()
{
    static const QStringList scopes {
        QStringLiteral("crm.objects.companies.read"), QStringLiteral("crm.objects.contacts.read"),
        QStringLiteral("crm.objects.deals.read"),     QStringLiteral("crm.objects.companies.write"),
        QStringLiteral("crm.objects.deals.write"),    QStringLiteral("crm.schemas.companies.write"),
        QStringLiteral("crm.schemas.deals.write"),
    };
    return scopes;
}

void HubSpotConnectionTester::start(const HubSpotConfig &config, CredentialStore *credentials)
{
    const quint64 generation = ++m_generation;
    m_report = {};
    m_client = std::make_unique<HubSpotClient>(config, credentials);
    m_client->account([this, generation](const Result<HubSpotAccount> &account) {
        if (generation != m_generation)
            return;
        if (!account) {
            m_report.error = account.error();
            m_report.message = account.error().userMessage();
            m_report.detail = account.error().detail();
            release();
            emit finished(m_report);
            return;
        }
        const HubSpotAccount &reached = account.value();
        m_report.succeeded = true;
        m_report.portalId = reached.portalId;
        m_report.accountType = reached.accountType;
        m_report.scopes = reached.scopes;
        m_report.scopesKnown = reached.scopesKnown;
        for (const QString &scope : requiredScopes()) {
            if (reached.scopesKnown && !reached.scopes.contains(scope))
                m_report.missingScopes.append(scope);
        }
        const QString where =
            tr("Reached HubSpot account %1 (%2, %3, data in %4).")
                .arg(reached.portalId)
                .arg(reached.accountType, reached.companyCurrency, reached.dataHostingLocation);
        QString scopes;
        if (!reached.scopesKnown)
            scopes = tr("Its scopes cannot be read for this kind of token; a missing scope shows when a "
                        "synchronisation needs it.");
        else if (m_report.missingScopes.isEmpty())
            scopes = tr("The token has every scope Crosswalk needs (%n scope(s) granted).", nullptr,
                        static_cast<int>(reached.scopes.size()));
        else
            scopes = tr("The token lacks %1: add them to the private app and paste its new token.")
                         .arg(m_report.missingScopes.join(QStringLiteral(", ")));
        m_report.message = where + QLatin1Char(' ') + scopes;
        m_report.detail = tr("Scopes: %1").arg(reached.scopes.join(QStringLiteral(", ")));
        release();
        emit finished(m_report);
    });
}

void HubSpotConnectionTester::release()
{
    // Why later: this runs inside one of the client's own callbacks.
    m_client.release()->deleteLater();
}

} // namespace cw
