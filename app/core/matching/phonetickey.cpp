#include "phonetickey.h"

namespace cw {

namespace {

bool isVowel(char16_t c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

bool isFrontVowel(char16_t c)
{
    return c == u'e' || c == u'i' || c == u'y';
}

class Encoder
{
public:
    Encoder(QStringView word, int maxLength)
        : m_word(word)
        , m_max(maxLength)
    { }

    QString run()
    {
        qsizetype i = skipSilentStart();
        while (i < m_word.size() && m_out.size() < m_max)
            i = step(i);
        return m_out.left(m_max);
    }

private:
    char16_t at(qsizetype i) const { return i >= 0 && i < m_word.size() ? m_word[i].unicode() : u'\0'; }

    void put(const char *codes)
    {
        for (; *codes; ++codes) {
            if (m_out.isEmpty() || m_out.back() != QLatin1Char(*codes))
                m_out += QLatin1Char(*codes);
        }
    }

    qsizetype skipSilentStart()
    {
        const char16_t a = at(0), b = at(1);
        if ((a == u'k' && b == u'n') || (a == u'g' && b == u'n') || (a == u'p' && b == u'n')
            || (a == u'w' && b == u'r') || (a == u'p' && b == u's') || (a == u'a' && b == u'e'))
            return 1;
        if (a == u'x') {
            put("S");
            return 1;
        }
        if (a == u'w' && b == u'h') {
            put("W");
            return 2;
        }
        return 0;
    }

    // Encodes the letter at @p i and returns the index of the next letter to look at.
    qsizetype step(qsizetype i)
    {
        const char16_t c = at(i), next = at(i + 1), after = at(i + 2);
        if (c == at(i - 1) && c != u'c' && i > 0)
            return i + 1;
        if (isVowel(c)) {
            if (i == 0)
                put("A");
            return i + 1;
        }
        switch (c) {
        case u'b':
        case u'p':
            if (c == u'p' && next == u'h') {
                put("F");
                return i + 2;
            }
            if (c == u'b' && at(i - 1) == u'm' && i + 1 == m_word.size())
                return i + 1;
            put("P");
            return i + 1;
        case u'c':
            if (next == u'i' && after == u'a') {
                put("X");
                return i + 3;
            }
            if (next == u'h') {
                put("X");
                return i + 2;
            }
            put(isFrontVowel(next) ? "S" : "K");
            return next == u'k' ? i + 2 : i + 1;
        case u'd':
            if (next == u'g' && isFrontVowel(after)) {
                put("J");
                return i + 3;
            }
            put("T");
            return i + 1;
        case u'g':
            if (next == u'h') {
                if (i == 0 || isVowel(after))
                    put("K");
                return i + 2;
            }
            if (next == u'n' && (i + 2 == m_word.size()))
                return i + 1;
            put(isFrontVowel(next) ? "J" : "K");
            return i + 1;
        case u'h':
            if (isVowel(next) && !QStringLiteral("cspgt").contains(QChar(at(i - 1))))
                put("H");
            return i + 1;
        case u'k':
        case u'q':
            put("K");
            return i + 1;
        case u's':
            if (next == u'h') {
                put("X");
                return i + 2;
            }
            if (next == u'i' && (after == u'o' || after == u'a')) {
                put("X");
                return i + 3;
            }
            if (next == u'c' && after == u'h') {
                put("SK");
                return i + 3;
            }
            put("S");
            return i + 1;
        case u't':
            if (next == u'i' && (after == u'a' || after == u'o')) {
                put("X");
                return i + 3;
            }
            if (next == u'h') {
                put("0");
                return i + 2;
            }
            if (next == u'c' && after == u'h')
                return i + 1;
            put("T");
            return i + 1;
        case u'v':
        case u'f':
            put("F");
            return i + 1;
        case u'w':
        case u'y':
            // Only a leading W or Y is a consonant worth keeping ("Meyer" sounds like "Meier").
            if (i == 0 && isVowel(next))
                put(c == u'w' ? "W" : "Y");
            return i + 1;
        case u'x':
            put("KS");
            return i + 1;
        case u'z':
            put("S");
            return i + 1;
        case u'j':
            put("J");
            return i + 1;
        case u'l':
            put("L");
            return i + 1;
        case u'm':
            put("M");
            return i + 1;
        case u'n':
            put("N");
            return i + 1;
        case u'r':
            put("R");
            return i + 1;
        default:
            if (c >= u'0' && c <= u'9') {
                m_out += QChar(c);
            } else if (QChar(c).isLetter()) {
                m_out += QChar(c).toUpper();
            }
            return i + 1;
        }
    }

    QStringView m_word;
    int m_max;
    QString m_out;
};

} // namespace

QString PhoneticKey::encode(QStringView word, int maxLength)
{
    return Encoder(word, maxLength).run();
}

} // namespace cw
