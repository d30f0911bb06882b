#include "mappingservice.h"

#include "cache/auditlog.h"
#include "cache/database.h"
#include "cache/sqlstatement.h"
#include "mappingsnapshot.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>

#include <vector>

namespace cw {

namespace {

const QString kActionPrefix = QStringLiteral("mapping.");
const QString kUndo = QStringLiteral("mapping.undo");
const QString kRedo = QStringLiteral("mapping.redo");
const QString kRun = QStringLiteral("mapping.run");

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return SqlStatement::run(db, sql, values,
                             MappingService::tr("The crosswalk could not be updated in the cache."));
}

// First column of the first row, or @p fallback when there is no row.
Result<QVariant> scalar(QSqlDatabase &db, const QString &sql, const QVariantList &values,
                        const QVariant &fallback = {})
{
    auto query = exec(db, sql, values);
    if (!query)
        return query.error();
    return query.value().next() ? query.value().value(0) : fallback;
}

QByteArray compact(const QJsonObject &state)
{
    return QJsonDocument(state).toJson(QJsonDocument::Compact);
}

Error nothingToDo(const QString &message)
{
    return Error(Error::Category::Validation, message);
}

} // namespace

/// The write side of one decision: every subject is captured the first time it is touched,
/// before it changes, so the decision's "before" state holds exactly what it changed.
class MappingService::Recorder
{
public:
    Recorder(QSqlDatabase &db, QString actor, QString now)
        : m_db(db)
        , m_actor(std::move(actor))
        , m_now(std::move(now))
    { }

    const MappingSnapshot &subjects() const { return m_subjects; }

    QJsonObject before() const
    {
        const auto array = [](const auto &map) {
            QJsonArray out;
            for (const QJsonObject &value : map)
                out.append(value);
            return out;
        };
        return QJsonObject { { QStringLiteral("customers"), array(m_customers) },
                             { QStringLiteral("canonicals"), array(m_canonicals) },
                             { QStringLiteral("candidates"), array(m_candidates) },
                             { QStringLiteral("outbox"), array(m_outbox) } };
    }

    Result<void> touchCustomer(qint64 id)
    {
        return touch(id, &MappingSnapshot::customers, &m_customers, "customers");
    }
    Result<void> touchCanonical(qint64 id)
    {
        return touch(id, &MappingSnapshot::canonicals, &m_canonicals, "canonicals");
    }
    Result<void> touchCandidate(qint64 id)
    {
        return touch(id, &MappingSnapshot::candidates, &m_candidates, "candidates");
    }
    Result<void> touchOutbox(const QString &key)
    {
        return touch(key, &MappingSnapshot::outboxKeys, &m_outbox, "outbox");
    }

    /// canonical_customer.id of the record's link, 0 when it has none.
    Result<qint64> canonicalOf(qint64 customerId)
    {
        auto value = scalar(
            m_db,
            QStringLiteral("SELECT l.canonical_id FROM customer c JOIN link l ON l.system_id = c.system_id "
                           "AND l.entity = 'customer' AND l.external_id = c.external_id WHERE c.id = ?"),
            { customerId }, qint64(0));
        if (!value)
            return value.error();
        return value.value().toLongLong();
    }

    Result<QList<qint64>> recordsOf(qint64 canonicalId)
    {
        auto query =
            exec(m_db,
                 QStringLiteral("SELECT c.id FROM link l JOIN customer c ON c.system_id = l.system_id "
                                "AND c.external_id = l.external_id WHERE l.canonical_id = ? "
                                "AND l.entity = 'customer' ORDER BY c.id"),
                 { canonicalId });
        if (!query)
            return query.error();
        QList<qint64> ids;
        while (query.value().next())
            ids << query.value().value(0).toLongLong();
        return ids;
    }

    /// A new canonical customer named after the record of @p customerIds that Odoo keeps, else
    /// the first. Its id is chosen here so it can be captured as absent first.
    Result<qint64> createCanonical(const QList<qint64> &customerIds)
    {
        QStringList marks(customerIds.size(), QStringLiteral("?"));
        QVariantList values;
        for (qint64 id : customerIds)
            values << id;
        auto name = scalar(m_db,
                           QStringLiteral("SELECT c.name FROM customer c JOIN system s ON s.id = c.system_id "
                                          "WHERE c.id IN (%1) ORDER BY s.kind = 'odoo' DESC, c.id LIMIT 1")
                               .arg(marks.join(QLatin1Char(','))),
                           values);
        if (!name)
            return name.error();
        auto next =
            scalar(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM canonical_customer"), {});
        if (!next)
            return next.error();
        const qint64 id = next.value().toLongLong();
        if (auto touched = touchCanonical(id); !touched)
            return touched.error();
        auto inserted =
            exec(m_db,
                 QStringLiteral("INSERT INTO canonical_customer (id, name, created_at, updated_at) "
                                "VALUES (?, ?, ?, ?)"),
                 { id, name.value().toString().trimmed(), m_now, m_now });
        if (!inserted)
            return inserted.error();
        return id;
    }

    /// Links the record to @p canonicalId, replacing any link it had; a customer left without
    /// records is removed.
    Result<void> link(qint64 customerId, qint64 canonicalId, const QString &method, const QVariant &score)
    {
        auto previous = canonicalOf(customerId);
        if (!previous)
            return previous.error();
        if (previous.value() == canonicalId)
            return {};
        if (auto touched = touchCustomer(customerId); !touched)
            return touched;
        if (auto touched = touchCanonical(canonicalId); !touched)
            return touched;
        auto removed =
            exec(m_db,
                 QStringLiteral("DELETE FROM link WHERE entity = 'customer' AND (system_id, external_id) = "
                                "(SELECT system_id, external_id FROM customer WHERE id = ?)"),
                 { customerId });
        if (!removed)
            return removed.error();
        auto inserted =
            exec(m_db,
                 QStringLiteral("INSERT INTO link (canonical_id, system_id, entity, external_id, method, "
                                "score, decided_by, decided_at) SELECT ?, system_id, 'customer', "
                                "external_id, ?, ?, ?, ? FROM customer WHERE id = ?"),
                 { canonicalId, method, score, m_actor, m_now, customerId });
        if (!inserted)
            return inserted.error();
        if (auto stamped = stamp(canonicalId); !stamped)
            return stamped;
        return removeIfEmpty(previous.value());
    }

    /// Moves every record of @p source into @p target and removes @p source.
    Result<void> mergeInto(qint64 target, qint64 source)
    {
        if (target == source)
            return {};
        auto records = recordsOf(source);
        if (!records)
            return records.error();
        for (qint64 id : records.value()) {
            if (auto touched = touchCustomer(id); !touched)
                return touched;
        }
        if (auto touched = touchCanonical(target); !touched)
            return touched;
        if (auto touched = touchCanonical(source); !touched)
            return touched;
        auto moved = exec(m_db,
                          QStringLiteral("UPDATE link SET canonical_id = ?, decided_by = ?, decided_at = ? "
                                         "WHERE canonical_id = ?"),
                          { target, m_actor, m_now, source });
        if (!moved)
            return moved.error();
        if (auto stamped = stamp(target); !stamped)
            return stamped;
        return removeIfEmpty(source);
    }

    Result<void> setCustomerStatus(qint64 customerId, const QString &status)
    {
        if (auto touched = touchCustomer(customerId); !touched)
            return touched;
        auto done =
            exec(m_db, QStringLiteral("UPDATE customer SET status = ? WHERE id = ?"), { status, customerId });
        return done ? Result<void>() : Result<void>(done.error());
    }

    Result<void> decideCandidate(qint64 candidateId, const QString &status)
    {
        if (auto touched = touchCandidate(candidateId); !touched)
            return touched;
        auto done =
            exec(m_db,
                 QStringLiteral("UPDATE match_candidate SET status = ?, decided_by = ?, decided_at = ? "
                                "WHERE id = ?"),
                 { status, m_actor, m_now, candidateId });
        return done ? Result<void>() : Result<void>(done.error());
    }

    /// Puts records @p a and @p b into one customer, creating or merging customers as needed.
    Result<void> join(qint64 a, qint64 b, const QString &method, const QVariant &score)
    {
        auto left = canonicalOf(a);
        if (!left)
            return left.error();
        auto right = canonicalOf(b);
        if (!right)
            return right.error();
        const qint64 ca = left.value();
        const qint64 cb = right.value();
        if (ca != 0 && cb != 0)
            return mergeInto(ca, cb);
        if (ca != 0)
            return link(b, ca, method, score);
        if (cb != 0)
            return link(a, cb, method, score);
        auto fresh = createCanonical({ a, b });
        if (!fresh)
            return fresh.error();
        if (auto linked = link(a, fresh.value(), method, score); !linked)
            return linked;
        return link(b, fresh.value(), method, score);
    }

    const QString &now() const { return m_now; }

private:
    template<typename Key>
    Result<void> touch(const Key &key, QSet<Key> MappingSnapshot::*set, QMap<Key, QJsonObject> *captured,
                       const char *list)
    {
        if ((m_subjects.*set).contains(key))
            return {};
        MappingSnapshot one;
        (one.*set).insert(key);
        auto state = one.capture(m_db);
        if (!state)
            return state.error();
        (m_subjects.*set).insert(key);
        const QJsonArray entries = state.value().value(QLatin1String(list)).toArray();
        if (!entries.isEmpty())
            captured->insert(key, entries.first().toObject());
        return {};
    }

    Result<void> stamp(qint64 canonicalId)
    {
        auto done = exec(m_db, QStringLiteral("UPDATE canonical_customer SET updated_at = ? WHERE id = ?"),
                         { m_now, canonicalId });
        return done ? Result<void>() : Result<void>(done.error());
    }

    Result<void> removeIfEmpty(qint64 canonicalId)
    {
        if (canonicalId == 0)
            return {};
        auto records = recordsOf(canonicalId);
        if (!records)
            return records.error();
        if (!records.value().isEmpty())
            return {};
        if (auto touched = touchCanonical(canonicalId); !touched)
            return touched;
        auto done =
            exec(m_db, QStringLiteral("DELETE FROM canonical_customer WHERE id = ?"), { canonicalId });
        return done ? Result<void>() : Result<void>(done.error());
    }

    QSqlDatabase &m_db;
    QString m_actor;
    QString m_now;
    MappingSnapshot m_subjects;
    QMap<qint64, QJsonObject> m_customers;
    QMap<qint64, QJsonObject> m_canonicals;
    QMap<qint64, QJsonObject> m_candidates;
    QMap<QString, QJsonObject> m_outbox;
};

namespace {

QStringList idTexts(const QList<qint64> &ids)
{
    QStringList out;
    for (qint64 id : ids)
        out << QString::number(id);
    return out;
}

} // namespace

MappingService::MappingService(const Database &database, QString actor, std::shared_ptr<Clock> clock)
    : m_database(database)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{ }

Result<qint64> MappingService::decide(const QString &verb, const QString &subjectType,
                                      const QStringList &subjectIds, const Change &change)
{
    qint64 auditId = 0;
    auto done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        Recorder recorder(db, m_actor, m_clock->now().toUTC().toString(Qt::ISODate));
        if (auto changed = change(db, recorder); !changed)
            return changed;
        auto after = recorder.subjects().capture(db);
        if (!after)
            return after.error();
        const QJsonObject before = recorder.before();
        if (compact(before) == compact(after.value()))
            return nothingToDo(tr("Nothing changed: the selection is already as asked."));
        if (auto logged = AuditLog(m_clock).append(db, m_actor, kActionPrefix + verb, subjectType,
                                                   subjectIds.join(QLatin1Char(',')), before, after.value());
            !logged)
            return logged;
        auto id = scalar(db, QStringLiteral("SELECT last_insert_rowid()"), {});
        if (!id)
            return id.error();
        auditId = id.value().toLongLong();
        return {};
    });
    if (!done)
        return done.error();
    return auditId;
}

Result<qint64> MappingService::accept(const QList<qint64> &candidateIds)
{
    return decide(
        QStringLiteral("accept"), QStringLiteral("match_candidate"), idTexts(candidateIds),
        [&](QSqlDatabase &db, Recorder &recorder) -> Result<void> {
            for (qint64 id : candidateIds) {
                auto query = exec(db,
                                  QStringLiteral("SELECT left_customer_id, right_customer_id, score "
                                                 "FROM match_candidate WHERE id = ? AND status = 'open'"),
                                  { id });
                if (!query)
                    return query.error();
                if (!query.value().next())
                    continue; // decided already (a selection may mix open and decided rows)
                const qint64 left = query.value().value(0).toLongLong();
                const qint64 right = query.value().value(1).toLongLong();
                const QVariant score = query.value().value(2);
                if (auto decided = recorder.decideCandidate(id, QStringLiteral("accepted")); !decided)
                    return decided;
                if (auto joined = recorder.join(left, right, QStringLiteral("review"), score); !joined)
                    return joined;
            }
            return {};
        });
}

Result<qint64> MappingService::reject(const QList<qint64> &candidateIds)
{
    return decide(
        QStringLiteral("reject"), QStringLiteral("match_candidate"), idTexts(candidateIds),
        [&](QSqlDatabase &db, Recorder &recorder) -> Result<void> {
            for (qint64 id : candidateIds) {
                auto open = scalar(db,
                                   QStringLiteral("SELECT COUNT(*) FROM match_candidate WHERE id = ? "
                                                  "AND status = 'open'"),
                                   { id });
                if (!open)
                    return open.error();
                if (open.value().toInt() == 0)
                    continue;
                if (auto decided = recorder.decideCandidate(id, QStringLiteral("rejected")); !decided)
                    return decided;
            }
            return {};
        });
}

Result<qint64> MappingService::linkToCustomer(const QList<qint64> &customerIds, qint64 canonicalId)
{
    return decide(
        QStringLiteral("link"), QStringLiteral("customer"), idTexts(customerIds),
        [&](QSqlDatabase &db, Recorder &recorder) -> Result<void> {
            auto exists = scalar(db, QStringLiteral("SELECT COUNT(*) FROM canonical_customer WHERE id = ?"),
                                 { canonicalId });
            if (!exists)
                return exists.error();
            if (exists.value().toInt() == 0)
                return Error(Error::Category::NotFound,
                             tr("Customer %1 is no longer in the crosswalk.").arg(canonicalId));
            for (qint64 id : customerIds) {
                if (auto linked = recorder.link(id, canonicalId, QStringLiteral("manual"), QVariant());
                    !linked)
                    return linked;
            }
            return {};
        });
}

Result<qint64> MappingService::linkTogether(const QList<qint64> &customerIds)
{
    if (customerIds.size() < 2)
        return nothingToDo(tr("Choose at least two records to link together."));
    return decide(QStringLiteral("link"), QStringLiteral("customer"), idTexts(customerIds),
                  [&](QSqlDatabase &, Recorder &recorder) -> Result<void> {
                      for (qsizetype i = 1; i < customerIds.size(); ++i) {
                          if (auto joined = recorder.join(customerIds.first(), customerIds.at(i),
                                                          QStringLiteral("manual"), {});
                              !joined)
                              return joined;
                      }
                      return {};
                  });
}

Result<qint64> MappingService::split(const QList<qint64> &customerIds)
{
    return decide(QStringLiteral("split"), QStringLiteral("customer"), idTexts(customerIds),
                  [&](QSqlDatabase &, Recorder &recorder) -> Result<void> {
                      for (qint64 id : customerIds) {
                          auto canonical = recorder.canonicalOf(id);
                          if (!canonical)
                              return canonical.error();
                          auto records = recorder.recordsOf(canonical.value());
                          if (!records)
                              return records.error();
                          if (canonical.value() == 0 || records.value().size() < 2)
                              continue; // not linked, or alone in its customer already
                          auto fresh = recorder.createCanonical({ id });
                          if (!fresh)
                              return fresh.error();
                          if (auto linked = recorder.link(id, fresh.value(), QStringLiteral("manual"), {});
                              !linked)
                              return linked;
                      }
                      return {};
                  });
}

Result<qint64> MappingService::merge(const QList<qint64> &canonicalIds)
{
    if (canonicalIds.size() < 2)
        return nothingToDo(tr("Choose at least two customers to merge."));
    return decide(QStringLiteral("merge"), QStringLiteral("canonical_customer"), idTexts(canonicalIds),
                  [&](QSqlDatabase &, Recorder &recorder) -> Result<void> {
                      for (qsizetype i = 1; i < canonicalIds.size(); ++i) {
                          if (auto merged = recorder.mergeInto(canonicalIds.first(), canonicalIds.at(i));
                              !merged)
                              return merged;
                      }
                      return {};
                  });
}

Result<qint64> MappingService::markNotCustomer(const QList<qint64> &customerIds, bool notCustomer)
{
    const QString status = notCustomer ? QStringLiteral("not_customer") : QStringLiteral("active");
    return decide(notCustomer ? QStringLiteral("not_customer") : QStringLiteral("is_customer"),
                  QStringLiteral("customer"), idTexts(customerIds),
                  [&](QSqlDatabase &, Recorder &recorder) -> Result<void> {
                      for (qint64 id : customerIds) {
                          if (auto set = recorder.setCustomerStatus(id, status); !set)
                              return set;
                      }
                      return {};
                  });
}

Result<qint64> MappingService::createInOdoo(qint64 customerId)
{
    return decide(
        QStringLiteral("create_partner"), QStringLiteral("customer"), { QString::number(customerId) },
        [&](QSqlDatabase &db, Recorder &recorder) -> Result<void> {
            auto odoo =
                scalar(db, QStringLiteral("SELECT id FROM system WHERE kind = 'odoo' ORDER BY id LIMIT 1"),
                       {}, qint64(0));
            if (!odoo)
                return odoo.error();
            if (odoo.value().toLongLong() == 0)
                return Error(Error::Category::Config,
                             tr("No Odoo system is configured; add one in Settings first."));
            auto query = exec(db,
                              QStringLiteral("SELECT c.name, c.vat, c.phone, c.email, c.website, c.street, "
                                             "c.postcode, c.city, c.country, c.system_id FROM customer c "
                                             "WHERE c.id = ?"),
                              { customerId });
            if (!query)
                return query.error();
            QSqlQuery &record = query.value();
            if (!record.next())
                return Error(Error::Category::NotFound, tr("The record is no longer in the cache."));
            if (record.value(9).toLongLong() == odoo.value().toLongLong())
                return Error(Error::Category::Validation, tr("This record is already a partner in Odoo."));
            auto canonical = recorder.canonicalOf(customerId);
            if (!canonical)
                return canonical.error();
            qint64 canonicalId = canonical.value();
            if (canonicalId == 0) {
                auto fresh = recorder.createCanonical({ customerId });
                if (!fresh)
                    return fresh.error();
                canonicalId = fresh.value();
                if (auto linked = recorder.link(customerId, canonicalId, QStringLiteral("manual"), {});
                    !linked)
                    return linked;
            }
            auto inOdoo = scalar(db,
                                 QStringLiteral("SELECT COUNT(*) FROM link WHERE canonical_id = ? "
                                                "AND system_id = ? AND entity = 'customer'"),
                                 { canonicalId, odoo.value() });
            if (!inOdoo)
                return inOdoo.error();
            if (inOdoo.value().toInt() > 0)
                return Error(
                    Error::Category::Duplicate,
                    tr("This customer already has a partner in Odoo; link instead of creating one."));
            const QString key = QStringLiteral("odoo:partner:%1").arg(canonicalId);
            auto queued =
                scalar(db, QStringLiteral("SELECT COUNT(*) FROM outbox WHERE idempotency_key = ?"), { key });
            if (!queued)
                return queued.error();
            if (queued.value().toInt() > 0)
                return Error(Error::Category::Duplicate,
                             tr("Creating this customer in Odoo is queued already."));
            if (auto touched = recorder.touchOutbox(key); !touched)
                return touched;
            const QJsonObject payload { { QStringLiteral("name"), record.value(0).toString().trimmed() },
                                        { QStringLiteral("vat"), record.value(1).toString() },
                                        { QStringLiteral("phone"), record.value(2).toString() },
                                        { QStringLiteral("email"), record.value(3).toString() },
                                        { QStringLiteral("website"), record.value(4).toString() },
                                        { QStringLiteral("street"), record.value(5).toString() },
                                        { QStringLiteral("zip"), record.value(6).toString() },
                                        { QStringLiteral("city"), record.value(7).toString() },
                                        { QStringLiteral("country"), record.value(8).toString() },
                                        { QStringLiteral("is_company"), true },
                                        { QStringLiteral("ref"), key } };
            auto inserted = exec(
                db,
                QStringLiteral("INSERT INTO outbox (idempotency_key, system_id, operation, "
                               "model, payload, state, created_at, updated_at) "
                               "VALUES (?, ?, 'create_partner', 'res.partner', ?, "
                               "'pending', ?, ?)"),
                { key, odoo.value(), QString::fromUtf8(compact(payload)), recorder.now(), recorder.now() });
            return inserted ? Result<void>() : Result<void>(inserted.error());
        });
}

Result<MappingService::Bands> MappingService::reband(double autoThreshold, double reviewThreshold)
{
    QSqlDatabase db = m_database.connection();
    auto updated = exec(db,
                        QStringLiteral("UPDATE match_candidate SET band = CASE WHEN score >= ? THEN 'auto' "
                                       "WHEN score >= ? THEN 'review' ELSE 'none' END WHERE status = 'open'"),
                        { autoThreshold, reviewThreshold });
    if (!updated)
        return updated.error();
    return bands(autoThreshold, reviewThreshold);
}

Result<MappingService::Bands> MappingService::bands(double autoThreshold, double reviewThreshold) const
{
    QSqlDatabase db = m_database.connection();
    auto counts = exec(
        db,
        QStringLiteral("SELECT COALESCE(SUM(score >= ?), 0), COALESCE(SUM(score >= ? AND score < ?), 0), "
                       "COALESCE(SUM(score < ?), 0) FROM match_candidate WHERE status = 'open'"),
        { autoThreshold, reviewThreshold, autoThreshold, reviewThreshold });
    if (!counts)
        return counts.error();
    Bands bands;
    if (counts.value().next())
        bands = { counts.value().value(0).toLongLong(), counts.value().value(1).toLongLong(),
                  counts.value().value(2).toLongLong() };
    return bands;
}

Result<MappingService::History> MappingService::history() const
{
    QSqlDatabase db = m_database.connection();
    auto rows =
        exec(db,
             QStringLiteral("SELECT id, action, subject_id FROM audit_log WHERE action LIKE 'mapping.%' "
                            "ORDER BY id"));
    if (!rows)
        return rows.error();
    struct Entry
    {
        qint64 id;
        QString text;
    };
    std::vector<Entry> done;
    std::vector<Entry> undone;
    while (rows.value().next()) {
        const qint64 id = rows.value().value(0).toLongLong();
        const QString action = rows.value().value(1).toString();
        const QString subject = rows.value().value(2).toString();
        if (action == kRun) {
            done.clear();
            undone.clear();
        } else if (action == kUndo) {
            if (!done.empty() && QString::number(done.back().id) == subject) {
                undone.push_back(done.back());
                done.pop_back();
            }
        } else if (action == kRedo) {
            if (!undone.empty() && QString::number(undone.back().id) == subject) {
                done.push_back(undone.back());
                undone.pop_back();
            }
        } else {
            done.push_back({ id, actionTitle(action, int(subject.count(QLatin1Char(',')) + 1)) });
            undone.clear();
        }
    }
    History history;
    if (!done.empty())
        history = { done.back().id, done.back().text, 0, {} };
    if (!undone.empty()) {
        history.redoId = undone.back().id;
        history.redoText = undone.back().text;
    }
    return history;
}

Result<qint64> MappingService::undo()
{
    return replay(true);
}

Result<qint64> MappingService::redo()
{
    return replay(false);
}

Result<qint64> MappingService::replay(bool undo)
{
    auto current = history();
    if (!current)
        return current.error();
    const qint64 target = undo ? current.value().undoId : current.value().redoId;
    if (target == 0)
        return nothingToDo(undo ? tr("There is no decision to undo.") : tr("There is no decision to redo."));
    auto done = m_database.transaction([&](QSqlDatabase &db) -> Result<void> {
        auto row = exec(db, QStringLiteral("SELECT before_state, after_state FROM audit_log WHERE id = ?"),
                        { target });
        if (!row)
            return row.error();
        if (!row.value().next())
            return Error(Error::Category::NotFound, tr("The decision is no longer in the audit log."));
        const QJsonObject before = QJsonDocument::fromJson(row.value().value(0).toByteArray()).object();
        const QJsonObject after = QJsonDocument::fromJson(row.value().value(1).toByteArray()).object();
        const QJsonObject &expected = undo ? after : before;
        const QJsonObject &wanted = undo ? before : after;
        MappingSnapshot subjects;
        subjects.addSubjectsOf(before);
        subjects.addSubjectsOf(after);
        auto now = subjects.capture(db);
        if (!now)
            return now.error();
        if (compact(now.value()) != compact(expected))
            return Error(Error::Category::Conflict,
                         undo ? tr("These records were changed since (by a sync, a matching run or another "
                                   "person), so the decision can no longer be undone.")
                              : tr("These records were changed since (by a sync, a matching run or another "
                                   "person), so the decision can no longer be redone."));
        if (auto restored = MappingSnapshot::restore(db, wanted); !restored)
            return restored;
        return AuditLog(m_clock).append(db, m_actor, undo ? kUndo : kRedo, QStringLiteral("audit_log"),
                                        QString::number(target), expected, wanted);
    });
    if (!done)
        return done.error();
    return target;
}

QString MappingService::actionTitle(const QString &action, int count)
{
    const QString verb = action.mid(kActionPrefix.size());
    if (verb == QLatin1String("accept"))
        return tr("Accept %n match(es)", nullptr, count);
    if (verb == QLatin1String("reject"))
        return tr("Reject %n match(es)", nullptr, count);
    if (verb == QLatin1String("link"))
        return tr("Link %n record(s)", nullptr, count);
    if (verb == QLatin1String("split"))
        return tr("Split %n record(s)", nullptr, count);
    if (verb == QLatin1String("merge"))
        return tr("Merge %n customers", nullptr, count);
    if (verb == QLatin1String("not_customer"))
        return tr("Mark %n record(s) as not a customer", nullptr, count);
    if (verb == QLatin1String("is_customer"))
        return tr("Mark %n record(s) as a customer", nullptr, count);
    if (verb == QLatin1String("create_partner"))
        return tr("Create customer in Odoo");
    return action;
}

} // namespace cw
