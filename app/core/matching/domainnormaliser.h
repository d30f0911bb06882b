#pragma once

#include <QString>
#include <QStringView>

namespace cw {

/// Organisation domains from e-mail addresses and web sites.
///
/// Both reduce to the registrable domain ("sales.acme.co.uk" -> "acme.co.uk"), lower-case, without
/// scheme, "www.", port or path. Domains shared by unrelated people or companies (free-mail
/// providers such as gmail.com, outlook.com, yahoo.*, gmx.de, web.de; social networks and site
/// builders) are no evidence that two records are the same company and come back empty.
/// Thread affinity: none.
class DomainNormaliser
{
public:
    /// "Info@Sales.Acme-Staffing.de" -> "acme-staffing.de"; empty for free mail or no domain.
    static QString fromEmail(QStringView email);
    /// "https://www.acme.com/about" -> "acme.com"; empty for shared hosts or no domain.
    static QString fromWebsite(QStringView url);
    /// Registrable part of a lower-case host name, honouring two-level public suffixes
    /// ("co.uk", "com.au", ...).
    static QString registrable(QStringView host);
    /// True if @p domain (registrable form) belongs to a free-mail provider or shared host.
    static bool isShared(QStringView domain);
};

} // namespace cw
