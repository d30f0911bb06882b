#include "odooclient.h"

#include "connectors/networkjob.h"
#include "connectors/requestqueue.h"
#include "odooreply.h"
#include "odoorpccodec.h"
#include "util/clock.h"
#include "util/logging.h"

#include <QNetworkAccessManager>

namespace cw {

namespace {

using Api = OdooConnectionSettings::Api;

const QString kJsonRpc = QStringLiteral("/jsonrpc");

void insertIf(QJsonObject &target, const char *key, const QJsonValue &value, bool condition)
{
    if (condition)
        target.insert(QString::fromLatin1(key), value);
}

} // namespace

OdooClient::OdooClient(OdooConnectionSettings settings, QObject *parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_network(new QNetworkAccessManager(this))
    , m_queue(new RequestQueue(m_settings.maxConcurrent, this))
    , m_clock(Clock::system())
{ }

OdooClient::~OdooClient() = default;

void OdooClient::setClock(std::shared_ptr<const Clock> clock)
{
    m_clock = std::move(clock);
}

OdooReply *OdooClient::newReply(const QString &operation)
{
    return new OdooReply(operation, NetworkJob::newCorrelationId(), this);
}

OdooReply *OdooClient::failed(const QString &operation, Error error)
{
    OdooReply *reply = newReply(operation);
    reply->finishWithError(std::move(error));
    return reply;
}

OdooReply *OdooClient::connectToServer()
{
    OdooReply *reply = newReply(QStringLiteral("connect"));
    reply->m_isConnect = true;
    if (m_state == State::Ready) {
        reply->finishWithResult(m_versionInfo);
        return reply;
    }
    m_waiting.append(reply);
    if (m_state == State::Idle)
        startConnecting();
    return reply;
}

OdooReply *OdooClient::invoke(OdooInvocation invocation, const OdooCallOptions &options)
{
    OdooReply *reply = newReply(invocation.label());
    reply->m_invocation = std::move(invocation);
    reply->m_options = options;
    if (m_state == State::Ready) {
        dispatch(reply);
        return reply;
    }
    m_waiting.append(reply);
    if (m_state == State::Idle)
        startConnecting();
    return reply;
}

NetworkJob *OdooClient::post(const QString &path, const QByteArray &body, const QString &operation,
                             const QString &correlationId, int timeoutMs, bool json2, bool idempotent)
{
    NetworkRequest request;
    QUrl url = m_settings.url;
    QString base = url.path();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(QString());
    request.url = url;
    request.body = body;
    request.timeoutMs = timeoutMs > 0 ? timeoutMs : m_settings.timeoutMs;
    request.systemName = QStringLiteral("Odoo");
    request.operation = operation;
    request.idempotent = idempotent;
    request.headers.append(
        { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8") });
    request.headers.append({ QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json") });
    request.headers.append({ QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Crosswalk") });
    if (json2) {
        request.headers.append({ QByteArrayLiteral("Authorization"),
                                 QByteArrayLiteral("bearer ") + m_settings.secret.toUtf8() });
        request.headers.append({ QByteArrayLiteral("X-Odoo-Database"), m_settings.database.toUtf8() });
    }
    auto *job = new NetworkJob(m_network, std::move(request), &lcOdoo, this);
    job->setClock(m_clock);
    job->setCorrelationId(correlationId);
    ++m_requestCount;
    m_queue->submit(job);
    return job;
}

Result<QJsonValue> OdooClient::decode(const NetworkJob &job, const QString &path, bool json2,
                                      bool *sessionExpired) const
{
    *sessionExpired = false;
    if (!job.ok())
        return job.error();
    return json2 ? OdooRpcCodec::decodeJson2(job.response())
                 : OdooRpcCodec::decodeJsonRpc(job.response(), path, sessionExpired);
}

void OdooClient::sendJsonRpc(const QString &path, const QJsonObject &params, const QString &operation,
                             std::function<void(const Result<QJsonValue> &)> done)
{
    NetworkJob *job = post(path, OdooRpcCodec::jsonRpcRequest(params, m_nextRequestId++), operation,
                           NetworkJob::newCorrelationId(), 0, false, true);
    connect(job, &NetworkJob::finished, this, [this, job, path, done = std::move(done)] {
        job->deleteLater();
        bool expired = false;
        done(decode(*job, path, false, &expired));
    });
}

void OdooClient::startConnecting()
{
    Result<void> valid = m_settings.validate();
    if (!valid) {
        connectionDone(valid.error());
        return;
    }
    m_state = State::Connecting;
    sendJsonRpc(QStringLiteral("/web/webclient/version_info"), {}, QStringLiteral("version_info"),
                [this](const Result<QJsonValue> &result) { onVersion(result); });
}

void OdooClient::onVersion(const Result<QJsonValue> &result)
{
    if (!result) {
        connectionDone(result.error());
        return;
    }
    Result<OdooVersion> version = OdooVersion::fromVersionInfo(result.value().toObject());
    if (!version) {
        connectionDone(version.error());
        return;
    }
    m_version = version.value();
    m_versionInfo = result.value().toObject();
    m_api = m_settings.api;
    if (m_api == Api::Auto) {
        const bool key = m_settings.secretKind == OdooConnectionSettings::SecretKind::ApiKey;
        m_api = m_version->hasJson2() && key ? Api::Json2 : Api::JsonRpc;
    }
    if (m_api == Api::Json2 && !m_version->hasJson2()) {
        connectionDone(Error(Error::Category::Config,
                             tr("This Odoo (%1) has no JSON-2 API; it arrived with Odoo 19. Use JSON-RPC.")
                                 .arg(m_version->text()))
                           .setCode(QStringLiteral("odoo.json2_unavailable")));
        return;
    }
    authenticate();
}

void OdooClient::authenticate()
{
    const auto done = [this](const Result<QJsonValue> &result) {
        onAuthenticated(result);
    };
    switch (m_api) {
    case Api::Json2: {
        NetworkJob *job =
            post(QStringLiteral("/json/2/res.users/context_get"), QByteArrayLiteral("{}"),
                 QStringLiteral("res.users.context_get"), NetworkJob::newCorrelationId(), 0, true, true);
        connect(job, &NetworkJob::finished, this, [this, job, done] {
            job->deleteLater();
            bool expired = false;
            done(decode(*job, {}, true, &expired));
        });
        return;
    }
    case Api::WebSession:
        sendJsonRpc(QStringLiteral("/web/session/authenticate"),
                    { { QStringLiteral("db"), m_settings.database },
                      { QStringLiteral("login"), m_settings.login },
                      { QStringLiteral("password"), m_settings.secret } },
                    QStringLiteral("session.authenticate"), done);
        return;
    case Api::JsonRpc:
    case Api::Auto:
        sendJsonRpc(
            kJsonRpc,
            { { QStringLiteral("service"), QStringLiteral("common") },
              { QStringLiteral("method"), QStringLiteral("authenticate") },
              { QStringLiteral("args"),
                QJsonArray { m_settings.database, m_settings.login, m_settings.secret, QJsonObject() } } },
            QStringLiteral("common.authenticate"), done);
        return;
    }
}

void OdooClient::onAuthenticated(const Result<QJsonValue> &result)
{
    if (!result) {
        connectionDone(result.error());
        return;
    }
    const Error refused = Error(Error::Category::Auth,
                                tr("Odoo refused the login. Check the user, and the password or API key."),
                                tr("authentication returned no user id"))
                              .setCode(QStringLiteral("odoo.login_refused"));
    const QJsonValue value = result.value();
    if (m_api == Api::Json2 || m_api == Api::WebSession) {
        const QJsonObject info = value.toObject();
        if (!info.value(QStringLiteral("uid")).isDouble()) {
            connectionDone(m_api == Api::WebSession ? Error(Error::Category::Auth,
                                                            tr("Odoo needs a second factor for this user; "
                                                               "use an API key with JSON-RPC instead."),
                                                            tr("session/authenticate returned uid null"))
                                                          .setCode(QStringLiteral("odoo.two_factor"))
                                                    : refused);
            return;
        }
        m_uid = static_cast<qint64>(info.value(QStringLiteral("uid")).toDouble());
        onContext(m_api == Api::WebSession ? QJsonValue(info.value(QStringLiteral("user_context"))) : value);
        return;
    }
    if (!value.isDouble()) {
        connectionDone(refused);
        return;
    }
    m_uid = static_cast<qint64>(value.toDouble());
    OdooInvocation contextGet;
    contextGet.model = QStringLiteral("res.users");
    contextGet.method = QStringLiteral("context_get");
    sendJsonRpc(kJsonRpc,
                OdooRpcCodec::executeKw(m_settings.database, m_uid, m_settings.secret, contextGet, {}),
                contextGet.label(), [this](const Result<QJsonValue> &context) { onContext(context); });
}

void OdooClient::onContext(const Result<QJsonValue> &result)
{
    if (!result) {
        connectionDone(result.error());
        return;
    }
    const QJsonObject user = result.value().toObject();
    QJsonObject context;
    context.insert(QStringLiteral("lang"),
                   m_settings.lang.isEmpty()
                       ? user.value(QStringLiteral("lang")).toString(QStringLiteral("en_US"))
                       : m_settings.lang);
    const QJsonValue tz =
        m_settings.tz.isEmpty() ? user.value(QStringLiteral("tz")) : QJsonValue(m_settings.tz);
    context.insert(QStringLiteral("tz"), tz.isString() ? tz : QJsonValue(false));
    context.insert(QStringLiteral("uid"), static_cast<double>(m_uid));
    if (!m_settings.companyIds.isEmpty()) {
        QJsonArray companies;
        for (qint64 company : std::as_const(m_settings.companyIds))
            companies.append(static_cast<double>(company));
        context.insert(QStringLiteral("allowed_company_ids"), companies);
    }
    m_context = context;
    connectionDone(std::nullopt);
}

void OdooClient::connectionDone(const std::optional<Error> &error)
{
    const QList<QPointer<OdooReply>> waiting = std::exchange(m_waiting, {});
    if (error) {
        m_state = State::Idle;
        qCWarning(lcOdoo).noquote()
            << tr("Connecting to Odoo at %1 failed: %2").arg(m_settings.url.host(), error->toString());
        for (const QPointer<OdooReply> &reply : waiting) {
            if (reply)
                reply->finishWithError(*error);
        }
        return;
    }
    const bool first = m_state == State::Connecting;
    m_state = State::Ready;
    if (first) {
        qCInfo(lcOdoo).noquote() << tr("Connected to Odoo %1 at %2 (%3), uid %4")
                                        .arg(m_version->text(), m_settings.url.host(),
                                             OdooConnectionSettings::apiName(m_api))
                                        .arg(m_uid);
        emit connected();
    }
    for (const QPointer<OdooReply> &reply : waiting) {
        if (!reply)
            continue;
        if (reply->m_isConnect)
            reply->finishWithResult(m_versionInfo);
        else
            dispatch(reply);
    }
}

QJsonObject OdooClient::callContext(const OdooCallOptions &options) const
{
    QJsonObject context = m_context;
    if (options.includeArchived)
        context.insert(QStringLiteral("active_test"), false);
    for (auto it = options.context.constBegin(); it != options.context.constEnd(); ++it)
        context.insert(it.key(), it.value());
    return context;
}

void OdooClient::dispatch(OdooReply *reply)
{
    const OdooInvocation &invocation = reply->m_invocation;
    const QJsonObject context = callContext(reply->m_options);
    QString path;
    QByteArray body;
    const bool json2 = m_api == Api::Json2;
    if (json2) {
        path = QStringLiteral("/json/2/%1/%2").arg(invocation.model, invocation.method);
        body = OdooRpcCodec::json2Request(invocation, context);
    } else if (m_api == Api::WebSession) {
        path = QStringLiteral("/web/dataset/call_kw/") + invocation.label();
        body = OdooRpcCodec::jsonRpcRequest(OdooRpcCodec::callKw(invocation, context), m_nextRequestId++);
    } else {
        path = kJsonRpc;
        body = OdooRpcCodec::jsonRpcRequest(
            OdooRpcCodec::executeKw(m_settings.database, m_uid, m_settings.secret, invocation, context),
            m_nextRequestId++);
    }
    NetworkJob *job = post(path, body, invocation.label(), reply->correlationId(), reply->m_options.timeoutMs,
                           json2, invocation.readOnly);
    reply->m_job = job;
    ++reply->m_attempts;
    QPointer<OdooReply> guard(reply);
    connect(job, &NetworkJob::finished, this, [this, guard, job] {
        job->deleteLater();
        if (guard)
            onCallDone(guard, job);
    });
}

void OdooClient::onCallDone(OdooReply *reply, NetworkJob *job)
{
    const bool json2 = m_api == Api::Json2;
    bool expired = false;
    const Result<QJsonValue> result = decode(*job, job->request().url.path(), json2, &expired);
    if (expired && m_api == Api::WebSession && !reply->m_replayed && m_state != State::Idle) {
        // Why: a cookie session can expire between calls; log in once for every waiting call, then replay
        // each once.
        reply->m_replayed = true;
        m_waiting.append(reply);
        if (m_state != State::Reauthenticating) {
            qCInfo(lcOdoo).noquote()
                << tr("[%1] Odoo session expired; logging in again").arg(reply->correlationId());
            m_state = State::Reauthenticating;
            authenticate();
        }
        return;
    }
    completeCall(reply, result, job);
}

void OdooClient::completeCall(OdooReply *reply, const Result<QJsonValue> &result, const NetworkJob *job)
{
    if (!result) {
        reply->finishWithError(result.error(), job->ok() ? job->response().retryAfterMs : std::nullopt);
        return;
    }
    QJsonValue value = result.value();
    if (reply->m_invocation.method == QLatin1String("load")) {
        const QJsonObject load = value.toObject();
        QStringList problems;
        for (const QJsonValue &message : load.value(QStringLiteral("messages")).toArray()) {
            const QJsonObject item = message.toObject();
            if (item.value(QStringLiteral("type")).toString() == QLatin1String("error"))
                problems.append(item.value(QStringLiteral("message")).toString());
        }
        if (!load.value(QStringLiteral("ids")).isArray() || !problems.isEmpty()) {
            reply->finishWithError(
                Error(Error::Category::Validation,
                      problems.isEmpty() ? tr("Odoo refused the import.") : problems.first(),
                      tr("load() messages: %1").arg(problems.join(QStringLiteral(" | "))))
                    .setCode(QStringLiteral("odoo.load_failed")));
            return;
        }
        value = load.value(QStringLiteral("ids"));
    }
    if (reply->m_invocation.unwrapSingle && value.isArray())
        value = value.toArray().first();
    reply->finishWithResult(value);
}

OdooReply *OdooClient::search(const QString &model, const QJsonArray &domain, const OdooSearchOptions &search,
                              const OdooCallOptions &options)
{
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = QStringLiteral("search");
    invocation.readOnly = true;
    invocation.args.append(domain);
    insertIf(invocation.kwargs, "offset", static_cast<double>(search.offset), search.offset > 0);
    insertIf(invocation.kwargs, "limit", static_cast<double>(search.limit), search.limit > 0);
    insertIf(invocation.kwargs, "order", search.order, !search.order.isEmpty());
    invocation.named = invocation.kwargs;
    invocation.named.insert(QStringLiteral("domain"), domain);
    return invoke(std::move(invocation), options);
}

OdooReply *OdooClient::searchRead(const QString &model, const QJsonArray &domain, const QStringList &fields,
                                  const OdooSearchOptions &search, const OdooCallOptions &options)
{
    if (fields.isEmpty()) {
        return failed(model + QStringLiteral(".search_read"),
                      Error(Error::Category::Internal, tr("Reading from Odoo needs a list of fields."),
                            tr("search_read called without fields"))
                          .setCode(QStringLiteral("odoo.fields_missing")));
    }
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = QStringLiteral("search_read");
    invocation.readOnly = true;
    invocation.args.append(domain);
    invocation.kwargs.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    insertIf(invocation.kwargs, "offset", static_cast<double>(search.offset), search.offset > 0);
    insertIf(invocation.kwargs, "limit", static_cast<double>(search.limit), search.limit > 0);
    insertIf(invocation.kwargs, "order", search.order, !search.order.isEmpty());
    invocation.named = invocation.kwargs;
    invocation.named.insert(QStringLiteral("domain"), domain);
    return invoke(std::move(invocation), options);
}

OdooReply *OdooClient::searchReadAfter(const QString &model, const QJsonArray &domain,
                                       const QStringList &fields, qint64 afterId, qint64 limit,
                                       const OdooCallOptions &options)
{
    QJsonArray keyset = domain;
    keyset.append(QJsonArray { QStringLiteral("id"), QStringLiteral(">"), static_cast<double>(afterId) });
    return searchRead(model, keyset, fields, { 0, limit, QStringLiteral("id") }, options);
}

OdooReply *OdooClient::searchCount(const QString &model, const QJsonArray &domain,
                                   const OdooCallOptions &options)
{
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = QStringLiteral("search_count");
    invocation.readOnly = true;
    invocation.args.append(domain);
    invocation.named.insert(QStringLiteral("domain"), domain);
    return invoke(std::move(invocation), options);
}

OdooReply *OdooClient::read(const QString &model, const QList<qint64> &ids, const QStringList &fields,
                            const OdooCallOptions &options)
{
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = QStringLiteral("read");
    invocation.readOnly = true;
    invocation.recordMethod = true;
    for (qint64 id : ids)
        invocation.ids.append(static_cast<double>(id));
    invocation.kwargs.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    invocation.named = invocation.kwargs;
    return invoke(std::move(invocation), options);
}

OdooReply *OdooClient::create(const QString &model, const QJsonObject &values, const OdooCallOptions &options)
{
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = QStringLiteral("create");
    invocation.args.append(values);
    invocation.named.insert(QStringLiteral("vals_list"), QJsonArray { values });
    invocation.unwrapSingle = true;
    return invoke(std::move(invocation), options);
}

OdooReply *OdooClient::createMany(const QString &model, const QJsonArray &valuesList,
                                  const OdooCallOptions &options)
{
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = QStringLiteral("create");
    invocation.args.append(valuesList);
    invocation.named.insert(QStringLiteral("vals_list"), valuesList);
    return invoke(std::move(invocation), options);
}

OdooReply *OdooClient::write(const QString &model, const QList<qint64> &ids, const QJsonObject &values,
                             const OdooCallOptions &options)
{
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = QStringLiteral("write");
    invocation.recordMethod = true;
    for (qint64 id : ids)
        invocation.ids.append(static_cast<double>(id));
    invocation.args.append(values);
    invocation.named.insert(QStringLiteral("vals"), values);
    return invoke(std::move(invocation), options);
}

OdooReply *OdooClient::unlink(const QString &model, const QList<qint64> &ids, const OdooCallOptions &options)
{
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = QStringLiteral("unlink");
    invocation.recordMethod = true;
    for (qint64 id : ids)
        invocation.ids.append(static_cast<double>(id));
    return invoke(std::move(invocation), options);
}

OdooReply *OdooClient::fieldsGet(const QString &model, const QStringList &attributes,
                                 const OdooCallOptions &options)
{
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = QStringLiteral("fields_get");
    invocation.readOnly = true;
    insertIf(invocation.kwargs, "attributes", QJsonArray::fromStringList(attributes), !attributes.isEmpty());
    invocation.named = invocation.kwargs;
    return invoke(std::move(invocation), options);
}

OdooReply *OdooClient::nameSearch(const QString &model, const QString &name, const QJsonArray &domain,
                                  const QString &op, qint64 limit, const OdooCallOptions &options)
{
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = QStringLiteral("name_search");
    invocation.readOnly = true;
    // Why: the domain parameter is `args` up to 17 and `domain` later; positions never changed.
    invocation.args = { name, domain, op, static_cast<double>(limit) };
    invocation.named = { { QStringLiteral("name"), name },
                         { QStringLiteral("domain"), domain },
                         { QStringLiteral("operator"), op },
                         { QStringLiteral("limit"), static_cast<double>(limit) } };
    return invoke(std::move(invocation), options);
}

OdooReply *OdooClient::load(const QString &model, const QStringList &fields, const QList<QStringList> &rows,
                            const OdooCallOptions &options)
{
    QJsonArray data;
    for (const QStringList &row : rows)
        data.append(QJsonArray::fromStringList(row));
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = QStringLiteral("load");
    invocation.args = { QJsonArray::fromStringList(fields), data };
    invocation.named = { { QStringLiteral("fields"), QJsonArray::fromStringList(fields) },
                         { QStringLiteral("data"), data } };
    return invoke(std::move(invocation), options);
}

OdooReply *OdooClient::readGroup(const QString &model, const QJsonArray &domain, const QStringList &fields,
                                 const QStringList &groupby, const OdooGroupOptions &group,
                                 const OdooCallOptions &options)
{
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = QStringLiteral("read_group");
    invocation.readOnly = true;
    invocation.args = { domain, QJsonArray::fromStringList(fields), QJsonArray::fromStringList(groupby) };
    insertIf(invocation.kwargs, "offset", static_cast<double>(group.offset), group.offset > 0);
    insertIf(invocation.kwargs, "limit", static_cast<double>(group.limit), group.limit > 0);
    insertIf(invocation.kwargs, "orderby", group.orderby, !group.orderby.isEmpty());
    invocation.kwargs.insert(QStringLiteral("lazy"), group.lazy);
    invocation.named = invocation.kwargs;
    invocation.named.insert(QStringLiteral("domain"), domain);
    invocation.named.insert(QStringLiteral("fields"), QJsonArray::fromStringList(fields));
    invocation.named.insert(QStringLiteral("groupby"), QJsonArray::fromStringList(groupby));
    return invoke(std::move(invocation), options);
}

OdooReply *OdooClient::callMethod(const QString &model, const QString &method, const QList<qint64> &ids,
                                  const QJsonObject &kwargs, const OdooCallOptions &options)
{
    OdooInvocation invocation;
    invocation.model = model;
    invocation.method = method;
    invocation.recordMethod = !ids.isEmpty();
    for (qint64 id : ids)
        invocation.ids.append(static_cast<double>(id));
    invocation.kwargs = kwargs;
    invocation.named = kwargs;
    return invoke(std::move(invocation), options);
}

} // namespace cw
