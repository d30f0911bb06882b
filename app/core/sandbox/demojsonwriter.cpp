#include "demojsonwriter.h"

#include <charconv>
#include <cstring>

namespace cw {

DemoJsonWriter::DemoJsonWriter(QByteArray &out)
    : m_out(out)
{ }

void DemoJsonWriter::separator()
{
    if (m_hasItems[m_depth])
        m_out.append(',');
    m_hasItems[m_depth] = true;
}

void DemoJsonWriter::key(const char *name)
{
    separator();
    if (name) {
        m_out.append('"');
        m_out.append(name);
        m_out.append("\":", 2);
    }
}

DemoJsonWriter &DemoJsonWriter::beginObject(const char *name)
{
    key(name);
    m_out.append('{');
    m_hasItems[++m_depth] = false;
    return *this;
}

DemoJsonWriter &DemoJsonWriter::endObject()
{
    --m_depth;
    m_out.append('}');
    return *this;
}

DemoJsonWriter &DemoJsonWriter::beginArray(const char *name)
{
    key(name);
    m_out.append('[');
    m_hasItems[++m_depth] = false;
    return *this;
}

DemoJsonWriter &DemoJsonWriter::endArray()
{
    --m_depth;
    m_out.append(']');
    return *this;
}

DemoJsonWriter &DemoJsonWriter::field(const char *name, const QString &value)
{
    return field(name, value.toUtf8());
}

DemoJsonWriter &DemoJsonWriter::field(const char *name, const QByteArray &utf8)
{
    key(name);
    m_out.append('"');
    appendEscaped(m_out, utf8.constData(), utf8.size());
    m_out.append('"');
    return *this;
}

DemoJsonWriter &DemoJsonWriter::field(const char *name, const char *ascii)
{
    key(name);
    m_out.append('"');
    appendEscaped(m_out, ascii, static_cast<qsizetype>(std::strlen(ascii)));
    m_out.append('"');
    return *this;
}

DemoJsonWriter &DemoJsonWriter::field(const char *name, qint64 value)
{
    key(name);
    appendInteger(m_out, value);
    return *this;
}

DemoJsonWriter &DemoJsonWriter::field(const char *name, bool value)
{
    key(name);
    m_out.append(value ? "true" : "false");
    return *this;
}

DemoJsonWriter &DemoJsonWriter::fieldNull(const char *name)
{
    key(name);
    m_out.append("null", 4);
    return *this;
}

DemoJsonWriter &DemoJsonWriter::fieldOrFalse(const char *name, const QString &value)
{
    if (value.isEmpty())
        return field(name, false);
    return field(name, value);
}

DemoJsonWriter &DemoJsonWriter::fieldDecimal(const char *name, qint64 minor, int decimals)
{
    key(name);
    appendDecimal(m_out, minor, decimals);
    return *this;
}

DemoJsonWriter &DemoJsonWriter::fieldDecimalString(const char *name, qint64 minor, int decimals)
{
    key(name);
    m_out.append('"');
    appendDecimal(m_out, minor, decimals);
    m_out.append('"');
    return *this;
}

DemoJsonWriter &DemoJsonWriter::value(qint64 number)
{
    key(nullptr);
    appendInteger(m_out, number);
    return *this;
}

DemoJsonWriter &DemoJsonWriter::value(const QString &text)
{
    key(nullptr);
    const QByteArray utf8 = text.toUtf8();
    m_out.append('"');
    appendEscaped(m_out, utf8.constData(), utf8.size());
    m_out.append('"');
    return *this;
}

void DemoJsonWriter::appendInteger(QByteArray &out, qint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void DemoJsonWriter::appendDecimal(QByteArray &out, qint64 minor, int decimals)
{
    if (minor < 0) {
        out.append('-');
        minor = -minor;
    }
    qint64 scale = 1;
    for (int i = 0; i < decimals; ++i)
        scale *= 10;
    appendInteger(out, minor / scale);
    if (decimals == 0)
        return;
    out.append('.');
    qint64 fraction = minor % scale;
    char digits[20];
    for (int i = decimals - 1; i >= 0; --i) {
        digits[i] = static_cast<char>('0' + fraction % 10);
        fraction /= 10;
    }
    out.append(digits, decimals);
}

void DemoJsonWriter::appendEscaped(QByteArray &out, const char *utf8, qsizetype size)
{
    static const char kHex[] = "0123456789abcdef";
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8 + runStart, i - runStart);
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            const char escaped[6] = { '\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 0xf] };
            out.append(escaped, 6);
        }
        }
    }
    out.append(utf8 + runStart, size - runStart);
}

} // namespace cw
