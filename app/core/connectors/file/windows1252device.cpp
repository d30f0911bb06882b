#include "windows1252device.h"

#include <QString>

#include <array>

namespace cw {

namespace {

// 0x80..0x9F differ from Latin-1; 0 marks the five bytes the code page leaves undefined.
constexpr std::array<char16_t, 32> kHighControls {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,
};

constexpr qint64 kChunk = 64 * 1024;

} // namespace

Windows1252Device::Windows1252Device(QIODevice *source, QObject *parent)
    : QIODevice(parent)
    , m_source(source)
{
    open(QIODevice::ReadOnly);
}

QByteArray Windows1252Device::toUtf8(const QByteArray &windows1252)
{
    QString text;
    text.resize(windows1252.size());
    QChar *out = text.data();
    for (const char byte : windows1252) {
        const auto value = static_cast<unsigned char>(byte);
        if (value >= 0x80 && value <= 0x9F) {
            const char16_t mapped = kHighControls[value - 0x80];
            *out++ = mapped ? QChar(mapped) : QChar(QChar::ReplacementCharacter);
        } else {
            *out++ = QChar(static_cast<char16_t>(value));
        }
    }
    return text.toUtf8();
}

bool Windows1252Device::atEnd() const
{
    return m_pending.isEmpty() && m_source->atEnd();
}

qint64 Windows1252Device::bytesAvailable() const
{
    return m_pending.size() + m_source->bytesAvailable() + QIODevice::bytesAvailable();
}

qint64 Windows1252Device::readData(char *data, qint64 maxSize)
{
    if (m_pending.isEmpty()) {
        const QByteArray raw = m_source->read(kChunk);
        if (raw.isEmpty())
            return m_source->atEnd() ? -1 : 0;
        m_pending = toUtf8(raw);
    }
    const qint64 count = std::min<qint64>(maxSize, m_pending.size());
    memcpy(data, m_pending.constData(), static_cast<size_t>(count));
    m_pending.remove(0, count);
    return count;
}

qint64 Windows1252Device::writeData(const char *, qint64)
{
    return -1;
}

} // namespace cw
