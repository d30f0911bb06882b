#include "randomjson.h"

#include <QStringBuilder>

namespace cw::test {

namespace {

constexpr const char *kNumbers[] = { "0",
                                     "-0",
                                     "1",
                                     "-1",
                                     "42",
                                     "85.5",
                                     "85.50",
                                     "1.0",
                                     "1e3",
                                     "1E3",
                                     "-2.5e-3",
                                     "123456789012345678",
                                     "1234567890123456789",
                                     "9223372036854775807",
                                     "9223372036854775808",
                                     "-9223372036854775808",
                                     "9007199254740993",
                                     "0.1",
                                     "3.14159265358979",
                                     "100.25",
                                     "12.345678901234567",
                                     "5e-324",
                                     "0.30000000000000004",
                                     "1e21",
                                     "1e20",
                                     "1712345678901",
                                     "0.000001",
                                     "1e-7" };

template<size_t N> QByteArray pick(QRandomGenerator &random, const char *const (&items)[N])
{
    return items[random.bounded(quint32(N))];
}

} // namespace

RandomJson::RandomJson(quint32 seed)
    : m_random(seed)
{ }

QByteArray RandomJson::object(int depth)
{
    QByteArray out = '{' + blank();
    const int members = int(m_random.bounded(depth > 2 ? 3 : 7));
    for (int i = 0; i < members; ++i) {
        if (i > 0)
            out += ',' + blank();
        out += key() + blank() + ':' + blank() + value(depth + 1) + blank();
    }
    return out + '}';
}

QByteArray RandomJson::value(int depth)
{
    switch (m_random.bounded(depth > 3 ? 5 : 7)) {
    case 0:
        return string();
    case 1:
        return pick(m_random, kNumbers);
    case 2:
        return "true";
    case 3:
        return "null";
    case 4:
        return "false";
    case 5:
        return object(depth);
    default: {
        QByteArray out = '[' + blank();
        const int elements = int(m_random.bounded(4));
        for (int i = 0; i < elements; ++i)
            out += (i > 0 ? "," : "") + value(depth + 1);
        return out + ']';
    }
    }
}

QByteArray RandomJson::number()
{
    return pick(m_random, kNumbers);
}

QByteArray RandomJson::string()
{
    static const char *const parts[] = { "a",        "id",      "x y", "\\\"", "\\\\",   "\\n", "\\/",
                                         "\\u0041",  "\\u00e9", "\\t", "~",    "\x7f",   "\\b", "\\u001f",
                                         "\xc3\xa9", "0",       "_",   "\\r",  "\\u20ac" };
    QByteArray out = "\"";
    const int parts_ = int(m_random.bounded(4));
    for (int i = 0; i < parts_; ++i)
        out += pick(m_random, parts);
    return out + '"';
}

QByteArray RandomJson::key()
{
    static const char *const keys[] = { "\"id\"", "\"name\"",   "\"a\"",          "\"b\"",
                                        "\"aa\"", "\"B\"",      "\"_x\"",         "\"status\"",
                                        "\"z1\"", "\"x\\\"y\"", "\"caf\xc3\xa9\"" };
    return m_random.bounded(100) < 97 ? QByteArray(keys[m_random.bounded(9)]) : pick(m_random, keys);
}

QByteArray RandomJson::blank()
{
    static const char *const blanks[] = { "", "", "", " ", "\n  ", "\t" };
    return pick(m_random, blanks);
}

} // namespace cw::test
