#include "cachematchjob.h"

#include "cache/auditlog.h"
#include "cache/database.h"
#include "cache/sqlstatement.h"
#include "matchengine.h"
#include "vectorrecordsource.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <map>

namespace cw {

namespace {

const QString kMatcher = QStringLiteral("matcher");

struct SystemRecords
{
    qint64 systemId = 0;
    bool odoo = false;
    std::vector<MatchRecord> records;
    std::vector<qint64> customerIds;
};

Result<QSqlQuery> exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    return SqlStatement::run(db, sql, values,
                             CacheMatchJob::tr("The matching results could not be written to the cache."));
}

Result<std::vector<SystemRecords>> loadRecords(QSqlDatabase &db)
{
    auto query = exec(
        db,
        QStringLiteral("SELECT c.id, c.system_id, s.kind, c.external_id, c.name, c.legal_form, c.street, "
                       "c.postcode, c.city, c.country, c.phone, c.email, c.website, c.vat, "
                       "c.registry_id FROM customer c JOIN system s ON s.id = c.system_id "
                       "WHERE s.enabled = 1 AND c.status <> 'not_customer' ORDER BY c.system_id, c.id"));
    if (!query)
        return query.error();
    std::vector<SystemRecords> systems;
    QSqlQuery &q = query.value();
    while (q.next()) {
        const qint64 systemId = q.value(1).toLongLong();
        if (systems.empty() || systems.back().systemId != systemId)
            systems.push_back({ systemId, q.value(2).toString() == QLatin1String("odoo"), {}, {} });
        MatchRecord record;
        record.id = q.value(3).toString();
        record.name = q.value(4).toString();
        record.legalForm = q.value(5).toString();
        record.street = q.value(6).toString();
        record.postcode = q.value(7).toString();
        record.city = q.value(8).toString();
        record.country = q.value(9).toString();
        record.phone = q.value(10).toString();
        record.email = q.value(11).toString();
        record.website = q.value(12).toString();
        record.vat = q.value(13).toString();
        record.registryId = q.value(14).toString();
        systems.back().records.push_back(std::move(record));
        systems.back().customerIds.push_back(q.value(0).toLongLong());
    }
    return systems;
}

// Unbilled approved time plus open posted invoices per customer record: what waits on the link.
Result<QHash<qint64, qint64>> valueAtStake(QSqlDatabase &db)
{
    auto query = exec(
        db,
        QStringLiteral("SELECT p.customer_id, SUM(t.minutes * t.bill_rate_minor) / 60 FROM placement p "
                       "JOIN timesheet_line t ON t.placement_id = p.id WHERE t.status = 'approved' "
                       "AND t.billable = 1 AND +t.invoice_id IS NULL AND p.customer_id IS NOT NULL "
                       "GROUP BY p.customer_id UNION ALL SELECT customer_id, "
                       "SUM(amount_residual_minor) FROM invoice WHERE state = 'posted' "
                       "AND amount_residual_minor > 0 AND customer_id IS NOT NULL GROUP BY customer_id"));
    if (!query)
        return query.error();
    QHash<qint64, qint64> values;
    while (query.value().next())
        values[query.value().value(0).toLongLong()] += query.value().value(1).toLongLong();
    return values;
}

/// The writing half of a run, inside one transaction.
class RunWriter
{
public:
    RunWriter(QSqlDatabase &db, const std::vector<SystemRecords> &systems, QString now)
        : m_db(db)
        , m_systems(systems)
        , m_now(std::move(now))
    { }

    Result<void> loadDecisions()
    {
        auto links = exec(m_db,
                          QStringLiteral("SELECT c.id, l.canonical_id FROM link l JOIN customer c "
                                         "ON c.system_id = l.system_id AND c.external_id = l.external_id "
                                         "WHERE l.entity = 'customer'"));
        if (!links)
            return links.error();
        while (links.value().next())
            m_canonical.insert(links.value().value(0).toLongLong(), links.value().value(1).toLongLong());
        auto rejected = exec(m_db,
                             QStringLiteral("SELECT left_customer_id, right_customer_id FROM match_candidate "
                                            "WHERE status = 'rejected'"));
        if (!rejected)
            return rejected.error();
        while (rejected.value().next())
            m_rejected.insert(
                pairKey(rejected.value().value(0).toLongLong(), rejected.value().value(1).toLongLong()));
        auto stake = valueAtStake(m_db);
        if (!stake)
            return stake.error();
        m_stake = std::move(stake).value();
        return {};
    }

    Result<void> writeLinks(const SystemClustering &clustering, CacheMatchJob::Summary *summary)
    {
        std::map<quint32, std::vector<std::pair<int, qsizetype>>> clusters;
        for (int s = 0; s < int(clustering.clusters.size()); ++s) {
            for (qsizetype i = 0; i < qsizetype(clustering.clusters[s].size()); ++i)
                clusters[clustering.clusters[s][i]].push_back({ s, i });
        }
        const QHash<qint64, double> best = bestAutoProbability(clustering);
        for (const auto &[cluster, members] : clusters) {
            if (members.size() < 2)
                continue;
            if (auto written = writeCluster(members, best, summary); !written)
                return written;
        }
        return {};
    }

    /// Closes the open candidates whose two records now belong to one customer, because this
    /// run linked them (or a person did since the candidate was written): nothing is left to
    /// review, and the queue should not ask.
    Result<void> settleCandidates(CacheMatchJob::Summary *summary)
    {
        auto settled =
            exec(m_db,
                 QStringLiteral(
                     "UPDATE match_candidate SET status = 'accepted', decided_by = ?, decided_at = ? "
                     "WHERE status = 'open' AND EXISTS ("
                     "SELECT 1 FROM customer l JOIN link ll ON ll.entity = 'customer' "
                     "AND ll.system_id = l.system_id AND ll.external_id = l.external_id "
                     "JOIN customer r ON r.id = match_candidate.right_customer_id "
                     "JOIN link rl ON rl.entity = 'customer' AND rl.system_id = r.system_id "
                     "AND rl.external_id = r.external_id "
                     "WHERE l.id = match_candidate.left_customer_id AND ll.canonical_id = rl.canonical_id)"),
                 { kMatcher, m_now });
        if (!settled)
            return settled.error();
        summary->candidatesSettled = settled.value().numRowsAffected();
        return {};
    }

    Result<void> writeCandidates(const SystemClustering &clustering, CacheMatchJob::Summary *summary)
    {
        // Per record its most probable pair outside the automatic band: the near miss.
        QHash<qint64, std::pair<int, qsizetype>> nearest;
        const auto consider = [&](qint64 customer, int link, qsizetype index, float probability) {
            auto it = nearest.find(customer);
            if (it == nearest.end()
                || clustering.links[size_t(it->first)].pairs()[it->second].probability < probability)
                nearest.insert(customer, { link, index });
        };
        for (int k = 0; k < int(clustering.links.size()); ++k) {
            const auto [a, b] = systemsOf(k);
            const auto pairs = clustering.links[size_t(k)].pairs();
            for (qsizetype p = 0; p < qsizetype(pairs.size()); ++p) {
                const ScoredPair &pair = pairs[p];
                if (pair.band == MatchBand::Auto)
                    continue;
                const qint64 left = m_systems[size_t(a)].customerIds[pair.left];
                const qint64 right = m_systems[size_t(b)].customerIds[pair.right];
                if (pair.band == MatchBand::Review) {
                    if (auto written =
                            writeCandidate(clustering.links[size_t(k)], pair, left, right, summary);
                        !written)
                        return written;
                    continue;
                }
                consider(left, k, p, pair.probability);
                consider(right, k, p, pair.probability);
            }
        }
        QSet<qint64> written;
        for (auto it = nearest.cbegin(); it != nearest.cend(); ++it) {
            const auto [k, p] = it.value();
            const ScoredPair &pair = clustering.links[size_t(k)].pairs()[p];
            const auto [a, b] = systemsOf(k);
            const qint64 left = m_systems[size_t(a)].customerIds[pair.left];
            const qint64 right = m_systems[size_t(b)].customerIds[pair.right];
            if (written.contains(pairKey(left, right)))
                continue;
            written.insert(pairKey(left, right));
            if (auto done = writeCandidate(clustering.links[size_t(k)], pair, left, right, summary); !done)
                return done;
        }
        return {};
    }

private:
    static qint64 pairKey(qint64 a, qint64 b) { return a < b ? (a << 32) | b : (b << 32) | a; }

    // Index of system pair k in the order linkSystems() returns them: 0-1, 0-2, ..., 1-2, ...
    std::pair<int, int> systemsOf(int k) const
    {
        const int n = int(m_systems.size());
        for (int a = 0; a < n; ++a) {
            if (k < n - a - 1)
                return { a, a + 1 + k };
            k -= n - a - 1;
        }
        return { 0, 0 };
    }

    QHash<qint64, double> bestAutoProbability(const SystemClustering &clustering) const
    {
        QHash<qint64, double> best;
        for (int k = 0; k < int(clustering.links.size()); ++k) {
            const auto [a, b] = systemsOf(k);
            for (const ScoredPair &pair : clustering.links[size_t(k)].pairs()) {
                if (pair.band != MatchBand::Auto)
                    continue;
                for (qint64 customer : { m_systems[size_t(a)].customerIds[pair.left],
                                         m_systems[size_t(b)].customerIds[pair.right] }) {
                    double &value = best[customer];
                    value = std::max(value, double(pair.probability));
                }
            }
        }
        return best;
    }

    Result<void> writeCluster(const std::vector<std::pair<int, qsizetype>> &members,
                              const QHash<qint64, double> &best, CacheMatchJob::Summary *summary)
    {
        QSet<qint64> existing;
        std::vector<qint64> unlinked;
        std::vector<qint64> linked;
        // The new customer takes the name Odoo (the system of record for customers) gives it.
        qint64 named = 0;
        bool namedByOdoo = false;
        for (const auto &[s, i] : members) {
            const qint64 customer = m_systems[size_t(s)].customerIds[size_t(i)];
            if (named == 0 || (m_systems[size_t(s)].odoo && !namedByOdoo)) {
                named = customer;
                namedByOdoo = m_systems[size_t(s)].odoo;
            }
            if (const qint64 canonical = m_canonical.value(customer); canonical != 0) {
                existing.insert(canonical);
                linked.push_back(customer);
            } else {
                unlinked.push_back(customer);
            }
        }
        if (unlinked.empty())
            return {};
        if (existing.size() > 1) {
            ++summary->leftForReview; // joining would merge customers people made; their call
            return {};
        }
        qint64 target = existing.isEmpty() ? 0 : *existing.begin();
        for (qint64 customer : unlinked) {
            const bool refused = std::any_of(linked.begin(), linked.end(), [&](qint64 other) {
                return m_rejected.contains(pairKey(customer, other));
            });
            if (refused)
                continue;
            if (target == 0) {
                auto created = createCanonical(named);
                if (!created)
                    return created.error();
                target = created.value();
                ++summary->customersCreated;
            }
            auto inserted =
                exec(m_db,
                     QStringLiteral("INSERT INTO link (canonical_id, system_id, entity, external_id, method, "
                                    "score, decided_by, decided_at) SELECT ?, system_id, 'customer', "
                                    "external_id, 'auto', ?, ?, ? FROM customer WHERE id = ?"),
                     { target, best.value(customer), kMatcher, m_now, customer });
            if (!inserted)
                return inserted.error();
            m_canonical.insert(customer, target);
            linked.push_back(customer);
            ++summary->linksCreated;
        }
        return {};
    }

    Result<qint64> createCanonical(qint64 namedAfter)
    {
        auto inserted = exec(m_db,
                             QStringLiteral("INSERT INTO canonical_customer (name, created_at, updated_at) "
                                            "SELECT trim(name), ?, ? FROM customer WHERE id = ?"),
                             { m_now, m_now, namedAfter });
        if (!inserted)
            return inserted.error();
        return inserted.value().lastInsertId().toLongLong();
    }

    Result<void> writeCandidate(const Linkage &linkage, const ScoredPair &pair, qint64 left, qint64 right,
                                CacheMatchJob::Summary *summary)
    {
        const qint64 canonical = m_canonical.value(left);
        if (canonical != 0 && canonical == m_canonical.value(right))
            return {}; // already one customer
        const QString band =
            pair.band == MatchBand::Review ? QStringLiteral("review") : QStringLiteral("none");
        const QByteArray explanation =
            QJsonDocument(linkage.explain(pair).toJson()).toJson(QJsonDocument::Compact);
        auto written = exec(
            m_db,
            QStringLiteral("INSERT INTO match_candidate (left_customer_id, right_customer_id, score, band, "
                           "explanation, value_at_stake_minor, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                           "ON CONFLICT (left_customer_id, right_customer_id) DO UPDATE SET "
                           "score = excluded.score, band = excluded.band, "
                           "explanation = excluded.explanation, "
                           "value_at_stake_minor = excluded.value_at_stake_minor "
                           "WHERE match_candidate.status = 'open'"),
            { std::min(left, right), std::max(left, right), double(pair.probability), band,
              QString::fromUtf8(explanation), m_stake.value(left) + m_stake.value(right), m_now });
        if (!written)
            return written.error();
        ++(pair.band == MatchBand::Review ? summary->reviewCandidates : summary->nearMisses);
        return {};
    }

    QSqlDatabase &m_db;
    const std::vector<SystemRecords> &m_systems;
    QString m_now;
    QHash<qint64, qint64> m_canonical;
    QSet<qint64> m_rejected;
    QHash<qint64, qint64> m_stake;
};

} // namespace

CacheMatchJob::CacheMatchJob(const Database &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
    connect(&m_watcher, &QFutureWatcher<Result<Summary>>::finished, this, &CacheMatchJob::onWorkerDone);
}

CacheMatchJob::~CacheMatchJob()
{
    cancel();
    m_watcher.waitForFinished();
}

bool CacheMatchJob::isRunning() const
{
    return m_watcher.isRunning();
}

void CacheMatchJob::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void CacheMatchJob::start(const MatchOptions &options, const QString &actor, std::shared_ptr<Clock> clock)
{
    Q_ASSERT(!isRunning());
    m_error.reset();
    m_summary = {};
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const Database *database = &m_database;
    CacheMatchJob *self = this;
    m_watcher.setFuture(QtConcurrent::run([database, options, actor, clock, cancel = m_cancel, self] {
        MatchControl control;
        control.cancel = cancel.get();
        // Queued to the job's thread. The job waits for the worker in its destructor, so self
        // outlives this function.
        control.progress = MatchControl::throttled(
            [self](MatchStage stage, qint64 done, qint64 total) { emit self->progress(stage, done, total); });
        Result<Summary> result = run(*database, options, actor, clock, control);
        database->releaseThreadConnection();
        return result;
    }));
}

void CacheMatchJob::onWorkerDone()
{
    const Result<Summary> result = m_watcher.result();
    if (!result) {
        m_error = result.error();
        emit failed();
        return;
    }
    m_summary = result.value();
    emit finished();
}

Result<CacheMatchJob::Summary> CacheMatchJob::run(const Database &database, const MatchOptions &options,
                                                  const QString &actor, const std::shared_ptr<Clock> &clock,
                                                  const MatchControl &control)
{
    QSqlDatabase db = database.connection();
    auto loaded = loadRecords(db);
    if (!loaded)
        return loaded.error();
    const std::vector<SystemRecords> &systems = loaded.value();
    if (systems.size() < 2)
        return Error(Error::Category::Validation,
                     tr("Matching needs the customers of at least two systems; sync another system first."));
    std::vector<VectorRecordSource> sources;
    sources.reserve(systems.size());
    std::vector<const RecordSource *> pointers;
    Summary summary;
    for (const SystemRecords &system : systems) {
        sources.emplace_back(system.records);
        pointers.push_back(&sources.back());
        summary.records += qint64(system.records.size());
    }
    auto clustering = MatchEngine::linkSystems(pointers, options, control);
    if (!clustering)
        return clustering.error();
    if (control.cancel && control.cancel->load())
        return MatchEngine::cancelledError();
    auto written = database.transaction([&](QSqlDatabase &tx) -> Result<void> {
        const QString now = clock->now().toUTC().toString(Qt::ISODate);
        RunWriter writer(tx, systems, now);
        if (auto decisions = writer.loadDecisions(); !decisions)
            return decisions;
        if (auto links = writer.writeLinks(clustering.value(), &summary); !links)
            return links;
        if (auto candidates = writer.writeCandidates(clustering.value(), &summary); !candidates)
            return candidates;
        if (auto settled = writer.settleCandidates(&summary); !settled)
            return settled;
        const QJsonObject after { { QStringLiteral("records"), summary.records },
                                  { QStringLiteral("customers_created"), summary.customersCreated },
                                  { QStringLiteral("links_created"), summary.linksCreated },
                                  { QStringLiteral("review_candidates"), summary.reviewCandidates },
                                  { QStringLiteral("near_misses"), summary.nearMisses },
                                  { QStringLiteral("candidates_settled"), summary.candidatesSettled },
                                  { QStringLiteral("auto_threshold"), options.autoThreshold },
                                  { QStringLiteral("review_threshold"), options.reviewThreshold } };
        return AuditLog(clock).append(tx, actor, QStringLiteral("mapping.run"), QStringLiteral("customer"),
                                      QString(), {}, after);
    });
    if (!written)
        return written.error();
    return summary;
}

} // namespace cw
