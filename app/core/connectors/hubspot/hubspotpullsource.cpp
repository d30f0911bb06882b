#include "hubspotpullsource.h"

#include "hubspotclient.h"
#include "hubspotrecordmapper.h"

#include <QJsonDocument>

namespace cw {

namespace {

const QString kFull = QStringLiteral("full");
const QString kSearch = QStringLiteral("search");
const QString kArchived = QStringLiteral("archived");
const QString kIdle = QStringLiteral("idle");

} // namespace

HubSpotPullSource::HubSpotPullSource(HubSpotClient *client, QString objectType, QObject *parent)
    : PullSource(parent)
    , m_client(client)
    , m_type(std::move(objectType))
{
    connect(client, &HubSpotClient::notice, this, &PullSource::notice);
}

QString HubSpotPullSource::table() const
{
    if (m_type == QLatin1String("contacts"))
        return QStringLiteral("contact");
    if (m_type == QLatin1String("deals"))
        return QStringLiteral("deal");
    return QStringLiteral("customer");
}

HubSpotPullSource::Position HubSpotPullSource::parse(const QString &cursor)
{
    const QJsonObject object = QJsonDocument::fromJson(cursor.toUtf8()).object();
    Position position;
    position.phase = object.value(QStringLiteral("phase")).toString(kFull);
    position.after = object.value(QStringLiteral("after")).toString();
    position.since = object.value(QStringLiteral("since")).toInteger();
    position.hwm = object.value(QStringLiteral("hwm")).toInteger();
    return position;
}

QString HubSpotPullSource::format(const Position &position)
{
    QJsonObject object { { QStringLiteral("phase"), position.phase } };
    if (!position.after.isEmpty())
        object.insert(QStringLiteral("after"), position.after);
    object.insert(QStringLiteral("since"), position.since);
    object.insert(QStringLiteral("hwm"), position.hwm);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

void HubSpotPullSource::cancel()
{
    ++m_generation;
}

void HubSpotPullSource::fetch(const QString &cursor)
{
    ++m_generation;
    Position position = parse(cursor);
    if (position.phase == kIdle) {
        // A new run: search from the mark, minus an overlap for HubSpot's eventual consistency.
        position.phase = kSearch;
        position.after.clear();
        position.since = std::max<qint64>(0, position.hwm - kOverlapMs);
    }
    withWonStages([this, position] {
        if (position.phase == kSearch)
            fetchSearch(position);
        else if (position.phase == kArchived)
            fetchArchived(position);
        else
            fetchFull(position);
    });
}

void HubSpotPullSource::withWonStages(std::function<void()> next)
{
    if (m_type != QLatin1String("deals") || m_stagesLoaded) {
        next();
        return;
    }
    const quint64 generation = m_generation;
    m_client->pipelines(m_type, [this, generation, next](const Result<QList<HubSpotPipelineStage>> &stages) {
        if (!alive(generation))
            return;
        if (!stages)
            return emit fetchFailed(stages.error());
        for (const HubSpotPipelineStage &stage : stages.value()) {
            if (stage.isClosedWon())
                m_wonStages.insert(stage.stageId);
        }
        m_stagesLoaded = true;
        next();
    });
}

void HubSpotPullSource::withCompanies(const HubSpotPage &page,
                                      std::function<void(const QHash<QString, QStringList> &)> next)
{
    QStringList missing;
    if (m_type != QLatin1String("companies")) {
        for (const HubSpotObject &object : page.results) {
            if (HubSpotRecordMapper::associatedCompany(object).isEmpty()
                && object.property(QLatin1StringView("associatedcompanyid")).isEmpty())
                missing.append(object.id);
        }
    }
    if (missing.isEmpty()) {
        next({});
        return;
    }
    const quint64 generation = m_generation;
    m_client->readAssociations(m_type, QStringLiteral("companies"), missing,
                               [this, generation, next](const Result<QHash<QString, QStringList>> &links) {
                                   if (!alive(generation))
                                       return;
                                   if (!links)
                                       return emit fetchFailed(links.error());
                                   next(links.value());
                               });
}

void HubSpotPullSource::fetchFull(const Position &position)
{
    const quint64 generation = m_generation;
    const QStringList properties = m_type == QLatin1String("companies")
        ? HubSpotRecordMapper::companyProperties()
        : m_type == QLatin1String("contacts") ? HubSpotRecordMapper::contactProperties()
                                              : HubSpotRecordMapper::dealProperties();
    const QStringList associations =
        m_type == QLatin1String("companies") ? QStringList() : QStringList { QStringLiteral("companies") };
    m_client->listObjects(m_type, properties, associations, position.after, kListLimit, false,
                          [this, generation, position](const Result<HubSpotPage> &page) {
                              if (!alive(generation))
                                  return;
                              if (!page)
                                  return emit fetchFailed(page.error());
                              Position next = position;
                              for (const HubSpotObject &object : page.value().results)
                                  next.hwm = std::max(next.hwm, HubSpotRecordMapper::modifiedMs(object));
                              next.after = page.value().nextAfter;
                              const bool more = !next.after.isEmpty();
                              if (!more) {
                                  next.phase = kIdle;
                                  next.since = next.hwm;
                              }
                              withCompanies(page.value(),
                                            [=, this](const QHash<QString, QStringList> &companies) {
                                                emitPage(page.value(), companies, next, more, false, 0);
                                            });
                          });
}

void HubSpotPullSource::fetchSearch(const Position &position)
{
    const quint64 generation = m_generation;
    const QString modified = m_type == QLatin1String("contacts") ? QStringLiteral("lastmodifieddate")
                                                                 : QStringLiteral("hs_lastmodifieddate");
    const QStringList properties = m_type == QLatin1String("companies")
        ? HubSpotRecordMapper::companyProperties()
        : m_type == QLatin1String("contacts") ? HubSpotRecordMapper::contactProperties()
                                              : HubSpotRecordMapper::dealProperties();
    m_client->searchModifiedSince(
        m_type, modified, position.since, properties, position.after, kSearchLimit,
        [this, generation, position](const Result<HubSpotPage> &page) {
            if (!alive(generation))
                return;
            if (!page)
                return emit fetchFailed(page.error());
            Position next = position;
            qint64 lastSeen = position.since;
            for (const HubSpotObject &object : page.value().results) {
                lastSeen = std::max(lastSeen, HubSpotRecordMapper::modifiedMs(object));
                next.hwm = std::max(next.hwm, lastSeen);
            }
            const int offset = position.after.toInt() + kSearchLimit;
            if (page.value().nextAfter.isEmpty()) {
                next.phase = kArchived;
                next.after.clear();
                next.since = std::max<qint64>(0, position.since);
            } else if (offset + kSearchLimit > 10000) {
                // Why: HubSpot refuses offsets past 10,000; a new query
                // from the last timestamp seen continues the scan.
                next.after.clear();
                next.since = lastSeen;
            } else {
                next.after = page.value().nextAfter;
            }
            HubSpotPage withTotal = page.value();
            withCompanies(withTotal, [=, this](const QHash<QString, QStringList> &companies) {
                emitPage(withTotal, companies, next, true, false, 0);
            });
        });
}

void HubSpotPullSource::fetchArchived(const Position &position)
{
    const quint64 generation = m_generation;
    const QStringList properties = m_type == QLatin1String("companies")
        ? HubSpotRecordMapper::companyProperties()
        : QStringList { QStringLiteral("hs_object_id") };
    m_client->listObjects(m_type, properties, {}, position.after, kListLimit, true,
                          [this, generation, position](const Result<HubSpotPage> &page) {
                              if (!alive(generation))
                                  return;
                              if (!page)
                                  return emit fetchFailed(page.error());
                              Position next = position;
                              next.after = page.value().nextAfter;
                              const bool more = !next.after.isEmpty();
                              if (!more) {
                                  next.phase = kIdle;
                                  next.after.clear();
                              }
                              emitPage(page.value(), {}, next, more, true, position.since);
                          });
}

CacheRecord HubSpotPullSource::deletedRecord(const HubSpotObject &object) const
{
    CacheRecord record;
    record.externalId = object.id;
    record.deleted = true;
    return record;
}

void HubSpotPullSource::emitPage(const HubSpotPage &page, const QHash<QString, QStringList> &companies,
                                 Position next, bool more, bool archivedSweep, qint64 archivedSince)
{
    PullPage out;
    out.expectedTotal = page.total;
    for (const HubSpotObject &object : page.results) {
        const QString &id = object.id;
        if (archivedSweep) {
            const qint64 stamp = std::max(HubSpotRecordMapper::modifiedMs(object),
                                          HubSpotRecordMapper::timeMs(object.archivedAt));
            // Records archived before the last sweep were handled by an earlier run.
            if (stamp < archivedSince - kOverlapMs)
                continue;
            next.hwm = std::max(next.hwm, stamp);
            if (m_type != QLatin1String("companies")) {
                out.records.append(deletedRecord(object));
                continue;
            }
        }
        const QString company = companies.value(id).value(0);
        const Result<CacheRecord> record = m_type == QLatin1String("companies")
            ? HubSpotRecordMapper::company(object)
            : m_type == QLatin1String("contacts") ? HubSpotRecordMapper::contact(object, company)
                                                  : HubSpotRecordMapper::deal(object, m_wonStages, company);
        if (record)
            out.records.append(record.value());
        else
            out.failures.append({ id, 0, record.error().userMessage(), record.error().detail() });
    }
    if (next.phase == kIdle)
        next.since = next.hwm;
    out.cursor = format(next);
    out.more = more;
    emit pageFetched(out);
}

} // namespace cw
