#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cw {

/// The environment of one simulated ORM call, like Odoo's `self.env`: the user, the context as the
/// caller sent it, and what the simulator derives from it. A plain value.
struct OdooEnv
{
    qint64 uid = 2;
    /// The context exactly as received (lang, tz, allowed_company_ids, active_test, ...).
    QJsonObject context;
    /// context.lang, or en_US.
    QString lang = QStringLiteral("en_US");
    /// Allowed companies; the first is the current one (defaults for company_id, currency).
    QList<qint64> companyIds;
    /// False when the context says `active_test: false`.
    bool activeTest = true;
    /// The simulator's clock at the start of the call, UTC.
    QDateTime now;

    /// now as Odoo writes datetimes: "YYYY-MM-DD HH:MM:SS" (UTC).
    QString nowString() const { return now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")); }
    QString today() const { return now.toUTC().toString(QStringLiteral("yyyy-MM-dd")); }
    qint64 currentCompany() const { return companyIds.isEmpty() ? 1 : companyIds.first(); }
};

} // namespace cw
