#include "compactjson.h"

#include <QLocale>
#include <QVarLengthArray>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string_view>

namespace cw {

namespace {

constexpr int kMaxDepth = 64;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// Reads one JSON value from the text and appends its compact form to an output buffer. Strict
/// mode writes what QJsonDocument would write and fails on what it does not rewrite alike; lenient
/// mode only checks the syntax (for values that are read past, or whose text is not kept).
class Reader
{
public:
    Reader(QByteArrayView text, bool lenient)
        : m_text(text)
        , m_lenient(lenient)
    { }

    qsizetype position() const { return m_pos; }
    void setPosition(qsizetype position) { m_pos = position; }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }

    void skipBlanks()
    {
        while (!atEnd() && isBlank(m_text.at(m_pos)))
            ++m_pos;
    }

    bool take(char expected)
    {
        skipBlanks();
        if (peek() != expected)
            return false;
        ++m_pos;
        return true;
    }

    /// One value; at the outermost object (@p depth 0) the member @p omitKey is left out.
    bool value(QByteArray &out, int depth = 0, QLatin1StringView omitKey = {})
    {
        skipBlanks();
        if (depth > kMaxDepth)
            return false;
        switch (peek()) {
        case '{':
            return object(out, depth, omitKey);
        case '[':
            return array(out, depth);
        case '"':
            return string(out, false);
        case 't':
            return literal(out, "true");
        case 'f':
            return literal(out, "false");
        case 'n':
            return literal(out, "null");
        default:
            return number(out);
        }
    }

    /// A string with its quotes; @p isKey refuses escapes and non-ASCII bytes, which would change
    /// the keys' order.
    bool string(QByteArray &out, bool isKey)
    {
        ++m_pos; // the opening quote
        out += '"';
        const qsizetype begin = m_pos;
        qsizetype run = m_pos;
        bool ascii = true;
        while (!atEnd()) {
            const uchar c = static_cast<uchar>(m_text.at(m_pos));
            if (c == '"') {
                // Qt reads valid UTF-8 and writes it again unchanged; it refuses anything else.
                if (!ascii && !m_text.sliced(begin, m_pos - begin).isValidUtf8())
                    return false;
                out.append(m_text.sliced(run, m_pos - run));
                out += '"';
                ++m_pos;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c >= 0x80) {
                // Qt orders non-ASCII keys by UTF-16 code units, not by these bytes.
                if (isKey && !m_lenient)
                    return false;
                ascii = false;
            }
            if (c == '\\') {
                if (isKey && !m_lenient)
                    return false;
                out.append(m_text.sliced(run, m_pos - run));
                if (!escape(out))
                    return false;
                run = m_pos;
                continue;
            }
            ++m_pos;
        }
        return false;
    }

private:
    bool escape(QByteArray &out)
    {
        if (m_pos + 1 >= m_text.size())
            return false;
        const char c = m_text.at(m_pos + 1);
        m_pos += 2;
        switch (c) {
        case '"':
        case '\\':
        case 'b':
        case 'f':
        case 'n':
        case 'r':
        case 't':
            out += '\\';
            out += c;
            return true;
        case '/':
            out += '/';
            return true;
        case 'u':
            if (!m_lenient || m_pos + 4 > m_text.size())
                return false;
            for (int i = 0; i < 4; ++i) {
                if (!std::isxdigit(static_cast<uchar>(m_text.at(m_pos + i))))
                    return false;
            }
            out.append(m_text.sliced(m_pos - 2, 6));
            m_pos += 4;
            return true;
        default:
            return false;
        }
    }

    bool literal(QByteArray &out, const char *word)
    {
        const QByteArrayView expected(word);
        if (!m_text.sliced(m_pos).startsWith(expected))
            return false;
        out.append(expected);
        m_pos += expected.size();
        return true;
    }

    /// Digits from the position on; false when there are none.
    bool digits()
    {
        const qsizetype start = m_pos;
        while (!atEnd() && isDigit(m_text.at(m_pos)))
            ++m_pos;
        return m_pos > start;
    }

    /// JSON's number grammar; Qt reads a number without fraction or exponent that fits into a
    /// qint64 as an integer, any other as a double, and writes each in its own shortest form.
    bool number(QByteArray &out)
    {
        const qsizetype start = m_pos;
        if (peek() == '-')
            ++m_pos;
        const qsizetype integerStart = m_pos;
        if (!digits())
            return false;
        const qsizetype integerDigits = m_pos - integerStart;
        if (integerDigits > 1 && m_text.at(integerStart) == '0')
            return false;
        bool isInteger = true;
        if (peek() == '.') {
            ++m_pos;
            if (!digits())
                return false;
            isInteger = false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_pos;
            if (peek() == '+' || peek() == '-')
                ++m_pos;
            if (!digits())
                return false;
            isInteger = false;
        }
        const QByteArrayView token = m_text.sliced(start, m_pos - start);
        // The common case needs no conversion: at most 18 digits always fit, "-0" becomes "0".
        if (m_lenient || (isInteger && integerDigits <= 18 && token != "-0")) {
            out.append(token);
            return true;
        }
        bool ok = false;
        if (isInteger) {
            const qlonglong integer = token.toByteArray().toLongLong(&ok);
            if (ok) {
                out += QByteArray::number(integer);
                return true;
            }
        }
        const double real = token.toByteArray().toDouble(&ok);
        if (!ok || !std::isfinite(real))
            return false;
        out += QByteArray::number(real, 'g', QLocale::FloatingPointShortest);
        return true;
    }

    bool array(QByteArray &out, int depth)
    {
        ++m_pos;
        out += '[';
        if (take(']')) {
            out += ']';
            return true;
        }
        bool first = true;
        do {
            if (!first)
                out += ',';
            first = false;
            if (!value(out, depth + 1))
                return false;
        } while (take(','));
        if (!take(']'))
            return false;
        out += ']';
        return true;
    }

    struct Member
    {
        qsizetype begin = 0;
        qsizetype size = 0;
        qsizetype keySize = 0;

        std::string_view key(const QByteArray &text) const
        {
            return std::string_view(text.constData() + begin + 1, size_t(keySize));
        }
    };

    bool object(QByteArray &out, int depth, QLatin1StringView omitKey)
    {
        ++m_pos;
        out += '{';
        const qsizetype start = out.size();
        QVarLengthArray<Member, 32> members;
        if (!take('}')) {
            do {
                skipBlanks();
                if (peek() != '"')
                    return false;
                const qsizetype begin = out.size() + (members.isEmpty() ? 0 : 1);
                if (!members.isEmpty())
                    out += ',';
                if (!string(out, true))
                    return false;
                const qsizetype keySize = out.size() - begin - 2;
                out += ':';
                if (!take(':') || !value(out, depth + 1))
                    return false;
                if (!omitKey.isEmpty() && depth == 0
                    && QByteArrayView(out.constData() + begin + 1, keySize)
                        == QByteArrayView(omitKey.data(), omitKey.size())) {
                    out.truncate(members.isEmpty() ? begin : begin - 1);
                    continue;
                }
                members.append({ begin, out.size() - begin, keySize });
            } while (take(','));
            if (!take('}'))
                return false;
        }
        if (!m_lenient && !sortMembers(out, start, members))
            return false;
        out += '}';
        return true;
    }

    /// Qt keeps an object's keys sorted; a key given twice is left to Qt.
    static bool sortMembers(QByteArray &out, qsizetype start, QVarLengthArray<Member, 32> &members)
    {
        const auto byKey = [&out](const Member &a, const Member &b) {
            return a.key(out) < b.key(out);
        };
        const auto sameKey = [&out](const Member &a, const Member &b) {
            return a.key(out) == b.key(out);
        };
        if (std::is_sorted(members.begin(), members.end(), byKey)) {
            return std::adjacent_find(members.begin(), members.end(), sameKey) == members.end();
        }
        std::sort(members.begin(), members.end(), byKey);
        if (std::adjacent_find(members.begin(), members.end(), sameKey) != members.end())
            return false;
        QVarLengthArray<char, 1024> written;
        written.append(out.constData() + start, out.size() - start);
        out.truncate(start);
        for (const Member &member : members) {
            if (out.size() > start)
                out += ',';
            out.append(written.constData() + member.begin - start, member.size);
        }
        return true;
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
    bool m_lenient = false;
};

} // namespace

QByteArray CompactJson::value(QByteArrayView text, QLatin1StringView omitKey)
{
    Reader reader(text, false);
    QByteArray out;
    out.reserve(text.size());
    if (!reader.value(out, 0, omitKey))
        return {};
    reader.skipBlanks();
    return reader.atEnd() ? out : QByteArray();
}

QList<QByteArray> CompactJson::arrayElements(QByteArrayView document, QLatin1StringView arrayKey,
                                             QLatin1StringView omitKey)
{
    Reader strict(document, false);
    Reader lenient(document, true);
    QList<QByteArray> elements;
    bool found = false;
    QByteArray key;
    QByteArray skipped;
    if (!strict.take('{'))
        return {};
    if (strict.take('}'))
        return {};
    do {
        strict.skipBlanks();
        if (strict.peek() != '"')
            return {};
        key.clear();
        if (!strict.string(key, true) || !strict.take(':'))
            return {};
        if (key.sliced(1, key.size() - 2) != QByteArrayView(arrayKey.data(), arrayKey.size())) {
            lenient.setPosition(strict.position());
            skipped.clear();
            if (!lenient.value(skipped))
                return {};
            strict.setPosition(lenient.position());
            continue;
        }
        if (found || !strict.take('['))
            return {};
        found = true;
        if (strict.take(']'))
            continue;
        do {
            strict.skipBlanks();
            const qsizetype begin = strict.position();
            QByteArray element;
            element.reserve(512);
            // Records are objects; Qt would write anything else as the empty object.
            if (strict.peek() != '{' || !strict.value(element, 0, omitKey)) {
                // Declined: read past it leniently; the caller writes this one with Qt.
                element.clear();
                lenient.setPosition(begin);
                skipped.clear();
                if (!lenient.value(skipped))
                    return {};
                strict.setPosition(lenient.position());
            }
            elements.append(element);
        } while (strict.take(','));
        if (!strict.take(']'))
            return {};
    } while (strict.take(','));
    if (!strict.take('}'))
        return {};
    strict.skipBlanks();
    return found && strict.atEnd() ? elements : QList<QByteArray>();
}

} // namespace cw
