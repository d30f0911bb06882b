#include "rollbackjournalscope.h"

#include "database.h"
#include "util/logging.h"

#include <QSqlQuery>

namespace cw {

namespace {

// The journal mode the connection is in after asking for @p mode ("delete", "wal").
QString switchJournal(const QSqlDatabase &connection, const QString &mode)
{
    QSqlQuery query(connection);
    if (!query.exec(QStringLiteral("PRAGMA journal_mode = %1").arg(mode)) || !query.next())
        return QString();
    return query.value(0).toString().toLower();
}

} // namespace

RollbackJournalScope::RollbackJournalScope(const Database &database)
    : m_connection(database.connection())
{
    m_active = switchJournal(m_connection, QStringLiteral("delete")) == QLatin1String("delete");
    if (!m_active)
        qCInfo(lcCache) << "bulk write stays in WAL mode: another connection has" << database.path()
                        << "open";
}

RollbackJournalScope::~RollbackJournalScope()
{
    // Database::open() asks for WAL on every open as well, so a failure here costs speed only.
    if (m_active && switchJournal(m_connection, QStringLiteral("wal")) != QLatin1String("wal"))
        qCWarning(lcCache) << "the cache could not go back to WAL mode after a bulk write";
}

} // namespace cw
