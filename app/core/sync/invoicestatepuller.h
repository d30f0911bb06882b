#pragma once

#include "domain/result.h"
#include "paymentwriter.h"
#include "pushoptions.h"
#include "retrypolicy.h"
#include "util/clock.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <memory>
#include <optional>

namespace cw {

class Database;
class OdooClient;
class OdooPagedReader;

/// Reads customer invoices back from Odoo (keyset pages of account.move) and updates the cache's
/// invoice rows of that Odoo: with Mode::Invoices their number, state and amounts, with
/// Mode::Payments their payment state and amount due, then the customer payments themselves
/// (account.payment, written by PaymentWriter: which invoice each paid, how much, when). So
/// unbilled, invoiced and paid are known per timesheet line (through timesheet_line.invoice_id)
/// and DSO can be told. Invoices the cache does not hold are skipped; the pull is a full read,
/// cheap next to the push (one round trip per 2,000 invoices or payments). Being full, the
/// payment read also tells which payments were deleted in Odoo: once it is complete, the cache
/// drops their rows (PaymentWriter::removeMissing()). The invoices they paid lose their payment
/// state with them, because Odoo recomputes it and the invoice pass reads it first.
/// A failed page is retried after backoff from where it stopped, up to PushOptions::maxAttempts.
/// Thread affinity: the thread of @p client and of the cache connection it writes through.
class InvoiceStatePuller : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Invoices, Payments };
    struct Counts
    {
        qint64 read = 0;
        qint64 updated = 0;
        qint64 skipped = 0;
        /// Mode::Payments: the account.payment pass.
        PaymentWriter::Counts payments;
    };

    InvoiceStatePuller(const Database &database, OdooClient *client, qint64 systemId, Mode mode,
                       const PushOptions &options, std::shared_ptr<Clock> clock = Clock::system(),
                       QObject *parent = nullptr);
    ~InvoiceStatePuller() override;

    void start();
    void cancel();
    const Counts &counts() const { return m_counts; }
    const std::optional<Error> &error() const { return m_error; }

signals:
    void progress(qint64 read);
    void finished();

private:
    void readFrom(qint64 afterId);
    void onPassFinished();
    void rememberPayments(const QJsonArray &records);
    Result<void> store(const QJsonArray &records);
    void onFailed();
    void finish(std::optional<Error> error = std::nullopt);

    const Database &m_database;
    OdooClient *m_client;
    qint64 m_systemId;
    Mode m_mode;
    PushOptions m_options;
    std::shared_ptr<Clock> m_clock;
    RetryPolicy m_retry;
    QPointer<OdooPagedReader> m_reader;
    QTimer m_wait;
    std::optional<PaymentWriter> m_payments;
    /// Ids of the payments read in this pass, retries included.
    QSet<qint64> m_seenPayments;
    qint64 m_resumeAfter = 0;
    int m_failures = 0;
    bool m_running = false;
    bool m_cancelled = false;
    Counts m_counts;
    std::optional<Error> m_error;
};

} // namespace cw
