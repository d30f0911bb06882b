#include "countrycodes.h"

#include "textnormaliser.h"

#include <QHash>

#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace cw {

namespace {

QString keyOf(QStringView text)
{
    return TextNormaliser::tokens(text).join(QLatin1Char(' '));
}

QString fromIcu(const icu::UnicodeString &s)
{
    return QString(reinterpret_cast<const QChar *>(s.getBuffer()), s.length());
}

const QHash<QString, QString> &names()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        const icu::Locale languages[] = { icu::Locale("en"), icu::Locale("de"), icu::Locale("fr"),
                                          icu::Locale("es"), icu::Locale("it"), icu::Locale("nl"),
                                          icu::Locale("pt") };
        for (const char *const *code = icu::Locale::getISOCountries(); *code; ++code) {
            const QString iso2 = QString::fromLatin1(*code);
            const icu::Locale region("", *code);
            t.insert(iso2.toLower(), iso2);
            t.insert(QString::fromLatin1(region.getISO3Country()).toLower(), iso2);
            for (const icu::Locale &language : languages) {
                icu::UnicodeString name;
                region.getDisplayCountry(language, name);
                t.insert(keyOf(fromIcu(name)), iso2);
            }
        }
        const char *aliases[][2] = {
            { "uk", "GB" },
            { "england", "GB" },
            { "scotland", "GB" },
            { "wales", "GB" },
            { "great britain", "GB" },
            { "britain", "GB" },
            { "northern ireland", "GB" },
            { "usa", "US" },
            { "united states of america", "US" },
            { "america", "US" },
            { "holland", "NL" },
            { "the netherlands", "NL" },
            { "czech republic", "CZ" },
            { "south korea", "KR" },
            { "russia", "RU" },
            { "turkey", "TR" },
            { "ivory coast", "CI" },
            { "uae", "AE" },
            { "el", "GR" },
            { "schweiz", "CH" },
            { "suisse", "CH" },
            { "svizzera", "CH" },
            { "brd", "DE" },
            { "osterreich", "AT" },
            { "ksa", "SA" },
        };
        for (const auto &alias : aliases)
            t.insert(QString::fromLatin1(alias[0]), QString::fromLatin1(alias[1]));
        return t;
    }();
    return table;
}

} // namespace

QString CountryCodes::toIso2(QStringView country)
{
    if (country.trimmed().isEmpty())
        return {};
    return names().value(keyOf(country));
}

quint16 CountryCodes::pack(QStringView iso2)
{
    if (iso2.size() != 2)
        return 0;
    return quint16((iso2[0].unicode() & 0xFF) << 8 | (iso2[1].unicode() & 0xFF));
}

QString CountryCodes::unpack(quint16 packed)
{
    if (packed == 0)
        return {};
    const char code[2] = { char(packed >> 8), char(packed & 0xFF) };
    return QString::fromLatin1(code, 2);
}

} // namespace cw
