#include "odooversion.h"

#include <QJsonArray>

namespace cw {

Result<OdooVersion> OdooVersion::fromVersionInfo(const QJsonObject &info)
{
    const QJsonArray parts = info.value(QStringLiteral("server_version_info")).toArray();
    const QString text = info.value(QStringLiteral("server_version")).toString();
    if (parts.isEmpty() && text.isEmpty()) {
        return Error(Error::Category::Config,
                     tr("The server answered, but not with Odoo's version information."))
            .setCode(QStringLiteral("odoo.not_odoo"));
    }
    OdooVersion version;
    version.m_text = text;
    QString first =
        parts.isEmpty() ? text.section(QLatin1Char('.'), 0, 0) : parts.at(0).toVariant().toString();
    if (first.startsWith(QLatin1String("saas~"))) {
        version.m_saas = true;
        first = first.mid(5);
    }
    bool ok = false;
    version.m_major = first.section(QLatin1Char('.'), 0, 0).toInt(&ok);
    if (!ok || version.m_major <= 0) {
        return Error(Error::Category::Config,
                     tr("Odoo reported a version Crosswalk cannot read: %1").arg(text))
            .setCode(QStringLiteral("odoo.not_odoo"));
    }
    version.m_minor = parts.size() > 1 ? parts.at(1).toInt() : first.section(QLatin1Char('.'), 1, 1).toInt();
    version.m_enterprise = text.endsWith(QLatin1String("+e"))
        || (parts.size() > 5 && parts.at(5).toString() == QLatin1String("e"));
    version.m_saas = version.m_saas || text.startsWith(QLatin1String("saas~"));
    return version;
}

} // namespace cw
