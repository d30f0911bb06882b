#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace cw {

/// What a Bullhorn simulator operation answers: an HTTP status and a JSON object body. A plain
/// value.
struct BullhornAnswer
{
    int status = 200;
    QJsonObject body;

    /// Bullhorn's error body: errorMessage, errorMessageKey, errorCode (the status) and, when
    /// given, errors[] of {propertyName, severity, type, detailMessage}.
    static BullhornAnswer error(int status, const QString &message, const QString &messageKey = {},
                                const QJsonArray &errors = {})
    {
        QJsonObject body { { QStringLiteral("errorMessage"), message },
                           { QStringLiteral("errorCode"), status } };
        if (!messageKey.isEmpty())
            body.insert(QStringLiteral("errorMessageKey"), messageKey);
        if (!errors.isEmpty())
            body.insert(QStringLiteral("errors"), errors);
        return { status, body };
    }
};

} // namespace cw
