#include "phonenormaliser.h"

#include <phonenumbers/phonenumber.pb.h>
#include <phonenumbers/phonenumberutil.h>

#include <array>
#include <string>

namespace cw {

namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

// Countries whose numbering plans are simple enough that the fast path reproduces libphonenumber
// exactly: national prefix "0" with no carrier codes or other parsing rules, plus NANP. All but
// Australia dial abroad with "00".
constexpr std::array<const char *, 14> kFastRegions = { "DE", "AT", "CH", "GB", "IE", "FR", "BE",
                                                        "NL", "LU", "SE", "FI", "AU", "NZ", "ZA" };
constexpr int kNanp = 1;
constexpr int kAustralia = 61;

struct Plans
{
    std::array<bool, 1000> knownCode {};
    std::array<bool, 1000> fastCode {};
};

const Plans &plans()
{
    static const Plans p = [] {
        Plans out;
        const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
        for (int code = 1; code < 1000; ++code) {
            std::string region;
            util->GetRegionCodeForCountryCode(code, &region);
            out.knownCode[size_t(code)] = region != "ZZ";
        }
        for (const char *region : kFastRegions) {
            std::string ndd;
            util->GetNddPrefixForRegion(region, true, &ndd);
            const int code = util->GetCountryCodeForRegion(region);
            out.fastCode[size_t(code)] = ndd == "0";
        }
        out.fastCode[kNanp] = true;
        return out;
    }();
    return p;
}

bool isFastRegion(QStringView region, int code)
{
    return code > 0 && code < 1000 && plans().fastCode[size_t(code)] && region.size() == 2;
}

// Digits of @p raw when it uses nothing but digits, common separators, brackets and a leading
// '+'; anything else (letters, extensions) is left to libphonenumber.
bool simpleDigits(QStringView raw, std::string *digits, bool *plus)
{
    *plus = false;
    digits->clear();
    for (const QChar c : raw) {
        const char16_t u = c.unicode();
        if (u >= u'0' && u <= u'9')
            digits->push_back(char(u));
        else if (u == u'+' && digits->empty() && !*plus)
            *plus = true;
        else if (u != u' ' && u != u'-' && u != u'.' && u != u'/' && u != u'(' && u != u')' && u != 0xA0)
            return false;
    }
    return !digits->empty();
}

QString e164(int code, std::string_view nsn)
{
    return QLatin1Char('+') + QString::number(code) + QLatin1String(nsn.data(), qsizetype(nsn.size()));
}

// libphonenumber drops a national prefix only when what remains can be a number of that
// country ("0 30 1234 5678" stays whole in Switzerland); its length check needs no parsing.
QString withoutTrunkZero(int code, std::string_view nsn)
{
    if (nsn.size() < 6 || nsn.size() > 13)
        return {};
    PhoneNumber number;
    number.set_country_code(code);
    number.set_national_number(std::stoull(std::string(nsn)));
    return PhoneNumberUtil::GetInstance()->IsPossibleNumber(number) ? e164(code, nsn) : QString();
}

// International form "<code><nsn>" (after "+" or "00"); empty when the fast path cannot decide.
QString fastInternational(std::string_view digits)
{
    const Plans &p = plans();
    for (size_t length = 1; length <= 3 && length < digits.size(); ++length) {
        const int code = std::stoi(std::string(digits.substr(0, length)));
        if (!p.knownCode[size_t(code)])
            continue;
        std::string_view nsn = digits.substr(length);
        if (!p.fastCode[size_t(code)])
            return {};
        if (code == kNanp)
            return nsn.size() == 10 && nsn.front() >= '2' ? e164(code, nsn) : QString();
        // "+49 (0)30 ...": the trunk zero written after the country code.
        if (nsn.front() == '0')
            return nsn.size() > 1 && nsn[1] != '0' ? withoutTrunkZero(code, nsn.substr(1)) : QString();
        return digits.size() >= 8 && digits.size() <= 15 ? e164(code, nsn) : QString();
    }
    return {};
}

QString fastNational(const std::string &digits, int code)
{
    const std::string_view d(digits);
    if (code == kNanp) {
        if (d.size() == 10 && d.front() >= '2')
            return e164(code, d);
        if (d.size() == 11 && d.front() == '1' && d[1] >= '2')
            return e164(code, d.substr(1));
        return {};
    }
    if (d.starts_with("00"))
        return code != kAustralia && d.size() > 2 && d[2] != '0' ? fastInternational(d.substr(2)) : QString();
    if (d.front() == '0')
        return withoutTrunkZero(code, d.substr(1));
    if (d.starts_with(std::to_string(code)) || d.size() < 6 || d.size() > 13)
        return {};
    return e164(code, d);
}

} // namespace

int PhoneNormaliser::countryCode(QStringView region)
{
    if (region.size() != 2)
        return 0;
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region.toString().toUpper().toStdString());
}

QString PhoneNormaliser::toE164(QStringView raw, QStringView region)
{
    thread_local std::string digits;
    bool plus = false;
    if (simpleDigits(raw, &digits, &plus)) {
        QString fast;
        if (plus) {
            fast = fastInternational(digits);
        } else {
            const int code = countryCode(region);
            // libphonenumber cannot place a national number without a known region either.
            if (code == 0)
                return {};
            if (isFastRegion(region, code))
                fast = fastNational(digits, code);
        }
        if (!fast.isEmpty())
            return fast;
    }
    return toE164Reference(raw, region);
}

QString PhoneNormaliser::toE164Reference(QStringView raw, QStringView region)
{
    if (raw.trimmed().isEmpty())
        return {};
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const std::string regionCode = region.size() == 2 ? region.toString().toUpper().toStdString() : "ZZ";
    if (util->Parse(raw.toString().toStdString(), regionCode, &number) != PhoneNumberUtil::NO_PARSING_ERROR)
        return {};
    std::string formatted;
    util->Format(number, PhoneNumberUtil::E164, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace cw
