#include "oneshotuploaddevice.h"

#include <cstring>

namespace cw {

OneShotUploadDevice::OneShotUploadDevice(QByteArray data, QObject *parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    // Unbuffered: QIODevice would otherwise read ahead and mark the body consumed too early.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotUploadDevice::seek(qint64 position)
{
    if (m_consumed && position < size())
        return false;
    return QIODevice::seek(position);
}

qint64 OneShotUploadDevice::readData(char *data, qint64 maxSize)
{
    // pos() is still the position before this read; QIODevice advances it afterwards.
    const qint64 available = std::max<qint64>(0, m_data.size() - pos());
    const qint64 count = std::min(available, maxSize);
    if (count > 0)
        std::memcpy(data, m_data.constData() + pos(), static_cast<std::size_t>(count));
    if (pos() + count >= m_data.size())
        m_consumed = true;
    return count;
}

qint64 OneShotUploadDevice::writeData(const char *, qint64)
{
    return -1;
}

} // namespace cw
