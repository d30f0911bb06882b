#pragma once

#include <QSqlDatabase>

namespace cw {

class Database;

/// While alive, the calling thread's connection to a cache writes through a rollback journal
/// instead of the write-ahead log; on destruction it goes back to WAL.
///
/// Why: filling a fresh cache in WAL mode writes every page twice (into the log, then into the
/// file at each checkpoint) and reads it back in between. With a rollback journal a page that did
/// not exist when the transaction began is written once and not journaled, so a bulk fill costs
/// about a fifth less. Atomicity is the same: a transaction cut short (killed process, full
/// disk) is rolled back from the journal when the file is next opened.
///
/// SQLite leaves WAL mode only when no other connection has the file open; otherwise the scope
/// does nothing (active() is false) and writes go through the WAL as usual, just slower.
/// Thread affinity: create and destroy on the thread that writes, with no transaction open.
class RollbackJournalScope
{
public:
    explicit RollbackJournalScope(const Database &database);
    ~RollbackJournalScope();
    RollbackJournalScope(const RollbackJournalScope &) = delete;
    RollbackJournalScope &operator=(const RollbackJournalScope &) = delete;

    /// Whether the connection switched to the rollback journal.
    bool active() const { return m_active; }

private:
    QSqlDatabase m_connection;
    bool m_active = false;
};

} // namespace cw
