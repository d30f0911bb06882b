#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace cw {

/// One HTTP request received by HttpSimulatorServer. A plain value.
struct SimulatedHttpRequest
{
    /// Upper-case verb ("POST").
    QByteArray method;
    /// Decoded path without query ("/web/dataset/call_kw").
    QByteArray path;
    /// Raw query string without '?', empty when none.
    QByteArray query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    /// First header called @p name (case-insensitive), empty when absent.
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
    /// The value of cookie @p name from the Cookie header, empty when absent.
    QByteArray cookie(const QByteArray &name) const
    {
        const QList<QByteArray> cookies = header(QByteArrayLiteral("Cookie")).split(';');
        for (const QByteArray &raw : cookies) {
            const QByteArray item = raw.trimmed();
            if (item.startsWith(QByteArray(name + '=')))
                return item.mid(name.size() + 1);
        }
        return {};
    }
};

} // namespace cw
