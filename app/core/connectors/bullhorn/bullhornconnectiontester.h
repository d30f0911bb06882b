#pragma once

#include "bullhornconfig.h"
#include "bullhornconnectionreport.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <memory>

namespace cw {

class BullhornClient;
class CredentialStore;

/// Tries a Bullhorn connection the way Crosswalk will use it: signs in (OAuth and REST login),
/// reads the corporation and user it reached (`settings/corporationName,userId`), then counts the client
/// corporations and placements the API user sees and whether Time & Expense (TimesheetEntry) or pay-and-bill
/// (BillableCharge) data is visible, or says exactly why it failed (client id or secret refused, user or
/// password refused, unreachable address).
///
/// Asynchronous: start() returns at once; finished() carries the report. For the "Test
/// connection" button of Settings > Connections.
/// Thread affinity: the creating thread. Ownership: owns the temporary client; borrows the
/// CredentialStore, which must outlive the test.
class BullhornConnectionTester : public QObject
{
    Q_OBJECT

public:
    explicit BullhornConnectionTester(QObject *parent = nullptr);
    ~BullhornConnectionTester() override;

    /// Starts a test; an earlier one still running is abandoned.
    void start(const BullhornConfig &config, CredentialStore *credentials);
    bool isRunning() const { return m_client != nullptr; }
    const BullhornConnectionReport &report() const { return m_report; }

signals:
    void finished(const cw::BullhornConnectionReport &report);

private:
    void readSettings();
    void countNext(int step);
    void fail(const Error &error);
    void finish();
    void release();

    std::unique_ptr<BullhornClient> m_client;
    BullhornConnectionReport m_report;
    quint64 m_generation = 0;
};

} // namespace cw
