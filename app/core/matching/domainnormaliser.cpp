#include "domainnormaliser.h"

#include "textnormaliser.h"

#include <QSet>

namespace cw {

namespace {

QSet<QString> stringSet(std::initializer_list<const char *> items)
{
    QSet<QString> s;
    for (const char *item : items)
        s.insert(QString::fromLatin1(item));
    return s;
}

const QSet<QString> &twoLevelSuffixes()
{
    static const QSet<QString> s = stringSet({
        "co.uk",  "org.uk", "ac.uk",  "gov.uk",  "ltd.uk", "plc.uk", "me.uk",  "net.uk", "com.au", "net.au",
        "org.au", "edu.au", "gov.au", "co.nz",   "org.nz", "net.nz", "co.za",  "org.za", "com.br", "net.br",
        "com.mx", "com.ar", "com.co", "com.pe",  "com.cn", "net.cn", "org.cn", "com.hk", "com.sg", "com.my",
        "com.tw", "com.tr", "com.ua", "com.pl",  "co.jp",  "ne.jp",  "or.jp",  "ac.jp",  "co.kr",  "or.kr",
        "co.in",  "net.in", "org.in", "firm.in", "co.il",  "org.il", "co.id",  "co.th",  "com.ph", "com.vn",
        "com.eg", "com.sa", "com.ng", "co.ke",   "com.pk", "gv.at",  "co.at",  "or.at",
    });
    return s;
}

// Whole registrable domains shared by unrelated users.
const QSet<QString> &sharedDomains()
{
    static const QSet<QString> s = stringSet({
        "gmail.com",      "googlemail.com",   "outlook.com",    "msn.com",         "aol.com",
        "icloud.com",     "me.com",           "mac.com",        "ymail.com",       "rocketmail.com",
        "gmx.de",         "gmx.net",          "gmx.at",         "gmx.ch",          "gmx.com",
        "web.de",         "t-online.de",      "freenet.de",     "arcor.de",        "online.de",
        "posteo.de",      "mailbox.org",      "mail.ru",        "yandex.ru",       "yandex.com",
        "protonmail.com", "proton.me",        "pm.me",          "orange.fr",       "wanadoo.fr",
        "free.fr",        "laposte.net",      "sfr.fr",         "neuf.fr",         "libero.it",
        "virgilio.it",    "tiscali.it",       "btinternet.com", "sky.com",         "virginmedia.com",
        "ntlworld.com",   "talktalk.net",     "comcast.net",    "verizon.net",     "att.net",
        "sbcglobal.net",  "bellsouth.net",    "cox.net",        "bluewin.ch",      "hispeed.ch",
        "sunrise.ch",     "ziggo.nl",         "kpnmail.nl",     "hetnet.nl",       "home.nl",
        "planet.nl",      "xs4all.nl",        "telenet.be",     "skynet.be",       "qq.com",
        "163.com",        "126.com",          "naver.com",      "seznam.cz",       "wp.pl",
        "o2.pl",          "onet.pl",          "interia.pl",     "mail.com",        "inbox.com",
        "fastmail.com",   "hey.com",          "tutanota.com",   "hushmail.com",    "rediffmail.com",
        "zoho.com",       "aim.com",          "juno.com",       "earthlink.net",   "facebook.com",
        "linkedin.com",   "instagram.com",    "twitter.com",    "x.com",           "xing.com",
        "google.com",     "youtube.com",      "wixsite.com",    "wordpress.com",   "blogspot.com",
        "business.site",  "jimdo.com",        "jimdosite.com",  "squarespace.com", "weebly.com",
        "github.io",      "sites.google.com", "example.com",
    });
    return s;
}

// Providers with a domain per country (yahoo.co.uk, hotmail.fr, live.de, outlook.es ...).
const QSet<QString> &sharedLabels()
{
    static const QSet<QString> s = stringSet({ "yahoo", "hotmail", "live", "outlook", "windowslive" });
    return s;
}

QString hostOf(QStringView text)
{
    QStringView host = text.trimmed();
    const qsizetype scheme = host.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        host = host.mid(scheme + 3);
    const qsizetype at = host.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        host = host.mid(at + 1);
    for (const QChar stop : { QLatin1Char('/'), QLatin1Char(':'), QLatin1Char('?'), QLatin1Char('#'),
                              QLatin1Char(' '), QLatin1Char('>'), QLatin1Char(';'), QLatin1Char(',') }) {
        const qsizetype end = host.indexOf(stop);
        if (end >= 0)
            host = host.left(end);
    }
    QString out = TextNormaliser::fold(host);
    while (out.endsWith(QLatin1Char('.')))
        out.chop(1);
    if (out.startsWith(QLatin1String("www.")))
        out.remove(0, 4);
    return out.contains(QLatin1Char('.')) ? out : QString();
}

QString usable(const QString &host)
{
    if (host.isEmpty())
        return {};
    const QString domain = DomainNormaliser::registrable(host);
    return DomainNormaliser::isShared(domain) || DomainNormaliser::isShared(host) ? QString() : domain;
}

} // namespace

QString DomainNormaliser::registrable(QStringView host)
{
    const qsizetype last = host.lastIndexOf(QLatin1Char('.'));
    if (last <= 0)
        return host.toString();
    const qsizetype second = host.lastIndexOf(QLatin1Char('.'), last - 1);
    if (second < 0)
        return host.toString();
    if (!twoLevelSuffixes().contains(host.mid(second + 1).toString()))
        return host.mid(second + 1).toString();
    const qsizetype third = host.lastIndexOf(QLatin1Char('.'), second - 1);
    return host.mid(third + 1).toString();
}

bool DomainNormaliser::isShared(QStringView domain)
{
    if (sharedDomains().contains(domain.toString()))
        return true;
    const QString registrableDomain = registrable(domain);
    const qsizetype dot = registrableDomain.indexOf(QLatin1Char('.'));
    return dot > 0 && sharedLabels().contains(registrableDomain.left(dot));
}

QString DomainNormaliser::fromEmail(QStringView email)
{
    return email.contains(QLatin1Char('@')) ? usable(hostOf(email)) : QString();
}

QString DomainNormaliser::fromWebsite(QStringView url)
{
    return usable(hostOf(url));
}

} // namespace cw
