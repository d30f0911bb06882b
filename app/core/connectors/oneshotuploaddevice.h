#pragma once

#include <QByteArray>
#include <QIODevice>

namespace cw {

/// A request body that can be read once only: after its last byte has been read it refuses to
/// rewind.
///
/// Why it exists: when a kept-alive connection closes after a request was sent but before any
/// answer byte arrived, Qt's HTTP stack silently sends the request again on a new connection. For
/// a write whose first copy already committed (the "dropped after commit" case) that is a silent
/// duplicate. Qt can only re-send a body it can rewind, so NetworkJob uploads non-idempotent bodies
/// through this device: the re-send fails and the job reports net.connection_dropped, leaving the
/// decision (look the idempotency key up, then retry) to the sync engine. It is deliberately not a
/// QBuffer, whose bytes Qt would read directly and rewind at will.
/// Thread affinity: the thread of the QNetworkAccessManager that uploads it.
class OneShotUploadDevice : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotUploadDevice(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_data.size(); }
    bool seek(qint64 position) override;
    /// True once every byte has been read.
    bool isConsumed() const { return m_consumed; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    bool m_consumed = false;
};

} // namespace cw
