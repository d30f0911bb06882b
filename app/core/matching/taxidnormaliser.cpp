#include "taxidnormaliser.h"

#include <QRegularExpression>

namespace cw {

namespace {

QString alnumUpper(QStringView raw)
{
    QString out;
    out.reserve(raw.size());
    for (const QChar c : raw) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            out += c.toUpper();
    }
    return out;
}

int digitCount(QStringView text)
{
    int n = 0;
    for (const QChar c : text)
        n += c.isDigit() ? 1 : 0;
    return n;
}

bool isLetter(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

} // namespace

QString TaxIdNormaliser::vat(QStringView raw, QStringView countryIso2)
{
    static const QRegularExpression labels(QStringLiteral(
        "^(VATNO|VATID|VATREG|VAT|USTIDNR|USTID|UIDNR|UID|TVAINTRA|TVA|BTWNR|BTW|MWST|IVA|NIF|CIF|"
        "NIPC|NIP|MOMS|ALV|ABN|TIN|EIN|GST)"));
    static const QRegularExpression suffixes(QStringLiteral("(MWST|TVA|IVA|MVA)$"));
    QString s = alnumUpper(raw);
    s.remove(labels);
    s.remove(suffixes);
    if (digitCount(s) < 5)
        return {};
    if (s.startsWith(QLatin1String("CHE")) && s.size() > 3 && s.at(3).isDigit())
        return s;
    if (s.size() > 2 && isLetter(s.at(0)) && isLetter(s.at(1)))
        return s.startsWith(QLatin1String("GR")) ? QLatin1String("EL") + s.mid(2) : s;
    const QString country = countryIso2.toString().toUpper();
    if (country == QLatin1String("CH"))
        return QLatin1String("CHE") + s;
    if (country == QLatin1String("GR"))
        return QLatin1String("EL") + s;
    return country + s;
}

QString TaxIdNormaliser::body(QStringView canonicalVat)
{
    qsizetype start = 0;
    while (start < canonicalVat.size() && start < 3 && isLetter(canonicalVat.at(start)))
        ++start;
    return canonicalVat.mid(start).toString();
}

QString TaxIdNormaliser::registryId(QStringView raw)
{
    QString s = alnumUpper(raw);
    if (digitCount(s) == 0)
        return {};
    if (digitCount(s) == s.size()) {
        qsizetype zeros = 0;
        while (zeros + 1 < s.size() && s.at(zeros) == QLatin1Char('0'))
            ++zeros;
        s.remove(0, zeros);
    }
    return s;
}

} // namespace cw
