#include "auditlog.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace cw {

namespace {

// The columns are NOT NULL TEXT, and Qt binds a null QString as SQL NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QString compact(const QJsonObject &state)
{
    if (state.isEmpty())
        return QStringLiteral("");
    return QString::fromUtf8(QJsonDocument(state).toJson(QJsonDocument::Compact));
}

} // namespace

AuditLog::AuditLog(std::shared_ptr<Clock> clock)
    : m_clock(std::move(clock))
{ }

Result<void> AuditLog::append(QSqlDatabase &db, const QString &actor, const QString &action,
                              const QString &subjectType, const QString &subjectId, const QJsonObject &before,
                              const QJsonObject &after) const
{
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT INTO audit_log (at, actor, action, subject_type, subject_id, "
                                 "before_state, after_state) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(m_clock->now().toUTC().toString(Qt::ISODate));
    query.addBindValue(text(actor));
    query.addBindValue(text(action));
    query.addBindValue(text(subjectType));
    query.addBindValue(text(subjectId));
    query.addBindValue(compact(before));
    query.addBindValue(compact(after));
    if (!query.exec())
        return sqlError(tr("The change could not be recorded in the audit log."), query.lastError());
    return {};
}

QString AuditLog::currentActor()
{
    // USER on Unix, USERNAME on Windows; LOGNAME covers sessions started without a login shell.
    for (const char *variable : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

} // namespace cw
