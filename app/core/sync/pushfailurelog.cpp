#include "pushfailurelog.h"

#include "cache/database.h"
#include "sqltext.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace cw {

PushFailureLog::PushFailureLog(std::shared_ptr<Clock> clock)
    : m_clock(clock)
    , m_audit(clock)
{ }

QString PushFailureLog::remoteMessage(const Error &error)
{
    return error.code() == QLatin1String("odoo.load_failed") ? error.userMessage() : error.detail();
}

QString PushFailureLog::fingerprint(const QString &category, const QString &remoteMessage,
                                    const QString &code)
{
    if (remoteMessage.isEmpty() && code.startsWith(QLatin1String("sync.")))
        return code;
    // Record names, ids and dates differ between occurrences of one cause; what stays is the shape.
    static const QRegularExpression quoted(QStringLiteral(R"(('[^']*'|"[^"]*"|\[[^\]]*\]))"));
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QString text = remoteMessage.toLower();
    text.replace(quoted, QStringLiteral("?"));
    text.replace(digits, QStringLiteral("#"));
    text.replace(spaces, QStringLiteral(" "));
    return category + QLatin1Char(':') + text.trimmed().left(200);
}

Result<void> PushFailureLog::record(QSqlDatabase &db, qint64 outboxId, qint64 systemId,
                                    const QString &category, const QString &message,
                                    const QString &remoteMessage, const QJsonObject &source, int attempts,
                                    const QString &code) const
{
    const QString now = m_clock->now().toUTC().toString(Qt::ISODate);
    const QString sourceText = QString::fromUtf8(QJsonDocument(source).toJson(QJsonDocument::Compact));
    const QString print = fingerprint(category, remoteMessage, code);
    QSqlQuery update(db);
    update.prepare(QStringLiteral(
        "UPDATE failed_push SET category = ?, message = ?, remote_message = ?, source = ?, fingerprint = ?, "
        "attempts = ?, occurrences = occurrences + 1, last_seen = ? WHERE outbox_id = ? AND state = 'open'"));
    for (const QVariant &value : QVariantList { sqlText(category), sqlText(message), sqlText(remoteMessage),
                                                sourceText, print, attempts, now, outboxId })
        update.addBindValue(value);
    if (!update.exec())
        return sqlError(tr("The failed push could not be recorded."), update.lastError());
    if (update.numRowsAffected() > 0)
        return {};
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO failed_push (outbox_id, system_id, category, message, "
                                  "remote_message, source, fingerprint, "
                                  "attempts, occurrences, first_seen, last_seen, state) VALUES (?, ?, ?, ?, "
                                  "?, ?, ?, ?, 1, ?, ?, 'open')"));
    for (const QVariant &value :
         QVariantList { outboxId, systemId, sqlText(category), sqlText(message), sqlText(remoteMessage),
                        sourceText, print, attempts, now, now })
        insert.addBindValue(value);
    if (!insert.exec())
        return sqlError(tr("The failed push could not be recorded."), insert.lastError());
    return {};
}

Result<void> PushFailureLog::resolveByRetry(QSqlDatabase &db, qint64 outboxId) const
{
    QSqlQuery open(db);
    open.prepare(
        QStringLiteral("SELECT id, category FROM failed_push WHERE outbox_id = ? AND state = 'open'"));
    open.addBindValue(outboxId);
    if (!open.exec())
        return sqlError(tr("The failed push could not be read."), open.lastError());
    QList<std::pair<qint64, QString>> rows;
    while (open.next())
        rows.append({ open.value(0).toLongLong(), open.value(1).toString() });
    if (rows.isEmpty())
        return {};
    const QString now = m_clock->now().toUTC().toString(Qt::ISODate);
    const QString resolution = tr("Fixed by a later retry: the push went through.");
    QSqlQuery update(db);
    update.prepare(
        QStringLiteral("UPDATE failed_push SET state = 'resolved', resolution = ?, resolved_by = ?, "
                       "resolved_at = ? WHERE id = ?"));
    for (const auto &[id, category] : rows) {
        update.addBindValue(resolution);
        update.addBindValue(kActor);
        update.addBindValue(now);
        update.addBindValue(id);
        if (!update.exec())
            return sqlError(tr("The failed push could not be resolved."), update.lastError());
        Result<void> audited =
            m_audit.append(db, kActor, QStringLiteral("failed_push.resolve"), QStringLiteral("failed_push"),
                           QString::number(id),
                           QJsonObject { { QStringLiteral("state"), QStringLiteral("open") },
                                         { QStringLiteral("category"), category } },
                           QJsonObject { { QStringLiteral("state"), QStringLiteral("resolved") },
                                         { QStringLiteral("resolution"), resolution },
                                         { QStringLiteral("resolved_by"), kActor } });
        if (!audited)
            return audited;
    }
    return {};
}

} // namespace cw
