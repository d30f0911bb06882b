#pragma once

#include "domain/result.h"
#include "util/clock.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace cw {

class Database;

/// The durable pull position per system and entity (table sync_cursor). The cursor text belongs
/// to the source that wrote it (a timestamp, an offset, a small JSON object); the store only
/// keeps it.
///
/// save() writes through the connection it is given, so a caller inside Database::transaction()
/// commits the cursor together with the records it covers: after a crash the pull resumes where
/// the last committed page ended.
/// Thread affinity: any thread; each call uses the calling thread's connection. Borrows the
/// Database, which must outlive it.
class SyncCursorStore
{
    Q_DECLARE_TR_FUNCTIONS(cw::SyncCursorStore)

public:
    explicit SyncCursorStore(const Database &database, std::shared_ptr<Clock> clock = Clock::system());

    /// The stored cursor, empty when the entity was never pulled.
    Result<QString> load(qint64 systemId, const QString &entity) const;
    /// Stores @p cursor through @p db (the caller's transaction).
    Result<void> save(QSqlDatabase &db, qint64 systemId, const QString &entity, const QString &cursor) const;
    /// Forgets the cursor so the next pull reads everything again.
    Result<void> reset(qint64 systemId, const QString &entity) const;

private:
    const Database &m_database;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
