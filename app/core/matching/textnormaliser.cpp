#include "textnormaliser.h"

#include <array>

namespace cw {

namespace {

constexpr char16_t kFirstTabled = 0x80;
constexpr char16_t kLastTabled = 0x24F;

struct Folded
{
    std::array<char16_t, 2> chars {};
    quint8 size = 0;
};

Folded decompose(char16_t c)
{
    Folded out;
    const QString decomposed = QString(QChar(c)).normalized(QString::NormalizationForm_KD);
    for (const QChar d : decomposed) {
        if (d.isMark() || out.size == out.chars.size())
            continue;
        out.chars[out.size++] = d.toCaseFolded().unicode();
    }
    return out;
}

Folded spelled(const char *ascii)
{
    Folded out;
    for (; *ascii && out.size < out.chars.size(); ++ascii)
        out.chars[out.size++] = char16_t(*ascii);
    return out;
}

// Latin-1 and Latin Extended-A/B are by far the most common non-ASCII letters in company data;
// a table keeps them off the slow normalisation path.
const std::array<Folded, kLastTabled - kFirstTabled + 1> &latinTable()
{
    static const auto table = [] {
        std::array<Folded, kLastTabled - kFirstTabled + 1> t;
        for (char16_t c = kFirstTabled; c <= kLastTabled; ++c)
            t[c - kFirstTabled] = decompose(c);
        const auto set = [&t](char16_t c, const char *ascii) {
            t[c - kFirstTabled] = spelled(ascii);
        };
        set(0xDF, "ss");
        set(0xC6, "ae");
        set(0xE6, "ae");
        set(0x152, "oe");
        set(0x153, "oe");
        set(0xD8, "o");
        set(0xF8, "o");
        set(0x141, "l");
        set(0x142, "l");
        set(0x110, "d");
        set(0x111, "d");
        set(0xD0, "d");
        set(0xF0, "d");
        set(0xDE, "th");
        set(0xFE, "th");
        set(0x131, "i");
        set(0x138, "k");
        set(0x17F, "s");
        set(0xB4, "'");
        set(0xD7, " ");
        set(0xF7, " ");
        return t;
    }();
    return table;
}

char16_t asciiLower(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x2018 || c == 0x02BC || c == u'`';
}

} // namespace

QString TextNormaliser::fold(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const auto &table = latinTable();
    for (qsizetype i = 0; i < text.size(); ++i) {
        char16_t c = text[i].unicode();
        if (c >= 0xFF01 && c <= 0xFF5E)
            c = char16_t(c - 0xFEE0); // full-width ASCII
        if (c < kFirstTabled) {
            out += QChar(asciiLower(c));
        } else if (c <= kLastTabled) {
            const Folded &f = table[c - kFirstTabled];
            for (quint8 k = 0; k < f.size; ++k)
                out += QChar(f.chars[k]);
        } else if (QChar::isSurrogate(c)) {
            out += QChar(c);
        } else {
            const Folded f = decompose(c);
            for (quint8 k = 0; k < f.size; ++k)
                out += QChar(f.chars[k] < kFirstTabled ? asciiLower(f.chars[k]) : f.chars[k]);
        }
    }
    return out;
}

QStringList TextNormaliser::tokens(QStringView text)
{
    const QString folded = fold(text);
    QStringList raw;
    QString current;
    const auto flush = [&] {
        if (!current.isEmpty())
            raw.append(std::exchange(current, QString()));
    };
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const char16_t c = folded[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < folded.size() && folded[i + 1].isLowSurrogate()) {
            const char32_t ucs = QChar::surrogateToUcs4(c, folded[i + 1].unicode());
            if (QChar::isLetterOrNumber(ucs)) {
                current += folded[i];
                current += folded[i + 1];
            } else {
                flush();
            }
            ++i;
        } else if (QChar::isLetterOrNumber(c)) {
            current += QChar(c);
        } else if (isApostrophe(c)) {
            continue;
        } else if (c == u'&' || c == u'+') {
            flush();
            raw.append(QStringLiteral("and"));
        } else {
            flush();
        }
    }
    flush();

    QStringList out;
    out.reserve(raw.size());
    bool lastFromSingles = false;
    for (const QString &token : std::as_const(raw)) {
        const bool single = token.size() == 1 && token.at(0).isLetter();
        if (single && lastFromSingles)
            out.last() += token;
        else
            out.append(token);
        lastFromSingles = single;
    }
    return out;
}

bool TextNormaliser::isNumber(QStringView token)
{
    if (token.isEmpty())
        return false;
    for (const QChar c : token) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace cw
