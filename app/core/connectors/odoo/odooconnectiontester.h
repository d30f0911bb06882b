#pragma once

#include "odooconnectionreport.h"
#include "odooconnectionsettings.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

namespace cw {

class OdooClient;
class OdooReply;

/// Tries an Odoo connection the way Crosswalk will use it and reports the server version, the
/// database, the user, the company and the API calls will use, or exactly why it failed: wrong
/// address, not an Odoo server, TLS error, unknown database, refused credentials, timeout.
///
/// Asynchronous: start() returns at once; finished() carries the report. Settings > Connections
/// calls it behind its "Test connection" button.
/// Thread affinity: the creating thread. Ownership: owns the temporary client.
class OdooConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit OdooConnectionTester(QObject *parent = nullptr);
    ~OdooConnectionTester() override;

    /// Starts a test; an earlier one still running is abandoned.
    void start(const OdooConnectionSettings &settings);
    void abort();
    bool isRunning() const { return m_client != nullptr; }
    const OdooConnectionReport &report() const { return m_report; }

    /// Classifies a connection error into a report (used by start(); public for tests).
    static OdooConnectionReport classify(const Error &error, const OdooConnectionSettings &settings);

signals:
    void finished(const cw::OdooConnectionReport &report);

private:
    void onConnected();
    void onUserRead();
    void finish(OdooConnectionReport report);

    OdooConnectionSettings m_settings;
    OdooClient *m_client = nullptr;
    QPointer<OdooReply> m_reply;
    OdooConnectionReport m_report;
};

} // namespace cw
