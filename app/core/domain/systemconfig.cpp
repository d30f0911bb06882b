#include "systemconfig.h"

#include <array>

namespace cw {

namespace {

struct KindInfo
{
    SystemConfig::Kind kind;
    const char *name;
};

constexpr std::array kKinds {
    KindInfo { SystemConfig::Kind::Odoo, "odoo" },
    KindInfo { SystemConfig::Kind::Crm, "crm" },
    KindInfo { SystemConfig::Kind::Staffing, "staffing" },
    KindInfo { SystemConfig::Kind::File, "file" },
};

} // namespace

QString SystemConfig::kindName(Kind kind)
{
    for (const auto &info : kKinds) {
        if (info.kind == kind)
            return QString::fromLatin1(info.name);
    }
    return {};
}

bool SystemConfig::kindFromName(const QString &name, Kind *kind)
{
    for (const auto &info : kKinds) {
        if (name == QLatin1String(info.name)) {
            *kind = info.kind;
            return true;
        }
    }
    return false;
}

QString SystemConfig::kindTitle(Kind kind)
{
    switch (kind) {
    case Kind::Odoo:
        return tr("Odoo");
    case Kind::Crm:
        return tr("CRM (HubSpot)");
    case Kind::Staffing:
        return tr("Staffing platform (Bullhorn)");
    case Kind::File:
        return tr("File import");
    }
    return {};
}

QStringList SystemConfig::secretAccounts(Kind kind)
{
    switch (kind) {
    case Kind::Odoo:
        return { kPasswordAccount };
    case Kind::Crm:
        return { kTokenAccount };
    case Kind::Staffing:
        return { kClientSecretAccount, kPasswordAccount };
    case Kind::File:
        return {};
    }
    return {};
}

QJsonObject SystemConfig::toJson() const
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("kind"), kindName(kind) },
        { QStringLiteral("name"), name },
        { QStringLiteral("url"), url },
        { QStringLiteral("database"), databaseName },
        { QStringLiteral("login"), login },
        { QStringLiteral("options"), options },
        { QStringLiteral("enabled"), enabled },
    };
}

} // namespace cw
