#include "bullhornpullsource.h"

#include "bullhornclient.h"
#include "bullhornrecordmapper.h"

#include <QJsonDocument>
#include <QSet>

namespace cw {

namespace {

const QString kScan = QStringLiteral("scan");
const QString kIdle = QStringLiteral("idle");

} // namespace

BullhornPullSource::BullhornPullSource(BullhornClient *client, QString entity, QObject *parent)
    : PullSource(parent)
    , m_client(client)
    , m_entity(std::move(entity))
{
    connect(client, &BullhornClient::notice, this, &PullSource::notice);
}

QString BullhornPullSource::entityName(const QString &entity)
{
    if (entity == QLatin1String("ClientContact"))
        return QStringLiteral("contacts");
    if (entity == QLatin1String("Candidate"))
        return QStringLiteral("consultants");
    if (entity == QLatin1String("Placement"))
        return QStringLiteral("placements");
    if (entity == QLatin1String("TimesheetEntry"))
        return QStringLiteral("timesheet_lines");
    if (entity == QLatin1String("ExpenseSheetEntry"))
        return QStringLiteral("expenses");
    if (entity == QLatin1String("BillableTime"))
        return QStringLiteral("billable_time");
    if (entity == QLatin1String("BillableExpense"))
        return QStringLiteral("billable_expenses");
    return QStringLiteral("customers");
}

QStringList BullhornPullSource::timeEntities(bool payAndBill)
{
    if (payAndBill)
        return { QStringLiteral("BillableTime"), QStringLiteral("BillableExpense") };
    return { QStringLiteral("TimesheetEntry"), QStringLiteral("ExpenseSheetEntry") };
}

QString BullhornPullSource::table() const
{
    return BullhornRecordMapper::table(m_entity);
}

BullhornPullSource::Position BullhornPullSource::parse(const QString &cursor)
{
    const QJsonObject object = QJsonDocument::fromJson(cursor.toUtf8()).object();
    Position position;
    position.phase = object.value(QStringLiteral("phase")).toString();
    position.since = object.value(QStringLiteral("since")).toInteger();
    position.afterId = object.value(QStringLiteral("afterId")).toInteger();
    position.start = object.value(QStringLiteral("start")).toInt();
    position.hwm = object.value(QStringLiteral("hwm")).toInteger();
    return position;
}

QString BullhornPullSource::format(const Position &position)
{
    const QJsonObject object { { QStringLiteral("phase"), position.phase },
                               { QStringLiteral("since"), position.since },
                               { QStringLiteral("afterId"), position.afterId },
                               { QStringLiteral("start"), position.start },
                               { QStringLiteral("hwm"), position.hwm } };
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString BullhornPullSource::where(const Position &position) const
{
    const QString scope = BullhornRecordMapper::scope(m_entity);
    const QString prefix = scope.isEmpty() ? QString() : scope + QStringLiteral(" AND ");
    if (position.afterId > 0)
        return prefix
            + QStringLiteral("(dateLastModified > %1 OR (dateLastModified = %1 AND id > %2))")
                  .arg(position.since)
                  .arg(position.afterId);
    return prefix + QStringLiteral("dateLastModified >= %1").arg(position.since);
}

void BullhornPullSource::cancel()
{
    ++m_generation;
}

void BullhornPullSource::fetch(const QString &cursor)
{
    const quint64 generation = ++m_generation;
    Position position = parse(cursor);
    if (position.phase != kScan) {
        // A new run: from the mark, minus an overlap for commits that land out of order.
        position = Position { kScan, std::max<qint64>(0, position.hwm - kOverlapMs), 0, 0, position.hwm };
        m_expected = -1;
    }
    const bool firstPage = position.start == 0 && position.afterId == 0;
    const BullhornConfig &config = m_client->config();
    m_client->query(
        BullhornRecordMapper::queriedEntity(m_entity), where(position),
        BullhornRecordMapper::fields(m_entity, config), QStringLiteral("dateLastModified,id"), position.start,
        kPageSize, firstPage, [this, generation, position](const Result<BullhornPage> &page) {
            if (generation != m_generation)
                return;
            if (!page)
                return emit fetchFailed(page.error());
            if (page.value().total >= 0 && m_expected < 0)
                m_expected = page.value().total;
            const QList<JsonNode> &data = page.value().data;
            // What each record voids, read once: the second pass needs it per record and as a set.
            QStringList targets;
            targets.reserve(data.size());
            QSet<QString> voided;
            for (const JsonNode &object : data) {
                targets.append(BullhornRecordMapper::voidedEntry(m_entity, object));
                if (!targets.last().isEmpty())
                    voided.insert(targets.last());
            }
            PullPage out;
            out.expectedTotal = m_expected;
            Position next = position;
            for (qsizetype i = 0; i < data.size(); ++i) {
                const JsonNode &object = data.at(i);
                next.hwm = std::max(next.hwm, BullhornRecordMapper::modifiedMs(object));
                const QString id = BullhornRecordMapper::externalId(m_entity, object);
                if (const QString &target = targets.at(i); !target.isEmpty()) {
                    CacheRecord removal;
                    removal.externalId = target;
                    removal.deleted = true;
                    out.records.append(removal);
                    continue;
                }
                // Voided further down this page: storing it first would count it created and
                // deleted.
                if (voided.contains(id))
                    continue;
                const Result<CacheRecord> record =
                    BullhornRecordMapper::map(m_entity, object, m_client->config());
                if (record)
                    out.records.append(record.value());
                else
                    out.failures.append({ id, 0, record.error().userMessage(), record.error().detail() });
            }
            if (data.size() < kPageSize) {
                next = Position { kIdle, next.hwm, 0, 0, next.hwm };
            } else if (next.start + kPageSize >= kRestartAfter) {
                next.since = BullhornRecordMapper::modifiedMs(data.last());
                next.afterId = data.last()["id"].toInteger();
                next.start = 0;
            } else {
                next.start += kPageSize;
            }
            out.cursor = format(next);
            out.more = next.phase == kScan;
            emit pageFetched(out);
        });
}

} // namespace cw
