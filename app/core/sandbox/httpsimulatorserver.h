#pragma once

#include "domain/result.h"
#include "simulatedhttpreply.h"

#include <QObject>
#include <QSet>
#include <QUrl>

class QSslConfiguration;
class QTcpServer;

namespace cw {

class HttpSimulatorConnection;

/// A small HTTP/1.1 server on 127.0.0.1 for the simulators of Odoo, the CRM and the staffing
/// platform. Unlike QHttpServer it lets a handler choose exact status lines and headers, delay an
/// answer without blocking, drop the connection after the work is done (the "did my write land?"
/// case) or never answer at all (a client-side timeout).
///
/// The handler runs synchronously in the server's thread for each complete request; replies on one
/// connection leave in request order (keep-alive and pipelining supported).
/// Thread affinity: the thread that created it (or moveToThread() before listen()).
/// Ownership: owns its listening socket and connections.
class HttpSimulatorServer : public QObject
{
    Q_OBJECT

public:
    /// @p serverHeader is sent as the Server header ("Werkzeug/2.2.2 Python/3.11.2").
    HttpSimulatorServer(SimulatedHttpHandler handler, QByteArray serverHeader, QObject *parent = nullptr);
    ~HttpSimulatorServer() override;

    /// Serves HTTPS with @p configuration (its certificate and private key) instead of HTTP; call
    /// before listen(). Why: the real services are HTTPS only, and a benchmark of what the client
    /// spends per record must be able to measure that path.
    void useTls(const QSslConfiguration &configuration);
    /// Listens on 127.0.0.1:@p port; 0 picks a free port. Returns the port or a Config error.
    Result<quint16> listen(quint16 port = 0);
    /// Stops listening and closes every connection.
    void close();
    bool isListening() const;
    quint16 port() const;
    /// "http://127.0.0.1:<port>", or https after useTls().
    QUrl baseUrl() const;
    int connectionCount() const { return static_cast<int>(m_connections.size()); }

private:
    void onNewConnection();
    void watch(QTcpServer *server);

    SimulatedHttpHandler m_handler;
    QByteArray m_serverHeader;
    QTcpServer *m_server;
    bool m_tls = false;
    QSet<HttpSimulatorConnection *> m_connections;
};

} // namespace cw
