#pragma once

#include "simulatedhttpreply.h"

#include <QObject>
#include <QTimer>

class QTcpSocket;

namespace cw {

/// One client connection of HttpSimulatorServer: parses HTTP/1.1 requests (Content-Length or
/// chunked bodies, keep-alive, pipelining answered in order), hands each to the handler and
/// carries out the reply's disposition.
///
/// Thread affinity: the server's thread. Ownership: owns the socket; owned by the server.
class HttpSimulatorConnection : public QObject
{
    Q_OBJECT

public:
    HttpSimulatorConnection(QTcpSocket *socket, SimulatedHttpHandler handler, QByteArray serverHeader,
                            QObject *parent = nullptr);

    /// Closes the socket at once; closed() follows.
    void closeNow();

signals:
    void closed();

private:
    enum class Parse { Incomplete, Complete, Invalid };

    void processBuffer();
    Parse parseRequest(SimulatedHttpRequest *request, bool *keepAlive);
    Parse readBody(qsizetype bodyStart, const SimulatedHttpRequest &headersOnly, QByteArray *body,
                   qsizetype *consumed) const;
    void carryOut(const SimulatedHttpReply &reply, bool keepAlive);
    void write(const SimulatedHttpReply &reply, bool keepAlive);
    void fail(int status, const QByteArray &message);

    QTcpSocket *m_socket;
    SimulatedHttpHandler m_handler;
    QByteArray m_serverHeader;
    QByteArray m_buffer;
    QTimer m_pending;
    bool m_busy = false;
    bool m_closing = false;
    bool m_closed = false;
};

} // namespace cw
