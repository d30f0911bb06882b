#include "odooconnectiontester.h"

#include "odooclient.h"
#include "odooreply.h"
#include "odoovalue.h"

namespace cw {

OdooConnectionTester::OdooConnectionTester(QObject *parent)
    : QObject(parent)
{ }

OdooConnectionTester::~OdooConnectionTester() = default;

void OdooConnectionTester::start(const OdooConnectionSettings &settings)
{
    abort();
    m_settings = settings;
    m_report = {};
    m_client = new OdooClient(settings, this);
    m_reply = m_client->connectToServer();
    connect(m_reply, &OdooReply::finished, this, &OdooConnectionTester::onConnected);
}

void OdooConnectionTester::abort()
{
    if (!m_client)
        return;
    m_client->disconnect(this);
    if (m_reply)
        m_reply->disconnect(this);
    m_client->deleteLater();
    m_client = nullptr;
}

OdooConnectionReport OdooConnectionTester::classify(const Error &error,
                                                    const OdooConnectionSettings &settings)
{
    using Failure = OdooConnectionReport::Failure;
    OdooConnectionReport report;
    report.error = error;
    report.detail = error.detail();
    report.database = settings.database;
    const QString code = error.code();
    const QString host = settings.url.host();
    const bool key = settings.secretKind == OdooConnectionSettings::SecretKind::ApiKey;
    if (code == QLatin1String("net.tls")) {
        report.failure = Failure::Tls;
        report.message =
            tr("The secure connection to %1 failed: the certificate is not trusted or does not match the "
               "address.")
                .arg(host);
    } else if (code == QLatin1String("net.host_not_found") || code == QLatin1String("net.connection_refused")
               || code == QLatin1String("net.insecure_url")
               || (error.category() == Error::Category::Config
                   && code.startsWith(QLatin1String("odoo.url")))) {
        report.failure = Failure::WrongUrl;
        report.message = tr("No Odoo server answered at %1. Check the address. (%2)")
                             .arg(settings.url.toDisplayString(), error.userMessage());
    } else if (code == QLatin1String("net.not_json") || code == QLatin1String("odoo.not_odoo")
               || code == QLatin1String("odoo.endpoint_not_found")
               || code == QLatin1String("odoo.bad_request") || code.startsWith(QLatin1String("http.4"))) {
        report.failure = Failure::NotOdoo;
        report.message =
            tr("The server at %1 answered, but it is not an Odoo server (or not its API).").arg(host);
    } else if ((code == QLatin1String("odoo.OperationalError") && error.category() == Error::Category::Config)
               || error.detail().contains(QLatin1String("Database not found"))) {
        report.failure = Failure::WrongDatabase;
        report.message = tr("Odoo at %1 has no database called \"%2\".").arg(host, settings.database);
    } else if (error.category() == Error::Category::Auth) {
        report.failure = Failure::BadCredentials;
        report.message = key
            ? tr("Odoo refused the user \"%1\" with this API key. Check that the key belongs to that user "
                 "and has not expired.")
                  .arg(settings.login)
            : tr("Odoo refused the user \"%1\" with this password.").arg(settings.login);
        if (code == QLatin1String("odoo.two_factor"))
            report.message = error.userMessage();
    } else if (error.category() == Error::Category::Timeout) {
        report.failure = Failure::Timeout;
        report.message = tr("Odoo at %1 did not answer in time.").arg(host);
    } else {
        report.failure = Failure::Other;
        report.message = error.userMessage();
    }
    return report;
}

void OdooConnectionTester::onConnected()
{
    OdooReply *reply = m_reply;
    reply->deleteLater();
    if (!reply->ok()) {
        finish(classify(reply->error(), m_settings));
        return;
    }
    m_report.serverVersion = m_client->version()->text();
    m_report.database = m_settings.database;
    m_report.api = OdooConnectionSettings::apiName(m_client->api());
    m_reply =
        m_client->read(QStringLiteral("res.users"), { m_client->uid() },
                       { QStringLiteral("name"), QStringLiteral("login"), QStringLiteral("company_id") });
    connect(m_reply, &OdooReply::finished, this, &OdooConnectionTester::onUserRead);
}

void OdooConnectionTester::onUserRead()
{
    OdooReply *reply = m_reply;
    reply->deleteLater();
    if (!reply->ok()) {
        OdooConnectionReport report = classify(reply->error(), m_settings);
        finish(report);
        return;
    }
    const QJsonObject user = reply->records().first().toObject();
    OdooConnectionReport report = m_report;
    report.user = OdooValue::toText(user.value(QStringLiteral("name")));
    report.login = OdooValue::toText(user.value(QStringLiteral("login")));
    report.company = OdooValue::many2oneName(user.value(QStringLiteral("company_id")));
    report.message = tr("Connected to Odoo %1, database \"%2\", as %3 (company %4). Crosswalk will use %5.")
                         .arg(report.serverVersion, report.database, report.user, report.company, report.api);
    finish(report);
}

void OdooConnectionTester::finish(OdooConnectionReport report)
{
    m_report = std::move(report);
    if (m_client) {
        m_client->deleteLater();
        m_client = nullptr;
    }
    emit finished(m_report);
}

} // namespace cw
