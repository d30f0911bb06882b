#include "namevariantmaker.h"

#include "demolocale.h"
#include "demorandom.h"

#include <QStringList>

#include <vector>

namespace cw {

namespace {

struct Replacement
{
    const char *from;
    const char *to;
};

// Whole-word abbreviations; several spellings per word because each system's users shorten
// differently.
constexpr Replacement kAbbreviations[] = {
    { " International", " Intl" },
    { " International", " Intl." },
    { " International", " Int'l" },
    { " International", " Int." },
    { " Company", " Co." },
    { " Corporation", " Corp." },
    { " Brothers", " Bros." },
    { " Services", " Svcs" },
    { " Technologies", " Tech" },
    { " Technologies", " Technology" },
    { " Manufacturing", " Mfg" },
    { " Engineering", " Eng." },
    { " Associates", " Assoc." },
    { " Systems", " Sys." },
    { " Group", "" },
    { " Group", " Grp" },
    { " Holdings", " Hldgs" },
    { "Saint ", "St. " },
    { " Gesellschaft", " Ges." },
    { " & Partner", " & Partners" },
    { " Ingénierie", " Ing." },
    { " Versicherungen", " Vers." },
    { " Steuerberatung", " StB" },
    { " Consulting", " Consultants" },
    { " Laboratories", " Labs" },
    { " Logistics", " Logistic" },
    { " Informatique", " Info" },
    { " Personalberatung", " Personal" },
    { " Software", " SW" },
};

constexpr Replacement kAccented[] = {
    { "Cafe", "Café" },   { "Zurich", "Zürich" }, { "Munchen", "München" }, { "Muller", "Müller" },
    { "Creme", "Crème" }, { "Ecole", "École" },   { "Etudes", "Études" },   { "Medical", "Médical" },
    { "Pena", "Peña" },   { "Nino", "Niño" },     { "Geneve", "Genève" },   { "Zoe", "Zoë" },
};

constexpr Replacement kTransliterations[] = {
    { "ä", "ae" }, { "ö", "oe" }, { "ü", "ue" }, { "Ä", "Ae" }, { "Ö", "Oe" }, { "Ü", "Ue" }, { "ß", "ss" },
};

// Neighbouring keys on a QWERTY keyboard, for realistic slips.
constexpr const char *kNeighbours[26] = { "qs", "vn", "xv", "sf", "wr", "dg", "fh", "gj", "uo",
                                          "hk", "jl", "ko", "nk", "bm", "ip", "ol", "wa", "et",
                                          "ad", "ry", "yi", "cb", "qe", "zc", "tu", "xa" };

QString utf8(const char *text)
{
    return QString::fromUtf8(text);
}

bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
        || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}

bool hasNonAscii(const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return true;
    }
    return false;
}

} // namespace

NameVariantMaker::Style NameVariantMaker::crmStyle()
{
    Style s;
    s.omitLegalForm = 500;
    s.legalFormVariant = 350;
    s.abbreviate = 150;
    s.andWord = 120;
    s.dropAccents = 250;
    s.addAccents = 150;
    s.typo = 40;
    s.swapWords = 15;
    s.changeCase = 20;
    s.spacing = 20;
    s.quotes = 300;
    return s;
}

NameVariantMaker::Style NameVariantMaker::staffingStyle()
{
    Style s;
    s.omitLegalForm = 250;
    s.legalFormVariant = 500;
    s.abbreviate = 130;
    s.andWord = 150;
    s.dropAccents = 500;
    s.addAccents = 50;
    s.typo = 90;
    s.swapWords = 30;
    s.changeCase = 60;
    s.spacing = 40;
    s.quotes = 400;
    return s;
}

NameVariantMaker::Style NameVariantMaker::erpStyle()
{
    Style s;
    s.omitLegalForm = 30;
    s.legalFormVariant = 150;
    s.abbreviate = 40;
    s.andWord = 40;
    s.dropAccents = 80;
    s.addAccents = 100;
    s.typo = 15;
    s.swapWords = 5;
    s.changeCase = 10;
    s.spacing = 10;
    s.quotes = 150;
    return s;
}

NameVariantMaker::Style NameVariantMaker::duplicateStyle()
{
    Style s;
    s.omitLegalForm = 400;
    s.legalFormVariant = 600;
    s.abbreviate = 300;
    s.andWord = 300;
    s.dropAccents = 500;
    s.addAccents = 100;
    s.typo = 350;
    s.swapWords = 60;
    s.changeCase = 150;
    s.spacing = 150;
    s.quotes = 500;
    return s;
}

NameVariantMaker::NameVariantMaker(const DemoLocale &locale)
    : m_locale(locale)
{ }

QString NameVariantMaker::legalName(const QString &base, const QString &legalForm) const
{
    return legalForm.isEmpty() ? base : base + QLatin1Char(' ') + legalForm;
}

QString NameVariantMaker::variant(const QString &base, const QString &legalForm, const Style &style,
                                  DemoRandom &random) const
{
    // Changes to the base name come first, so an abbreviation or swap never touches the legal
    // form ("GmbH & Co. KG" keeps its ampersand).
    QString name = base;
    if (random.chance(style.abbreviate))
        name = abbreviate(name, random);
    if (random.chance(style.andWord))
        name = andVariant(name, random);
    if (random.chance(style.addAccents))
        name = addAccents(name);
    if (hasNonAscii(name) && random.chance(style.dropAccents))
        name = random.chance(500) ? transliterate(name) : dropAccents(name);
    if (random.chance(style.swapWords))
        name = swapWords(name);
    if (random.chance(style.typo))
        name = typo(name, random);
    if (random.chance(style.quotes))
        name = quoteVariant(name, random);

    const QString form = legalFormSpelling(legalForm, style, random);
    if (!form.isEmpty())
        name = form.startsWith(QLatin1Char(',')) ? QString(name + form)
                                                 : QString(name + QLatin1Char(' ') + form);

    if (random.chance(style.changeCase))
        name = caseVariant(name, random);
    if (random.chance(style.spacing))
        name = spacingVariant(name, random);
    return name;
}

QString NameVariantMaker::legalFormSpelling(const QString &legalForm, const Style &style,
                                            DemoRandom &random) const
{
    if (legalForm.isEmpty() || random.chance(style.omitLegalForm))
        return {};
    if (!random.chance(style.legalFormVariant))
        return legalForm;
    return random.pick(m_locale.legalFormSpellings(legalForm));
}

QString NameVariantMaker::dropAccents(const QString &text)
{
    QString decomposed = text;
    decomposed.replace(QChar(0x00df), QLatin1String("ss"));
    decomposed = decomposed.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : std::as_const(decomposed)) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

QString NameVariantMaker::transliterate(const QString &text)
{
    QString out = text;
    for (const Replacement &r : kTransliterations)
        out.replace(utf8(r.from), utf8(r.to));
    return dropAccents(out);
}

QString NameVariantMaker::addAccents(const QString &text)
{
    QString out = text;
    for (const Replacement &r : kAccented)
        out.replace(utf8(r.from), utf8(r.to));
    return out;
}

QString NameVariantMaker::abbreviate(const QString &text, DemoRandom &random)
{
    std::vector<const Replacement *> applicable;
    for (const Replacement &r : kAbbreviations) {
        if (text.contains(utf8(r.from)))
            applicable.push_back(&r);
    }
    if (applicable.empty())
        return text;
    const Replacement *chosen = random.pick(applicable);
    return QString(text).replace(utf8(chosen->from), utf8(chosen->to));
}

QString NameVariantMaker::typo(const QString &text, DemoRandom &random)
{
    std::vector<qsizetype> positions;
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (isAsciiLetter(text.at(i)))
            positions.push_back(i);
    }
    if (positions.empty())
        return text;
    const qsizetype at = random.pick(positions);
    QString out = text;
    switch (random.below(4)) {
    case 0:
        // Swapping two equal letters would change nothing; such a slip drops one instead.
        if (at + 1 < out.size() && isAsciiLetter(out.at(at + 1)) && out.at(at + 1) != out.at(at)) {
            const QChar c = out.at(at);
            out[at] = out.at(at + 1);
            out[at + 1] = c;
            return out;
        }
        return out.remove(at, 1);
    case 1:
        return out.remove(at, 1);
    case 2:
        return out.insert(at, out.at(at));
    default: {
        const QChar c = out.at(at);
        const bool upper = c.isUpper();
        const char *neighbours = kNeighbours[c.toLower().unicode() - 'a'];
        const QChar replacement = QLatin1Char(neighbours[random.below(2)]);
        out[at] = upper ? replacement.toUpper() : replacement;
        return out;
    }
    }
}

QString NameVariantMaker::swapWords(const QString &text)
{
    const QString amp = QStringLiteral(" & ");
    const qsizetype ampAt = text.indexOf(amp);
    if (ampAt > 0) {
        const QString left = text.left(ampAt);
        const QString rest = text.mid(ampAt + amp.size());
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        const QString right = space < 0 ? rest : rest.left(space);
        const QString tail = space < 0 ? QString() : rest.mid(space);
        if (!left.contains(QLatin1Char(' ')))
            return right + amp + left + tail;
        return text;
    }
    const QStringList words = text.split(QLatin1Char(' '));
    if (words.size() == 2)
        return words.at(1) + QLatin1Char(' ') + words.at(0);
    return text;
}

QString NameVariantMaker::slug(const QString &text, bool hyphens)
{
    const QString ascii = transliterate(text).toLower();
    QString out;
    out.reserve(ascii.size());
    bool pendingSeparator = false;
    for (QChar c : ascii) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (keep) {
            if (pendingSeparator && hyphens && !out.isEmpty())
                out.append(QLatin1Char('-'));
            pendingSeparator = false;
            out.append(c);
        } else if (c == QLatin1Char(' ') || c == QLatin1Char('-') || c == QLatin1Char('&')
                   || c == QLatin1Char('+')) {
            pendingSeparator = true;
        }
    }
    return out;
}

QString NameVariantMaker::andVariant(const QString &text, DemoRandom &random) const
{
    const QString amp = QStringLiteral(" & ");
    if (text.contains(amp)) {
        const QString word = random.chance(600) ? m_locale.andWord() : QStringLiteral("and");
        return QString(text).replace(amp, QLatin1Char(' ') + word + QLatin1Char(' '));
    }
    for (const QString &word : { m_locale.andWord(), QStringLiteral("and") }) {
        const QString spaced = QLatin1Char(' ') + word + QLatin1Char(' ');
        if (text.contains(spaced))
            return QString(text).replace(spaced, amp);
    }
    // "M&T" style initials sometimes get spaces.
    if (text.contains(QLatin1Char('&')))
        return QString(text).replace(QLatin1Char('&'), amp);
    return text;
}

QString NameVariantMaker::caseVariant(const QString &text, DemoRandom &random)
{
    switch (random.below(5)) {
    case 0:
        return text.toLower();
    case 1: {
        QString out = text.toLower();
        bool startOfWord = true;
        for (QChar &c : out) {
            if (startOfWord)
                c = c.toUpper();
            startOfWord = (c == QLatin1Char(' ') || c == QLatin1Char('-'));
        }
        return out;
    }
    default:
        return text.toUpper();
    }
}

QString NameVariantMaker::spacingVariant(const QString &text, DemoRandom &random)
{
    switch (random.below(4)) {
    case 0:
        return text + QLatin1Char(' ');
    case 1:
        return QString(text).replace(QLatin1Char('-'), QLatin1Char(' '));
    case 2: {
        const qsizetype space = text.indexOf(QLatin1Char(' '));
        return space < 0 ? text : QString(text).insert(space, QLatin1Char(' '));
    }
    default:
        return QLatin1Char(' ') + text;
    }
}

QString NameVariantMaker::quoteVariant(const QString &text, DemoRandom &random)
{
    QString out = text;
    if (out.contains(QLatin1Char('\''))) {
        // Typographic apostrophe from a word processor, or dropped altogether.
        return out.replace(QLatin1Char('\''), random.chance(600) ? QString(QChar(0x2019)) : QString());
    }
    const qsizetype open = out.indexOf(QLatin1Char('"'));
    const qsizetype close = open < 0 ? -1 : out.indexOf(QLatin1Char('"'), open + 1);
    if (close < 0)
        return out;
    switch (random.below(4)) {
    case 0:
        out[open] = QChar(0x201e);
        out[close] = QChar(0x201c);
        return out;
    case 1:
        out[open] = QChar(0x201c);
        out[close] = QChar(0x201d);
        return out;
    case 2:
        out[open] = QLatin1Char('\'');
        out[close] = QLatin1Char('\'');
        return out;
    default:
        return out.remove(close, 1).remove(open, 1);
    }
}

} // namespace cw
