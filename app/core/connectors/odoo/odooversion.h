#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace cw {

/// The version an Odoo server reports (`/web/webclient/version_info` or `common.version`) and what
/// it implies for an integration. A plain value.
class OdooVersion
{
    Q_DECLARE_TR_FUNCTIONS(cw::OdooVersion)

public:
    OdooVersion() = default;

    /// Reads `server_version_info` (first element may be "saas~17" on Odoo Online) and
    /// `server_version` ("17.0+e"). A Config error when the object does not look like Odoo's.
    static Result<OdooVersion> fromVersionInfo(const QJsonObject &info);

    int major() const { return m_major; }
    int minor() const { return m_minor; }
    /// As the server spells it ("17.0", "saas~17.4+e").
    QString text() const { return m_text; }
    bool isEnterprise() const { return m_enterprise; }
    bool isSaas() const { return m_saas; }

    /// `/json/2/<model>/<method>` exists (19 and later).
    bool hasJson2() const { return m_major >= 19; }
    /// `name_get` is callable (16 and earlier).
    bool hasNameGet() const { return m_major <= 16; }

private:
    int m_major = 0;
    int m_minor = 0;
    QString m_text;
    bool m_enterprise = false;
    bool m_saas = false;
};

} // namespace cw
