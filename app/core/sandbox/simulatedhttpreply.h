#pragma once

#include "simulatedhttprequest.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

namespace cw {

/// What HttpSimulatorServer does with a request: answer (possibly after a delay), drop the
/// connection without answering, or hold it open without ever answering. A plain value.
struct SimulatedHttpReply
{
    enum class Disposition {
        Respond, ///< write status, headers and body after delayMs
        DropConnection, ///< after delayMs, close the connection without writing anything
        Hold, ///< never answer; the connection closes when the client gives up
    };

    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int delayMs = 0;
    Disposition disposition = Disposition::Respond;

    /// Status @p status with an `application/json` body.
    static SimulatedHttpReply json(int status, QByteArray body)
    {
        SimulatedHttpReply reply;
        reply.status = status;
        reply.headers.append({ QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") });
        reply.body = std::move(body);
        return reply;
    }
    /// Status @p status with a body of @p contentType.
    static SimulatedHttpReply text(int status, QByteArray body,
                                   QByteArray contentType = QByteArrayLiteral("text/plain; charset=utf-8"))
    {
        SimulatedHttpReply reply;
        reply.status = status;
        reply.headers.append({ QByteArrayLiteral("Content-Type"), std::move(contentType) });
        reply.body = std::move(body);
        return reply;
    }
    static SimulatedHttpReply dropped()
    {
        SimulatedHttpReply reply;
        reply.disposition = Disposition::DropConnection;
        return reply;
    }
    static SimulatedHttpReply held()
    {
        SimulatedHttpReply reply;
        reply.disposition = Disposition::Hold;
        return reply;
    }
};

/// Turns a request into a reply; runs in the server's thread, one request at a time per server.
using SimulatedHttpHandler = std::function<SimulatedHttpReply(const SimulatedHttpRequest &)>;

} // namespace cw
