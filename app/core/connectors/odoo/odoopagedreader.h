#pragma once

#include "domain/error.h"
#include "odoocalloptions.h"

#include <QJsonArray>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace cw {

class OdooClient;
class OdooReply;

/// Reads every record of a model matching a domain in keyset pages (`id > last`, ordered by id,
/// `fields` always given), one page in flight at a time, so a large table streams without offsets
/// that get slower page after page and without missing or repeating records when rows are added
/// meanwhile.
///
/// page() is emitted for each non-empty page, then finished() once, or failed() once with error()
/// set to the error of the page that failed (nothing is retried here; recordsRead() and lastId()
/// say where to resume).
/// Thread affinity: the client's. Ownership: does not own the client, which must outlive it.
class OdooPagedReader : public QObject
{
    Q_OBJECT

public:
    OdooPagedReader(OdooClient *client, QString model, QJsonArray domain, QStringList fields,
                    int pageSize = 2000, OdooCallOptions options = {}, QObject *parent = nullptr);

    /// Starts after id @p afterId (0: from the beginning).
    void start(qint64 afterId = 0);
    void abort();

    bool isRunning() const { return m_running; }
    qint64 recordsRead() const { return m_records; }
    int pagesRead() const { return m_pages; }
    /// Highest id read so far; pass it to start() to resume.
    qint64 lastId() const { return m_lastId; }
    /// Why the reading stopped, after failed().
    const Error &error() const { return m_error; }

signals:
    void page(const QJsonArray &records);
    void finished();
    void failed();

private:
    void requestPage();
    void onPage();

    OdooClient *m_client;
    QString m_model;
    QJsonArray m_domain;
    QStringList m_fields;
    int m_pageSize;
    OdooCallOptions m_options;
    QPointer<OdooReply> m_reply;
    Error m_error;
    qint64 m_lastId = 0;
    qint64 m_records = 0;
    int m_pages = 0;
    bool m_running = false;
};

} // namespace cw
