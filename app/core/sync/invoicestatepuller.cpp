#include "invoicestatepuller.h"

#include "cache/database.h"
#include "connectors/minorunits.h"
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odoopagedreader.h"
#include "sqltext.h"

#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace cw {

InvoiceStatePuller::InvoiceStatePuller(const Database &database, OdooClient *client, qint64 systemId,
                                       Mode mode, const PushOptions &options, std::shared_ptr<Clock> clock,
                                       QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_client(client)
    , m_systemId(systemId)
    , m_mode(mode)
    , m_options(options)
    , m_clock(std::move(clock))
    , m_retry(options)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, [this] { readFrom(m_resumeAfter); });
}

InvoiceStatePuller::~InvoiceStatePuller() = default;

void InvoiceStatePuller::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_counts = {};
    m_error.reset();
    m_failures = 0;
    m_payments.reset();
    m_seenPayments.clear();
    readFrom(0);
}

void InvoiceStatePuller::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_wait.stop();
    if (m_reader)
        m_reader->abort();
    finish();
}

void InvoiceStatePuller::readFrom(qint64 afterId)
{
    delete m_reader;
    if (m_payments) {
        m_reader = new OdooPagedReader(m_client, QStringLiteral("account.payment"), PaymentWriter::domain(),
                                       m_payments->fields(), 2000, {}, this);
    } else {
        const QStringList fields = m_mode == Mode::Invoices
            ? QStringList { QStringLiteral("name"), QStringLiteral("state"), QStringLiteral("amount_untaxed"),
                            QStringLiteral("amount_total"), QStringLiteral("amount_residual") }
            : QStringList { QStringLiteral("payment_state"), QStringLiteral("amount_residual") };
        const QJsonArray domain { QJsonArray {
            QStringLiteral("move_type"), QStringLiteral("in"),
            QJsonArray { QStringLiteral("out_invoice"), QStringLiteral("out_refund") } } };
        m_reader =
            new OdooPagedReader(m_client, QStringLiteral("account.move"), domain, fields, 2000, {}, this);
    }
    connect(m_reader, &OdooPagedReader::page, this, [this](const QJsonArray &records) {
        Result<void> stored = m_payments ? m_payments->store(records, m_counts.payments) : store(records);
        if (!stored) {
            m_reader->abort();
            return finish(stored.error());
        }
        if (m_payments)
            rememberPayments(records);
        else
            m_counts.read += records.size();
        emit progress(m_counts.read + m_counts.payments.read);
    });
    connect(m_reader, &OdooPagedReader::finished, this, &InvoiceStatePuller::onPassFinished);
    connect(m_reader, &OdooPagedReader::failed, this, &InvoiceStatePuller::onFailed);
    m_reader->start(afterId);
}

void InvoiceStatePuller::rememberPayments(const QJsonArray &records)
{
    for (const QJsonValue &record : records)
        m_seenPayments.insert(static_cast<qint64>(record.toObject().value(QStringLiteral("id")).toDouble()));
}

void InvoiceStatePuller::onPassFinished()
{
    // A page that failed to store ends the run inside the reader's last page; that pass is not
    // complete.
    if (!m_running)
        return;
    if (m_mode == Mode::Invoices)
        return finish();
    if (m_payments) {
        // The read reached the end: a payment it did not see is no longer in Odoo.
        Result<void> removed = m_payments->removeMissing(m_seenPayments, m_counts.payments);
        return finish(removed ? std::nullopt : std::optional<Error>(removed.error()));
    }
    // The invoices' payment state is in; now the payments. The client knows Odoo's version by
    // now (the first page connected it), which names the payment's fields.
    const int major = m_client->version() ? m_client->version()->major() : 17;
    m_payments.emplace(m_database, m_systemId, major, m_clock);
    m_failures = 0;
    m_resumeAfter = 0;
    readFrom(0);
}

void InvoiceStatePuller::onFailed()
{
    if (m_cancelled || !m_running)
        return;
    const Error error = m_reader->error();
    m_resumeAfter = m_reader->lastId();
    if (!error.isRetryable() || ++m_failures >= m_options.maxAttempts)
        return finish(error);
    m_wait.start(static_cast<int>(m_retry.delayMs(m_failures)));
}

Result<void> InvoiceStatePuller::store(const QJsonArray &records)
{
    const QString now = m_clock->now().toUTC().toString(Qt::ISODate);
    return m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        QSqlQuery update(db);
        if (m_mode == Mode::Invoices)
            update.prepare(QStringLiteral(
                "UPDATE invoice SET number = ?, state = ?, amount_untaxed_minor = ?, amount_total_minor = ?, "
                "amount_residual_minor = ?, modified_at = ? WHERE system_id = ? AND external_id = ? AND "
                "(number IS NOT ? OR state IS NOT ? OR amount_untaxed_minor IS NOT ? OR amount_total_minor "
                "IS NOT ? OR "
                "amount_residual_minor IS NOT ?)"));
        else
            update.prepare(QStringLiteral(
                "UPDATE invoice SET payment_state = ?, amount_residual_minor = ?, modified_at = ? "
                "WHERE system_id = ? AND external_id = ? AND (payment_state IS NOT ? OR "
                "amount_residual_minor IS NOT ?)"));
        for (const QJsonValue &value : records) {
            const QJsonObject record = value.toObject();
            const auto money = [&record](const char *field) {
                return MinorUnits::fromDouble(record.value(QLatin1String(field)).toDouble());
            };
            const QString name = record.value(QStringLiteral("name")).toString();
            QVariantList values = m_mode == Mode::Invoices
                ? QVariantList { sqlText(name == QLatin1String("/") ? QString() : name),
                                 sqlText(record.value(QStringLiteral("state")).toString()),
                                 money("amount_untaxed"), money("amount_total"), money("amount_residual") }
                : QVariantList { sqlText(record.value(QStringLiteral("payment_state")).toString()),
                                 money("amount_residual") };
            // The new values once to set them and once more to tell a change from a re-read.
            const QVariantList compared = values;
            values << now << m_systemId
                   << QString::number(static_cast<qint64>(record.value(QStringLiteral("id")).toDouble()));
            for (const QVariant &bound : std::as_const(values) + compared)
                update.addBindValue(bound);
            if (!update.exec())
                return sqlError(tr("The invoice state could not be saved in the cache."), update.lastError());
            if (update.numRowsAffected() > 0)
                ++m_counts.updated;
            else
                ++m_counts.skipped;
        }
        return {};
    });
}

void InvoiceStatePuller::finish(std::optional<Error> error)
{
    if (!m_running)
        return;
    m_running = false;
    m_error = std::move(error);
    emit finished();
}

} // namespace cw
