#include "httpsimulatorconnection.h"

#include <QDateTime>
#include <QLocale>
#include <QTcpSocket>
#include <QUrl>

namespace cw {

namespace {

constexpr qsizetype kMaxHeaderBytes = 64 * 1024;
constexpr qsizetype kMaxBodyBytes = 128 * 1024 * 1024;
// Why: a held ("timeout") request must not keep a socket forever if the client never gives up.
constexpr int kMaxHoldMs = 10 * 60 * 1000;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return QByteArrayLiteral("Continue");
    case 200:
        return QByteArrayLiteral("OK");
    case 204:
        return QByteArrayLiteral("No Content");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 411:
        return QByteArrayLiteral("Length Required");
    case 413:
        return QByteArrayLiteral("Request Entity Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 431:
        return QByteArrayLiteral("Request Header Fields Too Large");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Unknown");
    }
}

QByteArray httpDate()
{
    return QLocale::c()
        .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
        .toLatin1();
}

} // namespace

HttpSimulatorConnection::HttpSimulatorConnection(QTcpSocket *socket, SimulatedHttpHandler handler,
                                                 QByteArray serverHeader, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(std::move(handler))
    , m_serverHeader(std::move(serverHeader))
{
    m_socket->setParent(this);
    // Why: without TCP_NODELAY the tail of a reply written in two parts waited for the client's
    // delayed ACK, some 40 ms a response on loopback, which set the pace of every pull benchmark.
    // Production HTTP servers send without that delay too.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    m_pending.setSingleShot(true);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpSimulatorConnection::processBuffer);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpSimulatorConnection::closeNow);
}

void HttpSimulatorConnection::closeNow()
{
    m_pending.stop();
    m_closing = true;
    if (m_closed)
        return;
    m_closed = true;
    m_socket->abort();
    emit closed();
}

void HttpSimulatorConnection::processBuffer()
{
    m_buffer += m_socket->readAll();
    // Why: pipelined requests are answered strictly in order, so parsing waits while one is pending.
    while (!m_busy && !m_closing && !m_buffer.isEmpty()) {
        SimulatedHttpRequest request;
        bool keepAlive = true;
        const Parse parse = parseRequest(&request, &keepAlive);
        if (parse == Parse::Incomplete)
            return;
        if (parse == Parse::Invalid)
            return;
        carryOut(m_handler(request), keepAlive);
    }
}

HttpSimulatorConnection::Parse HttpSimulatorConnection::parseRequest(SimulatedHttpRequest *request,
                                                                     bool *keepAlive)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > kMaxHeaderBytes) {
            fail(431, QByteArrayLiteral("Request header too large"));
            return Parse::Invalid;
        }
        return Parse::Incomplete;
    }
    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine.at(2).startsWith("HTTP/1.")) {
        fail(400, QByteArrayLiteral("Malformed request line"));
        return Parse::Invalid;
    }
    request->method = requestLine.at(0).toUpper();
    const QByteArray target = requestLine.at(1);
    const qsizetype question = target.indexOf('?');
    request->path = QUrl::fromPercentEncoding(question < 0 ? target : target.left(question)).toUtf8();
    request->query = question < 0 ? QByteArray() : target.mid(question + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            fail(400, QByteArrayLiteral("Malformed header"));
            return Parse::Invalid;
        }
        request->headers.append({ line.left(colon).trimmed(), line.mid(colon + 1).trimmed() });
    }
    qsizetype consumed = 0;
    const Parse body = readBody(headerEnd + 4, *request, &request->body, &consumed);
    if (body != Parse::Complete) {
        if (body == Parse::Invalid)
            fail(400, QByteArrayLiteral("Malformed body framing"));
        return body;
    }
    const QByteArray connection = request->header(QByteArrayLiteral("Connection")).toLower();
    const bool http10 = requestLine.at(2) == "HTTP/1.0";
    *keepAlive = http10 ? connection.contains("keep-alive") : !connection.contains("close");
    m_buffer.remove(0, consumed);
    return Parse::Complete;
}

HttpSimulatorConnection::Parse HttpSimulatorConnection::readBody(qsizetype bodyStart,
                                                                 const SimulatedHttpRequest &headersOnly,
                                                                 QByteArray *body, qsizetype *consumed) const
{
    if (headersOnly.header(QByteArrayLiteral("Transfer-Encoding")).toLower().contains("chunked")) {
        qsizetype position = bodyStart;
        QByteArray decoded;
        for (;;) {
            const qsizetype lineEnd = m_buffer.indexOf("\r\n", position);
            if (lineEnd < 0)
                return Parse::Incomplete;
            bool ok = false;
            const qsizetype size =
                m_buffer.mid(position, lineEnd - position).split(';').first().trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0 || decoded.size() + size > kMaxBodyBytes)
                return Parse::Invalid;
            const qsizetype dataStart = lineEnd + 2;
            if (size == 0) {
                const qsizetype trailerEnd = m_buffer.indexOf("\r\n", dataStart);
                if (trailerEnd < 0)
                    return Parse::Incomplete;
                *body = decoded;
                *consumed = trailerEnd + 2;
                return Parse::Complete;
            }
            if (m_buffer.size() < dataStart + size + 2)
                return Parse::Incomplete;
            decoded += m_buffer.mid(dataStart, size);
            position = dataStart + size + 2;
        }
    }
    const QByteArray lengthHeader = headersOnly.header(QByteArrayLiteral("Content-Length"));
    bool ok = true;
    const qsizetype length = lengthHeader.isEmpty() ? 0 : lengthHeader.trimmed().toLongLong(&ok);
    if (!ok || length < 0 || length > kMaxBodyBytes)
        return Parse::Invalid;
    if (m_buffer.size() < bodyStart + length)
        return Parse::Incomplete;
    *body = m_buffer.mid(bodyStart, length);
    *consumed = bodyStart + length;
    return Parse::Complete;
}

void HttpSimulatorConnection::carryOut(const SimulatedHttpReply &reply, bool keepAlive)
{
    using Disposition = SimulatedHttpReply::Disposition;
    if (reply.disposition == Disposition::Hold) {
        m_busy = true;
        m_pending.disconnect();
        connect(&m_pending, &QTimer::timeout, this, &HttpSimulatorConnection::closeNow);
        m_pending.start(kMaxHoldMs);
        return;
    }
    const auto act = [this, reply, keepAlive] {
        m_busy = false;
        if (reply.disposition == Disposition::DropConnection) {
            closeNow();
            return;
        }
        write(reply, keepAlive);
        processBuffer();
    };
    if (reply.delayMs <= 0 && reply.disposition == Disposition::Respond) {
        write(reply, keepAlive);
        return;
    }
    m_busy = true;
    m_pending.disconnect();
    connect(&m_pending, &QTimer::timeout, this, act);
    m_pending.start(std::max(0, reply.delayMs));
}

void HttpSimulatorConnection::write(const SimulatedHttpReply &reply, bool keepAlive)
{
    if (m_closing)
        return;
    QByteArray head;
    head.reserve(256);
    head += "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    head += "Date: " + httpDate() + "\r\n";
    head += "Server: " + m_serverHeader + "\r\n";
    for (const auto &header : reply.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    if (!keepAlive)
        head += "Connection: close\r\n";
    head += "\r\n";
    m_socket->write(head);
    m_socket->write(reply.body);
    if (!keepAlive) {
        m_closing = true;
        m_socket->disconnectFromHost();
    }
}

void HttpSimulatorConnection::fail(int status, const QByteArray &message)
{
    write(SimulatedHttpReply::text(status, message), false);
    m_buffer.clear();
}

} // namespace cw
