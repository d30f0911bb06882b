#include "invoicepusher.h"

#include "cache/database.h"
#include "connectors/odoo/odooclient.h"
#include "connectors/odoo/odooreply.h"
#include "kpi/currencyconverter.h"
#include "sqltext.h"
#include "util/logging.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace cw {

namespace {

const QString kMove = QStringLiteral("account.move");
const QString kCancelled = QStringLiteral("net.cancelled");

QString hoursText(qint64 minutes)
{
    // Six decimals keep every whole minute exact: round(quantity * 60) gives the minutes back.
    return QString::number(static_cast<double>(minutes) / 60.0, 'f', 6);
}

// In the currency's own units: minor units of JPY are yen, of KWD thousandths.
QString priceText(qint64 minor, const QString &currency)
{
    const int digits = CurrencyConverter::minorDigits(currency);
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    qint64 scale = 1;
    for (int i = 0; i < digits; ++i)
        scale *= 10;
    const qint64 value = std::abs(minor);
    const QString whole = sign + QString::number(value / scale);
    if (digits == 0)
        return whole;
    return whole + QLatin1Char('.') + QString::number(value % scale).rightJustified(digits, QLatin1Char('0'));
}

QString withoutModule(const QString &xmlId)
{
    return xmlId.mid(InvoiceKey::kModule.size() + 1);
}

// An =like pattern matching @p text literally (Odoo passes it to SQL LIKE, escape character \).
QString likeLiteral(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    text.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return text;
}

// The external id name of a line of the invoice named @p moveName starts with this.
QString linePrefix(const QString &moveName)
{
    return moveName + QStringLiteral("__");
}

// The database ids of @p items as a JSON array, for `IN (SELECT value FROM json_each(?))`.
template<typename Items> QString jsonIds(const Items &items)
{
    QString text = QStringLiteral("[");
    for (const auto &item : items) {
        if (text.size() > 1)
            text += QLatin1Char(',');
        text += QString::number(item.id);
    }
    return text + QLatin1Char(']');
}

} // namespace

InvoicePusher::InvoicePusher(const Database &database, OdooClient *client, qint64 systemId,
                             const PushOptions &options, std::shared_ptr<Clock> clock, QObject *parent)
    : OutboxPusher(database, client, systemId, QStringLiteral("create_invoice"), options, clock, parent)
    , m_reader(database, systemId)
{ }

InvoicePusher::~InvoicePusher() = default;

void InvoicePusher::resume()
{
    if (m_setupAttempts > 0 && m_productId == 0 && !m_setupProblem)
        resolveSetup();
    else
        pump();
}

void InvoicePusher::resolveSetup()
{
    ++m_setupAttempts;
    OdooSearchOptions one;
    one.limit = 1;
    OdooReply *product = track(m_client->searchRead(
        QStringLiteral("product.product"),
        QJsonArray { QJsonArray { QStringLiteral("default_code"), QStringLiteral("in"),
                                  QJsonArray { m_options.productCode, m_options.expenseProductCode } } },
        { QStringLiteral("id"), QStringLiteral("default_code") }));
    connect(product, &OdooReply::finished, this, [this, product, one] {
        untrack(product);
        if (m_cancelled)
            return finish();
        if (!product->ok()) {
            const Error error = product->error();
            if (error.isRetryable())
                m_circuit.recordFailure(error);
            if (!error.isRetryable() || m_setupAttempts >= m_options.maxAttempts)
                return finish(error);
            m_wait.start(static_cast<int>(m_retry.delayMs(m_setupAttempts, product->retryAfterMs())));
            return;
        }
        m_productId = -1;
        m_expenseProductId = -1;
        for (const QJsonValue &record : product->records()) {
            const QJsonObject object = record.toObject();
            const QString code = object.value(QStringLiteral("default_code")).toString();
            const auto id = static_cast<qint64>(object.value(QStringLiteral("id")).toDouble());
            if (code == m_options.productCode && m_productId <= 0)
                m_productId = id;
            if (code == m_options.expenseProductCode && m_expenseProductId <= 0)
                m_expenseProductId = id;
        }
        if (m_productId <= 0) {
            m_setupProblem =
                Error(Error::Category::Mapping,
                      tr("The product %1 for billed hours does not exist in Odoo, so no invoice line "
                         "can be made. Create it in Odoo or choose another product, then retry.")
                          .arg(m_options.productCode))
                    .setCode(QStringLiteral("sync.product_missing"));
        }
        if (m_options.taxName.isEmpty() || m_setupProblem)
            return reconcile();
        OdooReply *tax = track(m_client->searchRead(
            QStringLiteral("account.tax"),
            QJsonArray {
                QJsonArray { QStringLiteral("name"), QStringLiteral("="), m_options.taxName },
                QJsonArray { QStringLiteral("type_tax_use"), QStringLiteral("="), QStringLiteral("sale") } },
            { QStringLiteral("id") }, one));
        connect(tax, &OdooReply::finished, this, [this, tax] {
            untrack(tax);
            if (m_cancelled)
                return finish();
            if (!tax->ok())
                return finish(tax->error());
            if (tax->records().isEmpty())
                m_setupProblem =
                    Error(Error::Category::Mapping,
                          tr("The sales tax \"%1\" does not exist in Odoo, so the invoice lines cannot "
                             "carry it. Create it in Odoo or choose another tax, then retry.")
                              .arg(m_options.taxName))
                        .setCode(QStringLiteral("sync.tax_missing"));
            else
                m_taxId = static_cast<qint64>(
                    tax->records().first().toObject().value(QStringLiteral("id")).toDouble());
            reconcile();
        });
    });
}

void InvoicePusher::reconcile()
{
    Result<QList<OutboxRow>> rows = m_outbox.inFlight();
    if (!rows)
        return finish(rows.error());
    m_reconcileQueue = rows.value();
    m_reconciling = true;
    if (!m_reconcileQueue.isEmpty())
        qCInfo(lcSync) << "reconciling" << m_reconcileQueue.size() << "invoice pushes left in flight";
    pump();
}

void InvoicePusher::pump()
{
    if (!isRunning())
        return;
    if (m_cancelled) {
        if (m_active == 0)
            finish();
        return;
    }
    while (m_reconciling && m_active < m_options.concurrency && !m_reconcileQueue.isEmpty()) {
        const QList<OutboxRow> rows = m_reconcileQueue.mid(0, m_options.batchSize);
        m_reconcileQueue.remove(0, rows.size());
        Result<QList<InvoiceDraft>> drafts = m_reader.read(rows);
        if (!drafts)
            return finish(drafts.error());
        m_counts.read += rows.size();
        startBatch(drafts.value(), true);
    }
    if (m_reconciling) {
        // Nothing new goes out before every row left in flight is settled.
        if (m_active > 0 || !m_reconcileQueue.isEmpty())
            return;
        m_reconciling = false;
    }
    while (isRunning() && !m_cancelled && m_active < m_options.concurrency && m_circuit.allow()) {
        Result<QList<OutboxRow>> rows = m_outbox.claimDue(m_options.batchSize);
        if (!rows)
            return finish(rows.error());
        if (rows.value().isEmpty()) {
            m_circuit.releaseProbe();
            break;
        }
        Result<QList<InvoiceDraft>> drafts = m_reader.read(rows.value());
        if (!drafts)
            return finish(drafts.error());
        m_counts.read += rows.value().size();
        const bool triedBefore =
            std::any_of(rows.value().cbegin(), rows.value().cend(), [](const OutboxRow &row) {
                return row.attempts > 1 || !row.lastErrorCategory.isEmpty();
            });
        startBatch(drafts.value(), triedBefore);
    }
    if (isRunning() && m_active == 0)
        waitOrFinish();
}

void InvoicePusher::addSetupProblem(InvoiceDraft &draft) const
{
    if (!draft.problem && m_setupProblem)
        draft.problem = m_setupProblem;
    if (!draft.problem && !draft.expenses.isEmpty() && m_expenseProductId <= 0)
        draft.problem =
            Error(Error::Category::Mapping,
                  tr("The product %1 for re-invoiced expenses does not exist in Odoo, so the expenses "
                     "of %2 (%3) cannot go on an invoice. Create it in Odoo with the unit Units, then retry.")
                      .arg(m_options.expenseProductCode, draft.customerName, draft.key.period))
                .setCode(QStringLiteral("sync.product_missing"));
}

bool InvoicePusher::setAside(InvoiceDraft &draft)
{
    addSetupProblem(draft);
    if (!draft.problem)
        return false;
    if (draft.problem->code() == InvoiceDraftReader::kNothingToBill)
        commitSkipped(draft);
    else
        commitDead(draft, *draft.problem, QString());
    return true;
}

void InvoicePusher::startBatch(QList<InvoiceDraft> drafts, bool lookupFirst)
{
    // A row tried before may have reached Odoo: it is looked up before any problem sets it aside.
    if (!lookupFirst)
        drafts.erase(std::remove_if(drafts.begin(), drafts.end(),
                                    [this](InvoiceDraft &draft) { return setAside(draft); }),
                     drafts.end());
    if (drafts.isEmpty() || !isRunning())
        return;
    auto batch = std::make_shared<Batch>();
    batch->drafts = std::move(drafts);
    batch->lookupFirst = lookupFirst;
    ++m_active;
    if (lookupFirst)
        lookup(batch);
    else
        sendHeaders(batch);
}

void InvoicePusher::lookup(const BatchPtr &batch)
{
    // The invoices by name, and every line Crosswalk ever wrote on them by the name's prefix: lines
    // the drafts no longer have are found too.
    QJsonArray names;
    QJsonArray anyOf;
    for (const InvoiceDraft &draft : std::as_const(batch->drafts)) {
        const QString move = withoutModule(InvoiceKey::xmlId(draft.row.key));
        names.append(move);
        anyOf.append(QJsonArray { QStringLiteral("name"), QStringLiteral("=like"),
                                  QString(likeLiteral(linePrefix(move)) + QLatin1Char('%')) });
    }
    QJsonArray domain { QJsonArray { QStringLiteral("module"), QStringLiteral("="), InvoiceKey::kModule } };
    for (qsizetype i = 0; i < anyOf.size(); ++i)
        domain.append(QStringLiteral("|"));
    domain.append(QJsonArray { QStringLiteral("name"), QStringLiteral("in"), names });
    for (const QJsonValue &leaf : std::as_const(anyOf))
        domain.append(leaf);
    OdooReply *reply = track(m_client->searchRead(QStringLiteral("ir.model.data"), domain,
                                                  { QStringLiteral("name"), QStringLiteral("res_id") }));
    connect(reply, &OdooReply::finished, this, [this, reply, batch] {
        untrack(reply);
        if (!reply->ok())
            return onBatchFailed(batch, reply);
        m_circuit.recordSuccess();
        QHash<QString, qint64> found;
        for (const QJsonValue &record : reply->records()) {
            const QJsonObject object = record.toObject();
            found.insert(object.value(QStringLiteral("name")).toString(),
                         static_cast<qint64>(object.value(QStringLiteral("res_id")).toDouble()));
        }
        readStates(batch, found);
    });
}

void InvoicePusher::readStates(const BatchPtr &batch, const QHash<QString, qint64> &found)
{
    // An invoice posted in Odoo since the row was sent refuses every change: its state decides
    // whether the row is sent again. ir.model.data cannot give it, hence a second call.
    // search_read, not read: an id Odoo no longer has is left out instead of failing the batch.
    QJsonArray moves;
    for (const InvoiceDraft &draft : std::as_const(batch->drafts)) {
        if (const qint64 move = found.value(withoutModule(InvoiceKey::xmlId(draft.row.key))))
            moves.append(move);
    }
    if (moves.isEmpty())
        return settleLookup(batch, found, {});
    QJsonArray domain;
    domain.append(QJsonArray { QStringLiteral("id"), QStringLiteral("in"), moves });
    OdooReply *reply = track(m_client->searchRead(kMove, domain, { QStringLiteral("state") }));
    connect(reply, &OdooReply::finished, this, [this, reply, batch, found] {
        untrack(reply);
        if (!reply->ok())
            return onBatchFailed(batch, reply);
        m_circuit.recordSuccess();
        QSet<qint64> notDraft;
        for (const QJsonValue &record : reply->records()) {
            const QJsonObject object = record.toObject();
            if (object.value(QStringLiteral("state")).toString() != QLatin1String("draft"))
                notDraft.insert(static_cast<qint64>(object.value(QStringLiteral("id")).toDouble()));
        }
        settleLookup(batch, found, notDraft);
    });
}

void InvoicePusher::settleLookup(const BatchPtr &batch, const QHash<QString, qint64> &found,
                                 const QSet<qint64> &notDraft)
{
    QList<InvoiceDraft> toSend;
    for (InvoiceDraft &draft : batch->drafts) {
        const QString moveName = withoutModule(InvoiceKey::xmlId(draft.row.key));
        const qint64 move = found.value(moveName);
        if (move == 0) {
            if (!setAside(draft))
                toSend.append(draft);
            continue;
        }
        QSet<QString> current;
        for (const QString &line : draft.lineXmlIds())
            current.insert(withoutModule(line));
        const QString prefix = linePrefix(moveName);
        const bool posted = notDraft.contains(move);
        QSet<QString> inOdoo;
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            if (!it.key().startsWith(prefix))
                continue;
            inOdoo.insert(it.key());
            if (!posted && !current.contains(it.key()))
                batch->staleLines.append(it.value());
        }
        addSetupProblem(draft);
        if (!posted && !draft.problem) {
            toSend.append(draft);
            ++batch->found;
            continue;
        }
        // Nothing can be sent as the draft stands, or Odoo refuses changes to a posted invoice;
        // what Odoo has is what gets billed.
        const auto absent = [&](const QString &lineId) {
            return !inOdoo.contains(withoutModule(InvoiceKey::lineXmlId(draft.row.key, lineId)));
        };
        draft.lines.removeIf([&](const InvoiceDraft::Line &line) { return absent(line.externalId); });
        draft.expenses.removeIf([&](const InvoiceDraft::Expense &expense) {
            return absent(InvoiceDraft::expenseLineId(expense));
        });
        batch->kept.append(draft);
        batch->keptMoveIds.append(move);
    }
    batch->drafts = toSend;
    if (batch->staleLines.isEmpty())
        return sendFound(batch);
    removeStale(batch);
}

void InvoicePusher::removeStale(const BatchPtr &batch)
{
    OdooReply *reply = track(m_client->unlink(QStringLiteral("account.move.line"), batch->staleLines));
    connect(reply, &OdooReply::finished, this, [this, reply, batch] {
        untrack(reply);
        if (!reply->ok()) {
            // Every row of the batch is tried again, looked up first.
            batch->drafts += batch->kept;
            batch->kept.clear();
            return onBatchFailed(batch, reply);
        }
        m_circuit.recordSuccess();
        sendFound(batch);
    });
}

void InvoicePusher::sendFound(const BatchPtr &batch)
{
    if (!batch->kept.isEmpty())
        commitDone(batch->kept, batch->keptMoveIds, batch->kept.size());
    if (batch->drafts.isEmpty() || !isRunning() || m_cancelled)
        return batchEnded();
    sendHeaders(batch);
}

void InvoicePusher::sendHeaders(const BatchPtr &batch)
{
    const QStringList fields { QStringLiteral("id"),           QStringLiteral("ref"),
                               QStringLiteral("move_type"),    QStringLiteral("partner_id/.id"),
                               QStringLiteral("invoice_date"), QStringLiteral("invoice_origin"),
                               QStringLiteral("currency_id") };
    QList<QStringList> rows;
    rows.reserve(batch->drafts.size());
    for (const InvoiceDraft &draft : std::as_const(batch->drafts)) {
        rows.append({ InvoiceKey::xmlId(draft.row.key), draft.row.key, QStringLiteral("out_invoice"),
                      QString::number(draft.partnerId), draft.periodEnd(),
                      tr("Placement %1, %2").arg(draft.key.placementExternalId, draft.key.period),
                      draft.currency });
    }
    OdooReply *reply = track(m_client->load(kMove, fields, rows));
    connect(reply, &OdooReply::finished, this, [this, reply, batch] {
        untrack(reply);
        if (!reply->ok())
            return onBatchFailed(batch, reply);
        batch->moveIds = reply->ids();
        if (batch->moveIds.size() != batch->drafts.size()) {
            commitFailed(batch->drafts,
                         Error(Error::Category::Internal,
                               tr("Odoo answered the invoice import with %1 ids for %2 "
                                  "invoices.")
                                   .arg(batch->moveIds.size())
                                   .arg(batch->drafts.size())),
                         std::nullopt);
            return batchEnded();
        }
        sendLines(batch);
    });
}

void InvoicePusher::sendLines(const BatchPtr &batch)
{
    QStringList fields { QStringLiteral("id"),       QStringLiteral("move_id/id"),
                         QStringLiteral("name"),     QStringLiteral("product_id/.id"),
                         QStringLiteral("quantity"), QStringLiteral("price_unit") };
    if (m_taxId > 0)
        fields.append(QStringLiteral("tax_ids/.id"));
    QList<QStringList> rows;
    const QString product = QString::number(m_productId);
    const QString expenseProduct = QString::number(m_expenseProductId);
    const QString tax = QString::number(m_taxId);
    for (const InvoiceDraft &draft : std::as_const(batch->drafts)) {
        const QString move = InvoiceKey::xmlId(draft.row.key);
        for (const InvoiceDraft::Line &line : draft.lines) {
            QStringList row { InvoiceKey::lineXmlId(draft.row.key, line.externalId),
                              move,
                              tr("%1 %2 (timesheet %3)").arg(line.workDate, draft.jobTitle, line.externalId),
                              product,
                              hoursText(line.minutes),
                              priceText(line.rateMinor, draft.currency) };
            if (m_taxId > 0)
                row.append(tax);
            rows.append(row);
        }
        for (const InvoiceDraft::Expense &expense : draft.expenses) {
            QStringList row { InvoiceKey::lineXmlId(draft.row.key, InvoiceDraft::expenseLineId(expense)),
                              move,
                              tr("%1 %2: %3 (expense %4)")
                                  .arg(expense.date, expense.category, expense.description,
                                       expense.externalId),
                              expenseProduct,
                              QStringLiteral("1"),
                              priceText(expense.amountMinor, draft.currency) };
            if (m_taxId > 0)
                row.append(tax);
            rows.append(row);
        }
    }
    OdooReply *reply = track(m_client->load(QStringLiteral("account.move.line"), fields, rows));
    connect(reply, &OdooReply::finished, this, [this, reply, batch] {
        untrack(reply);
        if (!reply->ok())
            return onBatchFailed(batch, reply);
        m_circuit.recordSuccess();
        commitDone(batch->drafts, batch->moveIds, batch->found);
        batchEnded();
    });
}

void InvoicePusher::onBatchFailed(const BatchPtr &batch, OdooReply *reply)
{
    const Error error = reply->error();
    if (m_cancelled || error.code() == kCancelled)
        return batchEnded(); // the rows stay in flight; the next run looks them up
    const bool refused = !error.isRetryable()
        && (error.category() == Error::Category::Validation || error.category() == Error::Category::NotFound
            || error.category() == Error::Category::Duplicate);
    if (refused && batch->drafts.size() > 1) {
        // Odoo rolled the whole import back without saying which invoice it refused: halve the batch
        // until the refused one is alone, the others go through.
        const qsizetype half = batch->drafts.size() / 2;
        QList<InvoiceDraft> first = batch->drafts.mid(0, half);
        QList<InvoiceDraft> second = batch->drafts.mid(half);
        startBatch(first, batch->lookupFirst);
        startBatch(second, batch->lookupFirst);
        return batchEnded();
    }
    if (error.isRetryable()) {
        m_circuit.recordFailure(error);
        commitFailed(batch->drafts, error, reply->retryAfterMs());
    } else {
        for (const InvoiceDraft &draft : std::as_const(batch->drafts))
            commitDead(draft, error, PushFailureLog::remoteMessage(error));
    }
    batchEnded();
}

void InvoicePusher::batchEnded()
{
    --m_active;
    emit progress(m_counts.created + m_counts.skipped + m_counts.dead, m_total);
    pump();
}

Result<void> InvoicePusher::insertInvoice(QSqlDatabase &db, const InvoiceDraft &draft, qint64 moveId) const
{
    QSqlQuery upsert(db);
    upsert.prepare(QStringLiteral(
        "INSERT INTO invoice (system_id, external_id, customer_id, placement_id, ref, move_type, "
        "invoice_date, "
        "period_start, period_end, state, payment_state, amount_untaxed_minor, amount_total_minor, "
        "amount_residual_minor, currency, modified_at) "
        "VALUES (?, ?, ?, ?, ?, 'out_invoice', ?, ?, ?, 'draft', 'not_paid', ?, ?, ?, ?, ?) "
        "ON CONFLICT (system_id, external_id) DO UPDATE SET ref = excluded.ref, placement_id = "
        "excluded.placement_id, "
        "amount_untaxed_minor = excluded.amount_untaxed_minor, modified_at = excluded.modified_at "
        "RETURNING id"));
    const qint64 amount = draft.amountMinor();
    for (const QVariant &value : QVariantList {
             m_systemId, QString::number(moveId), draft.customerId == 0 ? QVariant() : draft.customerId,
             draft.placementId == 0 ? QVariant() : draft.placementId, draft.row.key, draft.periodEnd(),
             draft.periodStart(), draft.periodEnd(), amount, amount, amount, sqlText(draft.currency),
             m_clock->now().toUTC().toString(Qt::ISODate) })
        upsert.addBindValue(value);
    if (!upsert.exec() || !upsert.next())
        return sqlError(tr("The invoice could not be recorded in the cache."), upsert.lastError());
    const qint64 invoiceId = upsert.value(0).toLongLong();
    upsert.finish();
    // One statement per invoice and table for all its items (their ids as a JSON array): one per
    // line took a tenth of the push's CPU.
    const auto mark = [&db, invoiceId](const QString &table, const QString &ids) {
        QSqlQuery update(db);
        update.prepare(
            QStringLiteral("UPDATE %1 SET invoice_id = ? WHERE id IN (SELECT value FROM json_each(?)) "
                           "AND invoice_id IS NULL")
                .arg(table));
        update.addBindValue(invoiceId);
        update.addBindValue(ids);
        return update.exec() ? QSqlError() : update.lastError();
    };
    if (const QSqlError error = mark(QStringLiteral("timesheet_line"), jsonIds(draft.lines)); error.isValid())
        return sqlError(tr("The invoiced hours could not be marked in the cache."), error);
    if (draft.expenses.isEmpty())
        return {};
    if (const QSqlError error = mark(QStringLiteral("expense"), jsonIds(draft.expenses)); error.isValid())
        return sqlError(tr("The invoiced expenses could not be marked in the cache."), error);
    return {};
}

void InvoicePusher::commitDone(const QList<InvoiceDraft> &drafts, const QList<qint64> &moveIds,
                               qint64 reconciled)
{
    Result<void> done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        for (qsizetype i = 0; i < drafts.size(); ++i) {
            const InvoiceDraft &draft = drafts.at(i);
            Result<void> step = insertInvoice(db, draft, moveIds.at(i));
            if (step)
                step = m_outbox.markDone(db, draft.row.id, QString::number(moveIds.at(i)));
            if (step)
                step = m_failures.resolveByRetry(db, draft.row.id);
            if (!step)
                return step;
        }
        return {};
    });
    stopOnCacheError(done);
    if (!done)
        return;
    m_counts.created += drafts.size();
    m_counts.reconciled += reconciled;
}

void InvoicePusher::commitSkipped(const InvoiceDraft &draft)
{
    Result<void> done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        Result<void> step = m_outbox.markDone(db, draft.row.id, QString());
        return step ? m_failures.resolveByRetry(db, draft.row.id) : step;
    });
    stopOnCacheError(done);
    if (done) {
        ++m_counts.skipped;
        logEvent(SyncRunLog::Level::Info, draft, draft.problem ? draft.problem->userMessage() : QString());
    }
}

void InvoicePusher::commitDead(const InvoiceDraft &draft, const Error &error, const QString &remoteMessage)
{
    const QString message = financeMessage(draft, error);
    Result<void> done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        Result<void> step = m_outbox.markDead(db, draft.row.id, error);
        return step
            ? m_failures.record(db, draft.row.id, m_systemId, Error::categoryName(error.category()), message,
                                remoteMessage, draft.source(), draft.row.attempts, error.code())
            : step;
    });
    stopOnCacheError(done);
    if (done) {
        ++m_counts.dead;
        logEvent(SyncRunLog::Level::Error, draft, message, remoteMessage);
    }
}

void InvoicePusher::commitFailed(const QList<InvoiceDraft> &drafts, const Error &error,
                                 std::optional<qint64> retryAfterMs)
{
    QList<InvoiceDraft> exhausted;
    Result<void> done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        for (const InvoiceDraft &draft : drafts) {
            if (draft.row.attempts >= m_options.maxAttempts) {
                exhausted.append(draft);
                continue;
            }
            const QDateTime next = m_clock->now().addMSecs(m_retry.delayMs(draft.row.attempts, retryAfterMs));
            Result<void> step = m_outbox.markFailed(db, draft.row.id, error, next);
            if (step && draft.row.attempts >= m_options.failedPushAfterAttempts)
                step = m_failures.record(db, draft.row.id, m_systemId, Error::categoryName(error.category()),
                                         financeMessage(draft, error), PushFailureLog::remoteMessage(error),
                                         draft.source(), draft.row.attempts);
            if (!step)
                return step;
        }
        return {};
    });
    stopOnCacheError(done);
    if (!done)
        return;
    m_counts.retrying += drafts.size() - exhausted.size();
    for (const InvoiceDraft &draft : std::as_const(exhausted))
        commitDead(draft, error, PushFailureLog::remoteMessage(error));
    if (!drafts.isEmpty() && exhausted.size() < drafts.size())
        logEvent(SyncRunLog::Level::Warning, drafts.first(),
                 tr("%1 invoices will be retried: %2")
                     .arg(drafts.size() - exhausted.size())
                     .arg(error.userMessage()),
                 error.detail());
}

QString InvoicePusher::financeMessage(const InvoiceDraft &draft, const Error &error) const
{
    // Causes found in the cache are already told in a finance user's words.
    if (error.code().startsWith(QLatin1String("sync.")) || error.category() == Error::Category::Mapping
        || error.category() == Error::Category::Internal)
        return error.userMessage();
    switch (error.category()) {
    case Error::Category::Validation:
    case Error::Category::NotFound:
    case Error::Category::Duplicate:
        return tr("Odoo refused the invoice for %1 (%2, %3): %4 Correct the cause in Odoo or in Crosswalk, "
                  "then "
                  "retry.")
            .arg(draft.customerName, draft.jobTitle, draft.key.period, error.userMessage());
    case Error::Category::Auth:
        return tr("Odoo refused Crosswalk's login or rights, so the invoice for %1 (%2) was not created. "
                  "Check the "
                  "integration user and its API key, then retry.")
            .arg(draft.customerName, draft.key.period);
    case Error::Category::RateLimited:
        return tr("Odoo asked Crosswalk to slow down %1 times, so the invoice for %2 (%3) is still waiting. "
                  "It is "
                  "retried automatically.")
            .arg(draft.row.attempts)
            .arg(draft.customerName, draft.key.period);
    case Error::Category::Network:
    case Error::Category::Timeout:
    case Error::Category::Conflict:
        return tr("Odoo could not be reached after %1 attempts, so the invoice for %2 (%3) was not created. "
                  "Check "
                  "that Odoo is up, then retry.")
            .arg(draft.row.attempts)
            .arg(draft.customerName, draft.key.period);
    default:
        break;
    }
    return tr("The invoice for %1 (%2) could not be created in Odoo: %3")
        .arg(draft.customerName, draft.key.period, error.userMessage());
}

void InvoicePusher::logEvent(SyncRunLog::Level level, const InvoiceDraft &draft, const QString &message,
                             const QString &detail)
{
    if (m_log)
        m_log->note(m_runId, level, QStringLiteral("invoice"), draft.row.key, message, detail);
}

} // namespace cw
