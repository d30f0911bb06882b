#include "hubspotanswer.h"

#include <QJsonArray>
#include <QUuid>

namespace cw {

HubSpotAnswer HubSpotAnswer::error(int status, const QString &category, const QString &message,
                                   const QJsonObject &context, const QJsonArray &errors)
{
    QJsonObject body {
        { QStringLiteral("status"), QStringLiteral("error") },
        { QStringLiteral("message"), message },
        { QStringLiteral("correlationId"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("category"), category },
    };
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), errors);
    if (!context.isEmpty())
        body.insert(QStringLiteral("context"), context);
    body.insert(QStringLiteral("links"), QJsonObject());
    return { status, body };
}

} // namespace cw
