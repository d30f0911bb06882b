#pragma once

#include "hubspottypes.h"
#include "sync/pullsource.h"

#include <QPointer>
#include <QSet>

#include <functional>

namespace cw {

class HubSpotClient;

/// PullSource of one HubSpot object type: "companies" (into customer), "contacts" (contact) or
/// "deals" (deal).
///
/// First run: a full scan with `after` cursor paging (deals and contacts with their company
/// association inline). Later runs: search on the last-modified property from the high-water
/// mark minus a 60-second overlap, ascending, paged by offset and restarted from the last
/// timestamp seen before the 10,000-result cap; then a sweep of archived records newer than the
/// mark (companies become "archived", contacts and deals leave the cache). Records read again
/// unchanged are counted as unchanged by the upserter, so the overlap never counts twice.
/// The cursor is a small JSON object ({"phase", "after", "since", "hwm"}).
/// Deals: won stages come from the pipelines (closed with probability 1.0) when hs_is_closed_won
/// is missing; search pages get their companies through a v4 association batch read.
/// Thread affinity: the client's thread. Ownership: borrows the client, which must outlive it.
class HubSpotPullSource : public PullSource
{
    Q_OBJECT

public:
    static constexpr qint64 kOverlapMs = 60000;
    static constexpr int kListLimit = 100;
    static constexpr int kSearchLimit = 100;

    HubSpotPullSource(HubSpotClient *client, QString objectType, QObject *parent = nullptr);

    QString entity() const override { return m_type; }
    QString table() const override;
    void fetch(const QString &cursor) override;
    void cancel() override;

private:
    struct Position
    {
        QString phase;
        QString after;
        qint64 since = 0;
        qint64 hwm = 0;
    };

    static Position parse(const QString &cursor);
    static QString format(const Position &position);
    void fetchFull(const Position &position);
    void fetchSearch(const Position &position);
    void fetchArchived(const Position &position);
    void withWonStages(std::function<void()> next);
    void withCompanies(const HubSpotPage &page,
                       std::function<void(const QHash<QString, QStringList> &)> next);
    void emitPage(const HubSpotPage &page, const QHash<QString, QStringList> &companies, Position next,
                  bool more, bool archivedSweep, qint64 archivedSince);
    CacheRecord deletedRecord(const HubSpotObject &object) const;
    bool alive(quint64 generation) const { return generation == m_generation; }

    QPointer<HubSpotClient> m_client;
    QString m_type;
    QSet<QString> m_wonStages;
    bool m_stagesLoaded = false;
    quint64 m_generation = 0;
};

} // namespace cw
