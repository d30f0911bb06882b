#include "recordupserter.h"

#include "cache/database.h"

#include <sqlite3.h>

#include <algorithm>

namespace cw {

namespace {

// SQLite takes up to 32,766 parameters per statement; a thousand already make the per-statement
// cost (opening a cursor on the table and each index, closing them) vanish next to the per-row one.
constexpr int kValuesPerStatement = 1000;

// Why: the records of a page or file take their column names from the same strings, so most
// comparisons end at the pointers instead of comparing the characters.
bool sameName(const QString &a, const QString &b)
{
    return (a.constData() == b.constData() && a.size() == b.size()) || a == b;
}

} // namespace

bool RecordUpserter::ReferenceKey::operator==(const ReferenceKey &other) const
{
    return systemId == other.systemId && externalId == other.externalId && sameName(table, other.table);
}

const QStringList &RecordUpserter::recordTables()
{
    static const QStringList tables {
        QStringLiteral("customer"), QStringLiteral("contact"),   QStringLiteral("consultant"),
        QStringLiteral("deal"),     QStringLiteral("placement"), QStringLiteral("timesheet_line"),
        QStringLiteral("expense"),  QStringLiteral("invoice"),   QStringLiteral("payment"),
    };
    return tables;
}

RecordUpserter::RecordUpserter(const Database &database, qint64 systemId, QString table)
    : m_database(database)
    , m_systemId(systemId)
    , m_table(std::move(table))
{ }

RecordUpserter::~RecordUpserter()
{
    for (sqlite3_stmt *stmt : std::as_const(m_statements))
        sqlite3_finalize(stmt);
    if (m_db && m_cacheRaised)
        sqlite3_exec(m_db,
                     QByteArray("PRAGMA cache_size = " + QByteArray::number(*m_initialCacheSize)).constData(),
                     nullptr, nullptr, nullptr);
}

std::optional<qint64> RecordUpserter::pragma(const char *name) const
{
    sqlite3_stmt *stmt = nullptr;
    std::optional<qint64> value;
    if (sqlite3_prepare_v2(m_db, QByteArray(QByteArray("PRAGMA ") + name).constData(), -1, &stmt, nullptr)
            == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

void RecordUpserter::enlargePageCache()
{
    if (!m_initialCacheSize) {
        const std::optional<qint64> size = pragma("cache_size");
        const std::optional<qint64> pageSize = pragma("page_size");
        if (!size || !pageSize)
            return;
        // Negative sizes are KiB, positive ones pages.
        m_cacheKib = *size < 0 ? -*size : *size * *pageSize / 1024;
        m_initialCacheSize = size;
    }
    const Result<qint64> rows = lastRowId();
    if (!rows)
        return;
    // Why the largest id: it counts the rows (or a few more) in a lookup, where COUNT(*) reads
    // the whole table at every commit.
    const qint64 wanted =
        std::clamp(rows.value() * kPageCacheBytesPerRow / 1024, kPageCacheMinKib, kPageCacheMaxKib);
    if (wanted <= m_cacheKib)
        return;
    if (sqlite3_exec(m_db, QByteArray("PRAGMA cache_size = -" + QByteArray::number(wanted)).constData(),
                     nullptr, nullptr, nullptr)
        != SQLITE_OK)
        return;
    m_cacheRaised = true;
    m_cacheKib = wanted;
}

Error RecordUpserter::sqliteError(const QString &message) const
{
    return Error(Error::Category::Internal, message,
                 m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no connection"));
}

Result<void> RecordUpserter::prepareSchema()
{
    if (m_db)
        return {};
    if (!recordTables().contains(m_table))
        return Error(Error::Category::Internal, tr("\"%1\" is not a table of cached records.").arg(m_table));
    m_db = Database::rawHandle(m_database.connection());
    if (!m_db)
        return Error(Error::Category::Internal, tr("The cache connection is not open."));
    auto info = statement(QStringLiteral("#info"),
                          QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(m_table));
    if (!info)
        return info.error();
    sqlite3_stmt *stmt = info.value();
    sqlite3_reset(stmt);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        m_columns.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0))));
    m_columns.remove(QStringLiteral("id"));
    m_columns.remove(QStringLiteral("system_id"));
    m_columns.remove(QStringLiteral("external_id"));
    return {};
}

Result<sqlite3_stmt *> RecordUpserter::statement(const QString &key, const QString &sql)
{
    if (sqlite3_stmt *cached = m_statements.value(key))
        return cached;
    const QByteArray utf8 = sql.toUtf8();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return sqliteError(tr("The cache could not prepare a write to %1.").arg(m_table));
    }
    m_statements.insert(key, stmt);
    return stmt;
}

void RecordUpserter::releaseText()
{
    m_text.clear();
    m_arenaUsed = 0;
}

int RecordUpserter::bindText(sqlite3_stmt *stmt, int index, const QString &text)
{
    // Why: SQLITE_STATIC spares SQLite a copy of each text, and encoding into the arena spares
    // an allocation per value; the arena (or m_text) keeps the bytes until releaseText().
    // UTF-8 takes at most three bytes per UTF-16 unit.
    if (m_arena.isEmpty())
        m_arena.resize(kArenaBytes);
    if (m_arenaUsed + 3 * text.size() <= m_arena.size()) {
        char *begin = m_arena.data() + m_arenaUsed;
        char *end = m_utf8.appendToBuffer(begin, text);
        m_arenaUsed = end - m_arena.constData();
        return sqlite3_bind_text(stmt, index, begin, static_cast<int>(end - begin), SQLITE_STATIC);
    }
    m_text.push_back(text.toUtf8());
    const QByteArray &utf8 = m_text.back();
    return sqlite3_bind_text(stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

int RecordUpserter::bindValue(sqlite3_stmt *stmt, int index, const QVariant &value)
{
    if (value.isNull())
        return sqlite3_bind_null(stmt, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(stmt, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(stmt, index, value.toDouble());
    case QMetaType::QByteArray: {
        // Why in place: the caller's record outlives the step, and a copy per value cost more.
        // A null pointer would bind NULL; a null QByteArray is empty text, as a null QString is.
        const auto &bytes = *static_cast<const QByteArray *>(value.constData());
        return sqlite3_bind_text(stmt, index, bytes.isNull() ? "" : bytes.constData(),
                                 static_cast<int>(bytes.size()), SQLITE_STATIC);
    }
    case QMetaType::QString:
        // Why: reading the string in place spares toString()'s copy, once per text value.
        return bindText(stmt, index, *static_cast<const QString *>(value.constData()));
    default:
        return bindText(stmt, index, value.toString());
    }
}

Result<qint64> RecordUpserter::findRow(const QString &table, qint64 systemId, const QString &externalId)
{
    auto find =
        statement(QStringLiteral("#find:") + table,
                  QStringLiteral("SELECT id FROM %1 WHERE system_id = ? AND external_id = ?").arg(table));
    if (!find)
        return find.error();
    sqlite3_stmt *stmt = find.value();
    sqlite3_reset(stmt);
    sqlite3_bind_int64(stmt, 1, systemId);
    bindText(stmt, 2, externalId);
    const int step = sqlite3_step(stmt);
    // Why: a statement left on a row keeps its read snapshot after the commit, which holds back
    // WAL checkpoints and journal mode changes.
    const qint64 id = step == SQLITE_ROW ? sqlite3_column_int64(stmt, 0) : 0;
    sqlite3_reset(stmt);
    if (step == SQLITE_ROW)
        return id;
    if (step != SQLITE_DONE)
        return sqliteError(tr("The cache could not be read."));
    return qint64(0);
}

Result<QVariant> RecordUpserter::resolve(const CacheReference &reference)
{
    if (reference.externalId.isEmpty())
        return QVariant();
    const qint64 systemId = reference.systemId ? reference.systemId : m_systemId;
    const ReferenceKey key { reference.table, systemId, reference.externalId };
    if (const auto found = m_resolved.constFind(key); found != m_resolved.cend())
        return QVariant(found.value());
    if (!recordTables().contains(reference.table))
        return Error(Error::Category::Internal,
                     tr("\"%1\" is not a table of cached records.").arg(reference.table));
    auto row = findRow(reference.table, systemId, reference.externalId);
    if (!row)
        return row.error();
    if (row.value() == 0)
        return QVariant();
    // Why: only rows found are remembered: a record missing now may arrive later in the run.
    // Rows of this table may be deleted by this upserter, so those are looked up every time.
    if (reference.table != m_table)
        m_resolved.insert(key, row.value());
    return QVariant(row.value());
}

bool RecordUpserter::sameLayout(const CacheRecord &record) const
{
    if (record.fields.size() + record.references.size() + 1 != m_layout.size())
        return false;
    qsizetype i = 0;
    for (const auto &field : record.fields) {
        if (!sameName(field.first, m_layout.at(i++)))
            return false;
    }
    for (const CacheReference &reference : record.references) {
        if (!sameName(reference.column, m_layout.at(i++)))
            return false;
    }
    return true;
}

Result<sqlite3_stmt *> RecordUpserter::upsertStatement(const CacheRecord &record)
{
    // Why: a page's records all have the same columns; comparing them with the last record's is
    // cheaper than building the statement key for each.
    if (m_upsert && sameLayout(record))
        return m_upsert;
    QStringList columns;
    for (const auto &field : record.fields)
        columns.append(field.first);
    for (const CacheReference &reference : record.references)
        columns.append(reference.column);
    columns.append(QStringLiteral("raw"));
    for (const QString &column : std::as_const(columns)) {
        if (!m_columns.contains(column))
            return Error(Error::Category::Internal,
                         tr("The cache table %1 has no column %2.").arg(m_table, column));
    }
    const QString key = columns.join(QLatin1Char(','));
    m_layout = columns;
    m_group = nullptr;
    auto prepared = statement(key, upsertSql(1));
    if (!prepared) {
        m_upsert = nullptr;
        return prepared;
    }
    m_upsert = prepared.value();
    return prepared;
}

int RecordUpserter::groupRows() const
{
    return std::clamp(kValuesPerStatement / static_cast<int>(m_layout.size() + 2), 1, kGroupRows);
}

Result<sqlite3_stmt *> RecordUpserter::groupStatement()
{
    if (m_group)
        return m_group;
    auto prepared =
        statement(m_layout.join(QLatin1Char(',')) + QStringLiteral("#group"), upsertSql(groupRows()));
    if (prepared)
        m_group = prepared.value();
    return prepared;
}

QString RecordUpserter::upsertSql(int rows) const
{
    QStringList placeholders(m_layout.size() + 2, QStringLiteral("?"));
    QStringList assignments;
    QStringList differences;
    for (const QString &column : std::as_const(m_layout)) {
        assignments.append(QStringLiteral("%1 = excluded.%1").arg(column));
        differences.append(QStringLiteral("%2.%1 IS NOT excluded.%1").arg(column, m_table));
    }
    const QString row = QLatin1Char('(') + placeholders.join(QLatin1Char(',')) + QLatin1Char(')');
    // Why: the WHERE makes a re-read of an unchanged record a no-op, so sqlite3_changes() tells
    // "updated" from "unchanged" without reading the row first.
    return QStringLiteral("INSERT INTO %1 (system_id, external_id, %2) VALUES %3 "
                          "ON CONFLICT(system_id, external_id) DO UPDATE SET %4 WHERE %5")
        .arg(m_table, m_layout.join(QLatin1Char(',')), QStringList(rows, row).join(QLatin1Char(',')),
             assignments.join(QLatin1Char(',')), differences.join(QStringLiteral(" OR ")));
}
Result<RecordUpserter::Outcome> RecordUpserter::remove(const QString &externalId)
{
    auto erase =
        statement(QStringLiteral("#delete"),
                  QStringLiteral("DELETE FROM %1 WHERE system_id = ? AND external_id = ?").arg(m_table));
    if (!erase)
        return erase.error();
    sqlite3_stmt *stmt = erase.value();
    sqlite3_reset(stmt);
    sqlite3_bind_int64(stmt, 1, m_systemId);
    bindText(stmt, 2, externalId);
    if (sqlite3_step(stmt) != SQLITE_DONE)
        return sqliteError(tr("The record could not be removed from the cache."));
    return sqlite3_changes(m_db) > 0 ? Outcome::Deleted : Outcome::Unchanged;
}

Result<void> RecordUpserter::bindRecord(sqlite3_stmt *stmt, int &index, const CacheRecord &record)
{
    sqlite3_bind_int64(stmt, ++index, m_systemId);
    bindText(stmt, ++index, record.externalId);
    for (const auto &field : record.fields)
        bindValue(stmt, ++index, field.second);
    for (const CacheReference &reference : record.references) {
        auto id = resolve(reference);
        if (!id)
            return id.error();
        bindValue(stmt, ++index, id.value());
    }
    sqlite3_bind_text(stmt, ++index, record.raw.constData(), static_cast<int>(record.raw.size()),
                      SQLITE_STATIC);
    return {};
}

Result<RecordUpserter::Outcome> RecordUpserter::write(const CacheRecord &record)
{
    if (record.deleted)
        return remove(record.externalId);
    auto prepared = upsertStatement(record);
    if (!prepared)
        return prepared.error();
    sqlite3_stmt *stmt = prepared.value();
    sqlite3_reset(stmt);
    releaseText();
    int index = 0;
    if (auto bound = bindRecord(stmt, index, record); !bound)
        return bound.error();
    // Why: the DO UPDATE path of an upsert leaves the last insert rowid alone, so a rowid set
    // by this step tells a new row from an existing one without a SELECT before each write.
    sqlite3_set_last_insert_rowid(m_db, 0);
    if (sqlite3_step(stmt) != SQLITE_DONE) {
        const Error error = sqliteError(tr("The cache refused the record."));
        sqlite3_reset(stmt);
        return error;
    }
    if (sqlite3_last_insert_rowid(m_db) != 0)
        return Outcome::Created;
    return sqlite3_changes(m_db) > 0 ? Outcome::Updated : Outcome::Unchanged;
}

Result<qint64> RecordUpserter::lastRowId()
{
    auto last = statement(QStringLiteral("#last"), QStringLiteral("SELECT max(id) FROM %1").arg(m_table));
    if (!last)
        return last.error();
    sqlite3_stmt *stmt = last.value();
    sqlite3_reset(stmt);
    if (sqlite3_step(stmt) != SQLITE_ROW)
        return sqliteError(tr("The cache could not be read."));
    const qint64 largest = sqlite3_column_int64(stmt, 0);
    sqlite3_reset(stmt);
    return largest;
}

bool RecordUpserter::groupable(const CacheRecord &record) const
{
    // Why: a group resolves its references before any of its rows exist, so a record referring
    // to a record of its own table (maybe one of the same group) is written alone.
    const auto ownTable = [this](const CacheReference &reference) {
        return reference.table == m_table;
    };
    return !record.deleted && !record.externalId.isEmpty() && sameLayout(record)
        && std::none_of(record.references.cbegin(), record.references.cend(), ownTable);
}

Result<qsizetype> RecordUpserter::writeGroup(const QList<CacheRecord> &records, qsizetype first,
                                             UpsertCounts &counts)
{
    if (!upsertStatement(records.at(first)))
        return 0;
    const qsizetype rows = groupRows();
    if (rows < 2 || records.size() - first < rows)
        return 0;
    for (qsizetype i = first; i < first + rows; ++i) {
        if (!groupable(records.at(i)))
            return 0;
    }
    auto prepared = groupStatement();
    auto before = lastRowId();
    if (!prepared || !before)
        return 0;
    sqlite3_stmt *stmt = prepared.value();
    sqlite3_reset(stmt);
    releaseText();
    int index = 0;
    for (qsizetype i = first; i < first + rows; ++i) {
        if (!bindRecord(stmt, index, records.at(i)))
            return 0;
    }
    sqlite3_set_last_insert_rowid(m_db, 0);
    if (sqlite3_step(stmt) != SQLITE_DONE) {
        // Why: a refused row (a constraint) leaves the other rows good: one by one, they are kept
        // and the refused one is described. Any other error, or a transaction SQLite rolled back,
        // fails the whole upsert: writing on would write outside the caller's transaction.
        const bool refusedRow =
            (sqlite3_errcode(m_db) & 0xff) == SQLITE_CONSTRAINT && !sqlite3_get_autocommit(m_db);
        const Error error = sqliteError(tr("The cache refused the records."));
        sqlite3_reset(stmt);
        if (!refusedRow)
            return error;
        for (qsizetype i = first; i < first + rows; ++i)
            writeOne(records.at(i), counts);
        return rows;
    }
    // Why: an INTEGER PRIMARY KEY without AUTOINCREMENT gives each new row the largest id plus
    // one, so the last id inserted tells how many rows the group created; updates keep their id.
    const qint64 last = sqlite3_last_insert_rowid(m_db);
    const qint64 created = last != 0 ? last - before.value() : 0;
    const qint64 changed = sqlite3_changes(m_db);
    counts.created += created;
    counts.updated += changed - created;
    counts.unchanged += rows - changed;
    return rows;
}

void RecordUpserter::writeOne(const CacheRecord &record, UpsertCounts &counts)
{
    if (record.externalId.isEmpty()) {
        ++counts.failed;
        counts.failures.append({ record.externalId, record.line, tr("The record has no id."), QString() });
        return;
    }
    const auto outcome = write(record);
    if (!outcome) {
        ++counts.failed;
        counts.failures.append(
            { record.externalId, record.line, outcome.error().userMessage(), outcome.error().detail() });
        return;
    }
    switch (outcome.value()) {
    case Outcome::Created:
        ++counts.created;
        break;
    case Outcome::Updated:
        ++counts.updated;
        break;
    case Outcome::Unchanged:
        ++counts.unchanged;
        break;
    case Outcome::Deleted:
        ++counts.deleted;
        break;
    }
}

Result<UpsertCounts> RecordUpserter::upsert(const QList<CacheRecord> &records)
{
    if (auto ready = prepareSchema(); !ready)
        return ready.error();
    enlargePageCache();
    m_resolved.clear();
    UpsertCounts counts;
    for (qsizetype i = 0; i < records.size();) {
        const Result<qsizetype> written = writeGroup(records, i, counts);
        if (!written)
            return written.error();
        if (written.value() > 0) {
            i += written.value();
            continue;
        }
        writeOne(records.at(i), counts);
        ++i;
    }
    return counts;
}

} // namespace cw
