#include "legalforms.h"

#include "textnormaliser.h"

#include <QHash>

#include <vector>

namespace cw {

namespace {

enum Family : quint8 {
    None,
    Corporation,
    Limited,
    German,
    French,
    Dutch,
    Italian,
    Iberian,
    Nordic,
    Partnership
};

struct Form
{
    const char *code;
    Family family;
    bool ambiguous; // also an ordinary word or initials: only trusted at the end of a name
    std::vector<const char *> spellings; // folded tokens joined by spaces
};

const std::vector<Form> &forms()
{
    static const std::vector<Form> table = {
        { "inc", Corporation, false, { "inc", "incorporated" } },
        { "corp", Corporation, false, { "corp", "corporation" } },
        { "co", Corporation, true, { "co", "company", "cie" } },
        { "llc", Corporation, false, { "llc", "l l c" } },
        { "pllc", Corporation, false, { "pllc" } },
        { "pc", Corporation, true, { "pc" } },
        { "ltd", Limited, false, { "ltd", "limited", "ltda" } },
        { "co-ltd", Limited, false, { "co ltd", "co limited", "company limited", "and co ltd" } },
        { "pty-ltd", Limited, false, { "pty ltd", "pty limited", "proprietary limited", "pty" } },
        { "pte-ltd", Limited, false, { "pte ltd", "pte limited", "private limited", "pvt ltd", "pvt" } },
        { "plc", Limited, false, { "plc", "public limited company" } },
        { "llp", Partnership, false, { "llp" } },
        { "lp", Partnership, true, { "lp" } },
        { "gmbh", German, false, { "gmbh", "gesellschaft mit beschrankter haftung", "ges m b h", "gesmbh" } },
        { "gmbh-co-kg", German, false, { "gmbh and co kg", "gmbh co kg", "gmbh and cokg", "gmbhcokg" } },
        { "ag", German, true, { "ag", "aktiengesellschaft" } },
        { "kg", German, true, { "kg", "kommanditgesellschaft" } },
        { "ohg", German, false, { "ohg" } },
        { "ug", German, true, { "ug", "ug haftungsbeschrankt" } },
        { "ev", German, true, { "ev" } },
        { "se", German, true, { "se" } },
        { "sa", French, true, { "sa" } },
        { "sas", French, true, { "sas" } },
        { "sasu", French, false, { "sasu" } },
        { "sarl", French, false, { "sarl" } },
        { "eurl", French, false, { "eurl" } },
        { "sa-de-cv", Iberian, false, { "sa de cv", "s de rl de cv", "s de rl" } },
        { "sl", Iberian, true, { "sl", "slu" } },
        { "bv", Dutch, true, { "bv", "besloten vennootschap" } },
        { "nv", Dutch, true, { "nv", "naamloze vennootschap" } },
        { "bvba", Dutch, false, { "bvba", "bv ba" } },
        { "srl", Italian, false, { "srl", "sprl" } },
        { "spa", Italian, true, { "spa" } },
        { "ab", Nordic, true, { "ab" } },
        { "as", Nordic, true, { "as", "asa" } },
        { "aps", Nordic, false, { "aps" } },
        { "oy", Nordic, true, { "oy", "oyj" } },
        { "kft", None, false, { "kft" } },
        { "sro", None, false, { "sro" } },
        { "sp-zoo", None, false, { "sp z o o", "sp zoo", "spzoo" } },
        { "kk", None, true, { "kk", "kabushiki kaisha" } },
        { "sdn-bhd", None, false, { "sdn bhd", "bhd", "berhad" } },
    };
    return table;
}

struct Lookup
{
    QHash<QString, quint8> bySpelling; // value: index into forms() + 1
    int longest = 1;
};

const Lookup &lookup()
{
    static const Lookup table = [] {
        Lookup l;
        const auto &all = forms();
        for (size_t i = 0; i < all.size(); ++i) {
            for (const char *spelling : all[i].spellings) {
                const QString key = QString::fromLatin1(spelling);
                l.bySpelling.insert(key, quint8(i + 1));
                l.longest = std::max(l.longest, int(key.count(QLatin1Char(' '))) + 1);
            }
        }
        return l;
    }();
    return table;
}

QString joined(const QStringList &tokens, qsizetype from, qsizetype count)
{
    QString out;
    for (qsizetype i = from; i < from + count; ++i) {
        if (i > from)
            out += QLatin1Char(' ');
        out += tokens.at(i);
    }
    return out;
}

// Longest form that starts at @p from and lies within the first @p end tokens; 0 when none.
quint8 formAt(const QStringList &tokens, qsizetype from, qsizetype end, qsizetype *length)
{
    const Lookup &l = lookup();
    for (qsizetype n = std::min<qsizetype>(l.longest, end - from); n >= 1; --n) {
        const quint8 id = l.bySpelling.value(joined(tokens, from, n));
        if (id != 0) {
            *length = n;
            return id;
        }
    }
    return 0;
}

} // namespace

QString LegalForms::extract(QStringList *tokens)
{
    quint8 found = 0;
    // Trailing forms, possibly several ("holding gmbh and co kg", "co ltd").
    for (bool removed = true; removed && tokens->size() > 1;) {
        removed = false;
        for (qsizetype from = 1; from < tokens->size(); ++from) {
            qsizetype length = 0;
            const quint8 id = formAt(*tokens, from, tokens->size(), &length);
            if (id != 0 && from + length == tokens->size()) {
                found = found == 0 ? id : found;
                tokens->remove(from, length);
                removed = true;
                break;
            }
        }
    }
    // Unambiguous forms inside the name ("acme ltd uk").
    for (qsizetype from = 1; from < tokens->size(); ++from) {
        qsizetype length = 0;
        const quint8 id = formAt(*tokens, from, tokens->size(), &length);
        if (id != 0 && !forms()[id - 1].ambiguous) {
            found = found == 0 ? id : found;
            tokens->remove(from, length);
            --from;
        }
    }
    // "and" left dangling by "Smith & Co" is noise, not part of the name.
    while (found != 0 && tokens->size() > 1 && tokens->last() == QLatin1String("and"))
        tokens->removeLast();
    return found == 0 ? QString() : QString::fromLatin1(forms()[found - 1].code);
}

QString LegalForms::canonical(QStringView text)
{
    const QStringList tokens = TextNormaliser::tokens(text);
    if (tokens.isEmpty())
        return {};
    const quint8 id = lookup().bySpelling.value(tokens.join(QLatin1Char(' ')));
    return id == 0 ? QString() : QString::fromLatin1(forms()[id - 1].code);
}

quint8 LegalForms::id(QStringView code)
{
    if (code.isEmpty())
        return 0;
    const auto &all = forms();
    for (size_t i = 0; i < all.size(); ++i) {
        if (code == QLatin1String(all[i].code))
            return quint8(i + 1);
    }
    return 0;
}

quint8 LegalForms::familyOf(quint8 id)
{
    return id == 0 || id > forms().size() ? 0 : quint8(forms()[id - 1].family);
}

QString LegalForms::code(quint8 id)
{
    return id == 0 || id > forms().size() ? QString() : QString::fromLatin1(forms()[id - 1].code);
}

} // namespace cw
