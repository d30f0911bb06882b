#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace cw {

/// What a HubSpot simulator operation answers: an HTTP status and a JSON object body (empty body
/// for 204). A plain value.
struct HubSpotAnswer
{
    int status = 200;
    QJsonObject body;

    /// A HubSpot error body: status "error", message, correlationId, category, optional errors[]
    /// and context.
    static HubSpotAnswer error(int status, const QString &category, const QString &message,
                               const QJsonObject &context = {}, const QJsonArray &errors = {});
};

} // namespace cw
