#pragma once

#include <QStringList>

#include <vector>

namespace cw {

/// One step of the cache schema. Steps run in order, each in its own transaction, and end by
/// setting PRAGMA user_version to their version.
///
/// Statements in `portable` are plain SQL that SQLite and PostgreSQL both accept once the
/// placeholders are expanded (see expandForSqlite()); `sqliteOnly` holds what has no portable
/// spelling (triggers), so a PostgreSQL port only has to supply that part again.
struct Migration
{
    int version;
    const char *summary;
    QStringList portable;
    QStringList sqliteOnly;
};

/// All migrations, ascending by version, starting at 1.
const std::vector<Migration> &migrations();

/// Replaces the dialect placeholders: `%ID%` (auto-increment primary key).
QString expandForSqlite(const QString &statement);

} // namespace cw
