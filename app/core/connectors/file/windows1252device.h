#pragma once

#include <QIODevice>

namespace cw {

/// A read-only QIODevice that presents a Windows-1252 (or Latin-1) encoded source as UTF-8, so
/// readers that take UTF-8 (CsvReader) can import files saved by older spreadsheet programs.
///
/// Ownership: borrows @p source, which must stay open and outlive the device. Thread affinity:
/// one thread at a time, like any QIODevice.
class Windows1252Device : public QIODevice
{
    Q_OBJECT

public:
    explicit Windows1252Device(QIODevice *source, QObject *parent = nullptr);

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    /// UTF-8 for one Windows-1252 byte string; bytes undefined in the code page map to U+FFFD.
    static QByteArray toUtf8(const QByteArray &windows1252);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QIODevice *m_source;
    QByteArray m_pending;
};

} // namespace cw
