#pragma once

#include "cache/database.h"

#include <QTemporaryDir>

#include <memory>

namespace cw::test {

/// A fresh cache file in its own temporary folder, migrated to the latest schema, removed with
/// the object. For tests only.
class TempCache
{
public:
    /// @p targetVersion builds an older schema for upgrade tests; 0 means latest.
    explicit TempCache(int targetVersion = 0);

    /// Null when opening failed; error() then says why.
    Database *database() const { return m_database.get(); }
    const Database &db() const { return *m_database; }
    QString path() const { return m_path; }
    QString folder() const { return m_dir.path(); }
    QString error() const { return m_error; }

    /// Closes the cache (all connections) so the file can be reopened or inspected.
    void close() { m_database.reset(); }
    /// Opens the same file again at the latest schema.
    bool reopen();

    /// Inserts a system row and returns its id; -1 on failure.
    qint64 addSystem(const QString &kind, const QString &name) const;
    /// Runs a statement with positional values; aborts the calling test's expectations with a
    /// message on failure (returns false).
    bool exec(const QString &sql, const QVariantList &values = {}) const;
    /// First column of the first row of @p sql, or an invalid QVariant.
    QVariant scalar(const QString &sql, const QVariantList &values = {}) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    QString m_error;
    std::unique_ptr<Database> m_database;
};

} // namespace cw::test
