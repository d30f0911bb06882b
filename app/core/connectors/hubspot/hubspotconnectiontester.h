#pragma once

#include "hubspotconfig.h"
#include "hubspotconnectionreport.h"

#include <QObject>

#include <memory>

namespace cw {

class CredentialStore;
class HubSpotClient;

/// Tries a HubSpot token the way Crosswalk will use it: reads the account it belongs to
/// (`GET /account-info/v3/details`) and the token's scopes (private-app token introspection), and
/// names the scopes the pulls and write-back need that the token lacks, or says exactly why it
/// failed (token refused, address unreachable, HubSpot's error).
///
/// Asynchronous: start() returns at once; finished() carries the report. For the "Test
/// connection" button of Settings > Connections.
/// Thread affinity: the creating thread. Ownership: owns the temporary client; borrows the
/// CredentialStore holding the token, which must outlive the test.
class HubSpotConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit HubSpotConnectionTester(QObject *parent = nullptr);
    ~HubSpotConnectionTester() override;

    /// The scopes Crosswalk needs: read companies, contacts and deals; write companies and deals
    /// and their schemas (write-back properties).
    static const QStringList &requiredScopes();

    /// Starts a test; an earlier one still running is abandoned.
    void start(const HubSpotConfig &config, CredentialStore *credentials);
    bool isRunning() const { return m_client != nullptr; }
    const HubSpotConnectionReport &report() const { return m_report; }

signals:
    void finished(const cw::HubSpotConnectionReport &report);

private:
    void release();

    std::unique_ptr<HubSpotClient> m_client;
    HubSpotConnectionReport m_report;
    quint64 m_generation = 0;
};

} // namespace cw
