#include "addressnormaliser.h"

#include "countrycodes.h"
#include "textnormaliser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace cw {

namespace {

const QHash<QString, QString> &streetWords()
{
    static const QHash<QString, QString> table = [] {
        const char *pairs[][2] = {
            { "street", "street" },
            { "st", "street" },
            { "str", "street" },
            { "strasse", "street" },
            { "straat", "street" },
            { "strada", "street" },
            { "avenue", "avenue" },
            { "ave", "avenue" },
            { "av", "avenue" },
            { "avda", "avenue" },
            { "avenida", "avenue" },
            { "road", "road" },
            { "rd", "road" },
            { "boulevard", "boulevard" },
            { "blvd", "boulevard" },
            { "bd", "boulevard" },
            { "bvd", "boulevard" },
            { "lane", "lane" },
            { "ln", "lane" },
            { "drive", "drive" },
            { "dr", "drive" },
            { "place", "place" },
            { "pl", "place" },
            { "platz", "place" },
            { "plein", "place" },
            { "square", "square" },
            { "sq", "square" },
            { "court", "court" },
            { "ct", "court" },
            { "terrace", "terrace" },
            { "ter", "terrace" },
            { "terr", "terrace" },
            { "parkway", "parkway" },
            { "pkwy", "parkway" },
            { "highway", "highway" },
            { "hwy", "highway" },
            { "circle", "circle" },
            { "cir", "circle" },
            { "way", "way" },
            { "weg", "way" },
            { "allee", "alley" },
            { "alley", "alley" },
            { "gasse", "lane" },
            { "laan", "lane" },
            { "crescent", "crescent" },
            { "cres", "crescent" },
            { "north", "n" },
            { "south", "s" },
            { "east", "e" },
            { "west", "w" },
            { "northeast", "ne" },
            { "northwest", "nw" },
            { "southeast", "se" },
            { "southwest", "sw" },
        };
        QHash<QString, QString> t;
        for (const auto &p : pairs)
            t.insert(QString::fromLatin1(p[0]), QString::fromLatin1(p[1]));
        return t;
    }();
    return table;
}

// Suffixes of German and Dutch compound street names ("Hauptstraße", "Keizersgracht").
const QStringList &compoundSuffixes()
{
    static const QStringList s = { QStringLiteral("strasse"), QStringLiteral("straat"),
                                   QStringLiteral("str"),     QStringLiteral("weg"),
                                   QStringLiteral("allee"),   QStringLiteral("platz"),
                                   QStringLiteral("gasse"),   QStringLiteral("laan"),
                                   QStringLiteral("plein"),   QStringLiteral("gracht") };
    return s;
}

const QSet<QString> &unitWords()
{
    static const QSet<QString> s = [] {
        QSet<QString> out;
        for (const char *w :
             { "suite", "unit", "apt",   "apartment", "floor", "fl",    "room",  "rm",  "building", "bldg",
               "po",    "box",  "pobox", "postfach",  "co",    "etage", "stock", "bus", "boite",    "bte" })
            out.insert(QString::fromLatin1(w));
        return out;
    }();
    return s;
}

bool startsWithDigit(const QString &token)
{
    return !token.isEmpty() && token.at(0).isDigit();
}

QStringList splitCompounds(const QStringList &tokens)
{
    QStringList out;
    for (const QString &token : tokens) {
        bool split = false;
        for (const QString &suffix : compoundSuffixes()) {
            if (token.size() >= suffix.size() + 3 && token.endsWith(suffix)) {
                out << token.left(token.size() - suffix.size()) << suffix;
                split = true;
                break;
            }
        }
        if (!split)
            out << token;
    }
    return out;
}

QStringList dropUnits(const QStringList &tokens)
{
    QStringList out;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (unitWords().contains(tokens.at(i))) {
            if (i + 1 < tokens.size() && (startsWithDigit(tokens.at(i + 1)) || tokens.at(i + 1).size() <= 2))
                ++i;
            continue;
        }
        out << tokens.at(i);
    }
    return out;
}

void takeHouseNumber(QStringList *tokens, QString *houseNumber)
{
    qsizetype at = -1;
    if (!tokens->isEmpty() && startsWithDigit(tokens->first())) {
        at = 0;
    } else {
        for (qsizetype i = tokens->size() - 1; i >= 0 && at < 0; --i) {
            if (startsWithDigit(tokens->at(i)))
                at = i;
        }
        // The first number of a range ("12-14") is the house number.
        while (at > 1 && startsWithDigit(tokens->at(at - 1)))
            --at;
    }
    if (at < 0)
        return;
    *houseNumber = tokens->takeAt(at);
    // "Hauptstr. 12 a" written apart is still house number 12a; a letter after a leading number is
    // a direction ("1 N Main St").
    if (at > 0 && at < tokens->size() && tokens->at(at).size() == 1 && tokens->at(at).at(0).isLetter())
        *houseNumber += tokens->takeAt(at);
    // "Hauptstr. 12-14": the second number of a range belongs to the house number, not the street.
    if (at < tokens->size() && TextNormaliser::isNumber(tokens->at(at)) && at == tokens->size() - 1)
        tokens->removeAt(at);
    static const QSet<QString> numberWords = { QStringLiteral("no"), QStringLiteral("nr"),
                                               QStringLiteral("number") };
    if (at > 0 && numberWords.contains(tokens->at(at - 1)))
        tokens->removeAt(at - 1);
}

QStringList streetTokens(QStringView street, QString *houseNumber)
{
    QStringList tokens = dropUnits(splitCompounds(TextNormaliser::tokens(street)));
    takeHouseNumber(&tokens, houseNumber);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        // A leading "St" names a saint ("St James Street"), anywhere else it is "Street".
        if (i == 0 && tokens.at(i) == QLatin1String("st") && tokens.size() > 1)
            tokens[i] = QStringLiteral("saint");
        else
            tokens[i] = streetWords().value(tokens.at(i), tokens.at(i));
    }
    return tokens;
}

QStringList cityTokens(QStringView city)
{
    QStringList out;
    const QStringList tokens = TextNormaliser::tokens(city);
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        if (tokens.at(i) == QLatin1String("cedex")) {
            if (i + 1 < tokens.size() && TextNormaliser::isNumber(tokens.at(i + 1)))
                ++i;
            continue;
        }
        if (!TextNormaliser::isNumber(tokens.at(i)))
            out << tokens.at(i);
    }
    return out;
}

const QRegularExpression &postcodePattern()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![\\w-])((?:[A-Za-z]{1,2}-)?\\d{4,5}(?:-\\d{4})?|[A-Za-z]{1,2}\\d[A-Za-z\\d]?\\s*\\d[A-Za-z]{2}|"
        "\\d{4}\\s?[A-Za-z]{2})(?![\\w-])"));
    return re;
}

struct OneLine
{
    QString street;
    QString postcode;
    QString city;
    QString country;
};

// "Hauptstr. 5, 10115 Berlin, Germany" -> street, postcode, city, country.
OneLine splitOneLine(QStringView line)
{
    OneLine out;
    QStringList parts;
    for (const QStringView part : line.split(QLatin1Char(','), Qt::SkipEmptyParts))
        parts << part.trimmed().toString();
    if (parts.size() < 2) {
        out.street = line.toString();
        return out;
    }
    if (!CountryCodes::toIso2(parts.last()).isEmpty() && parts.size() > 2)
        out.country = parts.takeLast();
    out.street = parts.takeFirst();
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QRegularExpressionMatch m = postcodePattern().match(parts.at(i));
        if (m.hasMatch()) {
            out.postcode = m.captured(1);
            out.city = QString(parts.at(i)).remove(m.capturedStart(1), m.capturedLength(1)).trimmed();
            if (out.city.isEmpty() && i + 1 < parts.size())
                out.city = parts.at(i + 1);
            return out;
        }
    }
    out.city = parts.last();
    return out;
}

} // namespace

QString AddressNormaliser::postcode(QStringView raw, QStringView countryIso2)
{
    QStringView trimmed = raw.trimmed();
    // Old European style "D-10115", "CH-8001", "F-75008".
    const qsizetype dash = trimmed.indexOf(QLatin1Char('-'));
    if (dash > 0 && dash <= 3 && dash + 1 < trimmed.size() && trimmed.at(dash + 1).isDigit()) {
        bool letters = true;
        for (qsizetype i = 0; i < dash; ++i)
            letters = letters && trimmed.at(i).isLetter();
        if (letters)
            trimmed = trimmed.mid(dash + 1);
    }
    QString out;
    for (const QChar c : trimmed) {
        if (c.isLetterOrNumber())
            out += c.toUpper();
    }
    const bool allDigits = TextNormaliser::isNumber(out);
    if (allDigits && out.size() == 9
        && (countryIso2 == QLatin1String("US") || trimmed.contains(QLatin1Char('-'))))
        out.truncate(5);
    return out;
}

NormalisedAddress AddressNormaliser::normalise(QStringView street, QStringView postcodeText, QStringView city,
                                               QStringView country, QStringView defaultCountry)
{
    NormalisedAddress out;
    OneLine parts { street.toString(), postcodeText.toString(), city.toString(), country.toString() };
    if (postcodeText.trimmed().isEmpty() && city.trimmed().isEmpty() && street.contains(QLatin1Char(','))) {
        parts = splitOneLine(street);
        if (!country.trimmed().isEmpty())
            parts.country = country.toString();
    }
    out.country = CountryCodes::toIso2(parts.country);
    if (out.country.isEmpty() && defaultCountry.size() == 2)
        out.country = defaultCountry.toString().toUpper();

    out.cityTokens = cityTokens(parts.city);
    if (parts.postcode.trimmed().isEmpty()) {
        // "10115 Berlin" typed into the city field.
        const QRegularExpressionMatch m = postcodePattern().match(parts.city);
        if (m.hasMatch())
            parts.postcode = m.captured(1);
    }
    out.postcode = postcode(parts.postcode, out.country);
    out.streetTokens = streetTokens(parts.street, &out.houseNumber);
    return out;
}

} // namespace cw
