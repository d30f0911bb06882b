#include "namenormaliser.h"

#include "legalforms.h"
#include "textnormaliser.h"

#include <QHash>
#include <QSet>

namespace cw {

namespace {

const QHash<QString, QString> &abbreviations()
{
    static const QHash<QString, QString> table = [] {
        const char *pairs[][2] = {
            { "intl", "international" },
            { "internat", "international" },
            { "natl", "national" },
            { "mfg", "manufacturing" },
            { "mgmt", "management" },
            { "mgt", "management" },
            { "svc", "service" },
            { "svcs", "service" },
            { "srvc", "service" },
            { "srvcs", "service" },
            { "sys", "system" },
            { "tech", "technology" },
            { "techn", "technology" },
            { "assoc", "associate" },
            { "assocs", "associate" },
            { "bros", "brother" },
            { "grp", "group" },
            { "hldg", "holding" },
            { "hldgs", "holding" },
            { "dept", "department" },
            { "engg", "engineering" },
            { "univ", "university" },
            { "ctr", "center" },
            { "cntr", "center" },
            { "centre", "center" },
            { "assn", "association" },
            { "mktg", "marketing" },
            { "sol", "solution" },
            { "soln", "solution" },
            { "solns", "solution" },
            { "st", "saint" },
            { "ste", "sainte" },
            { "mt", "mount" },
            { "ft", "fort" },
            { "labs", "lab" },
            { "laboratory", "lab" },
            { "laboratories", "lab" },
            { "amer", "american" },
            { "dist", "distribution" },
            { "distr", "distribution" },
            { "constr", "construction" },
            { "ins", "insurance" },
        };
        QHash<QString, QString> t;
        for (const auto &p : pairs)
            t.insert(QString::fromLatin1(p[0]), QString::fromLatin1(p[1]));
        return t;
    }();
    return table;
}

const QSet<QString> &noiseWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char *w :
             { "the", "and", "of", "und", "et", "en", "y", "der", "die", "das", "le", "la", "les" })
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

} // namespace

QString NameNormaliser::expandAbbreviation(const QString &token)
{
    return abbreviations().value(token, token);
}

QString NameNormaliser::singular(const QString &token)
{
    // Short words are more often names than plurals ("Vries", "Sales").
    if (token.size() < 6 || !token.endsWith(QLatin1Char('s')) || TextNormaliser::isNumber(token))
        return token;
    if (token.endsWith(QLatin1String("ies")))
        return token.left(token.size() - 3) + QLatin1Char('y');
    if (token.endsWith(QLatin1String("ss")) || token.endsWith(QLatin1String("us"))
        || token.endsWith(QLatin1String("is")))
        return token;
    return token.left(token.size() - 1);
}

bool NameNormaliser::isNoiseWord(const QString &token)
{
    return noiseWords().contains(token);
}

NormalisedName NameNormaliser::normalise(QStringView name, QStringView legalFormField)
{
    NormalisedName out;
    QStringList tokens = TextNormaliser::tokens(name);
    out.legalForm = LegalForms::extract(&tokens);
    if (!legalFormField.isEmpty()) {
        const QString given = LegalForms::canonical(legalFormField);
        if (!given.isEmpty())
            out.legalForm = given;
    }
    out.tokens.reserve(tokens.size());
    for (const QString &token : std::as_const(tokens)) {
        if (!isNoiseWord(token))
            out.tokens.append(singular(expandAbbreviation(token)));
    }
    // A name made only of noise words ("The And") is still a name.
    if (out.tokens.isEmpty()) {
        for (const QString &token : std::as_const(tokens))
            out.tokens.append(token);
    }
    return out;
}

} // namespace cw
