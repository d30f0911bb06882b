#include "odoopagedreader.h"

#include "odooclient.h"
#include "odooreply.h"

namespace cw {

OdooPagedReader::OdooPagedReader(OdooClient *client, QString model, QJsonArray domain, QStringList fields,
                                 int pageSize, OdooCallOptions options, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(std::move(model))
    , m_domain(std::move(domain))
    , m_fields(std::move(fields))
    , m_pageSize(std::max(1, pageSize))
    , m_options(std::move(options))
{ }

void OdooPagedReader::start(qint64 afterId)
{
    if (m_running)
        return;
    m_running = true;
    m_lastId = afterId;
    requestPage();
}

void OdooPagedReader::abort()
{
    if (m_reply)
        m_reply->abort();
}

void OdooPagedReader::requestPage()
{
    m_reply = m_client->searchReadAfter(m_model, m_domain, m_fields, m_lastId, m_pageSize, m_options);
    connect(m_reply, &OdooReply::finished, this, &OdooPagedReader::onPage);
}

void OdooPagedReader::onPage()
{
    OdooReply *reply = m_reply;
    reply->deleteLater();
    if (!reply->ok()) {
        m_running = false;
        m_error = reply->error();
        emit failed();
        return;
    }
    const QJsonArray records = reply->records();
    if (!records.isEmpty()) {
        m_lastId = static_cast<qint64>(records.last().toObject().value(QStringLiteral("id")).toDouble());
        m_records += records.size();
        ++m_pages;
        emit page(records);
    }
    if (records.size() < m_pageSize) {
        m_running = false;
        emit finished();
        return;
    }
    requestPage();
}

} // namespace cw
