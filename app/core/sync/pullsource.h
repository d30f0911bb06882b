#pragma once

#include "domain/error.h"
#include "pullpage.h"

#include <QObject>

namespace cw {

/// Where a PullRunner gets the records of one entity of one system (HubSpot companies, Bullhorn
/// placements, ...): an asynchronous page fetcher that keeps all its progress in the cursor text,
/// so a pull survives a crash or a cancel and resumes at the last committed page.
///
/// Contract: fetch(cursor) answers exactly once with pageFetched() or fetchFailed(), later, from
/// the event loop. An empty cursor means "never pulled": read everything. The cursor a page
/// carries is opaque to the runner, which stores it with the page's records in one transaction.
/// Retries of transient failures (429, 5xx, timeouts) belong to the source's client; a failure
/// it reports is final for this run. notice() reports what a person may want to know (a wait
/// after HTTP 429). cancel() stops a fetch in flight; neither signal follows.
/// Thread affinity: the thread of its client. Ownership: a QObject, owned by the runner once added.
class PullSource : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Stable lowercase name used for the cursor, the run's flow and the Sync page ("companies").
    virtual QString entity() const = 0;
    /// Cache table the records go to ("customer").
    virtual QString table() const = 0;
    virtual void fetch(const QString &cursor) = 0;
    virtual void cancel() = 0;

signals:
    void pageFetched(const cw::PullPage &page);
    void fetchFailed(const cw::Error &error);
    void notice(const QString &message, const QString &detail);
};

} // namespace cw
