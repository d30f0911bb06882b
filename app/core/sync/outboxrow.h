#pragma once

#include <QString>

namespace cw {

/// One outbox row as the pusher works on it. A plain value.
struct OutboxRow
{
    qint64 id = 0;
    QString key;
    qint64 systemId = 0;
    QString operation;
    QString state;
    /// Attempts made so far, the current one included once claimed.
    int attempts = 0;
    QString lastErrorCategory;
};

} // namespace cw
