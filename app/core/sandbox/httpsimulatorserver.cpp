#include "httpsimulatorserver.h"

#include "httpsimulatorconnection.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

namespace cw {

HttpSimulatorServer::HttpSimulatorServer(SimulatedHttpHandler handler, QByteArray serverHeader,
                                         QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_serverHeader(std::move(serverHeader))
    , m_server(new QTcpServer(this))
{
    watch(m_server);
}

void HttpSimulatorServer::watch(QTcpServer *server)
{
    // A TLS connection is pending only once its handshake is done, after newConnection().
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &HttpSimulatorServer::onNewConnection);
}

void HttpSimulatorServer::useTls(const QSslConfiguration &configuration)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    delete m_server;
    m_server = server;
    m_tls = true;
    watch(m_server);
}

HttpSimulatorServer::~HttpSimulatorServer()
{
    close();
}

Result<quint16> HttpSimulatorServer::listen(quint16 port)
{
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        return Error(Error::Category::Config, tr("The simulator could not listen on port %1.").arg(port),
                     m_server->errorString());
    }
    return m_server->serverPort();
}

void HttpSimulatorServer::close()
{
    m_server->close();
    const QSet<HttpSimulatorConnection *> connections = m_connections;
    m_connections.clear();
    for (HttpSimulatorConnection *connection : connections) {
        connection->disconnect(this);
        connection->closeNow();
        delete connection;
    }
}

bool HttpSimulatorServer::isListening() const
{
    return m_server->isListening();
}

quint16 HttpSimulatorServer::port() const
{
    return m_server->serverPort();
}

QUrl HttpSimulatorServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(port());
    return url;
}

void HttpSimulatorServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        auto *connection = new HttpSimulatorConnection(socket, m_handler, m_serverHeader, this);
        m_connections.insert(connection);
        connect(connection, &HttpSimulatorConnection::closed, this, [this, connection] {
            m_connections.remove(connection);
            connection->deleteLater();
        });
    }
}

} // namespace cw
