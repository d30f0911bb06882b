#include "failedcommand.h"

#include "cache/auditlog.h"
#include "commandline.h"
#include "ctlapp.h"
#include "sync/failedpushactions.h"
#include "sync/failedpushcause.h"
#include "sync/failedpushstore.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cw {

namespace {

QString stamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QJsonObject toJson(const FailedPush &push)
{
    return {
        { QStringLiteral("id"), push.id },
        { QStringLiteral("outbox_id"), push.outboxId },
        { QStringLiteral("outbox_state"), push.outboxState },
        { QStringLiteral("system"), push.systemName },
        { QStringLiteral("category"), push.category },
        { QStringLiteral("problem"), FailedPushCause::title(push.category, push.fingerprint) },
        { QStringLiteral("fingerprint"), push.fingerprint },
        { QStringLiteral("message"), push.message },
        { QStringLiteral("remote_message"), push.remoteMessage },
        { QStringLiteral("source"), push.source },
        { QStringLiteral("attempts"), push.attempts },
        { QStringLiteral("occurrences"), push.occurrences },
        { QStringLiteral("first_seen"), stamp(push.firstSeen) },
        { QStringLiteral("last_seen"), stamp(push.lastSeen) },
        { QStringLiteral("state"), push.state },
        { QStringLiteral("resolution"), push.resolution },
        { QStringLiteral("resolved_by"), push.resolvedBy },
        { QStringLiteral("resolved_at"), stamp(push.resolvedAt) },
    };
}

void printText(const QList<FailedPush> &pushes, QTextStream &out)
{
    out << QStringLiteral("%1  %2  %3  %4  %5  %6")
               .arg(FailedCommand::tr("Id").rightJustified(6), FailedCommand::tr("State").leftJustified(8),
                    FailedCommand::tr("Problem").leftJustified(26),
                    FailedCommand::tr("Attempts").rightJustified(8),
                    FailedCommand::tr("Last seen").leftJustified(20), FailedCommand::tr("Message"))
        << Qt::endl;
    for (const FailedPush &p : pushes) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6")
                   .arg(QString::number(p.id).rightJustified(6), p.state.leftJustified(8),
                        FailedPushCause::title(p.category, p.fingerprint).left(26).leftJustified(26),
                        QString::number(p.attempts).rightJustified(8), stamp(p.lastSeen).leftJustified(20),
                        p.message.simplified())
            << Qt::endl;
    }
    out << FailedCommand::tr("%n failed push(es)", nullptr, int(pushes.size())) << Qt::endl;
}

int failure(const Error &error, QTextStream &err)
{
    err << error.userMessage() << Qt::endl;
    return error.category() == Error::Category::Validation ? CtlApp::Usage : CtlApp::Failure;
}

int list(const Database &database, const QCommandLineParser &parser, QTextStream &out, QTextStream &err)
{
    FailedPushFilter filter;
    filter.state =
        parser.isSet(QStringLiteral("all")) ? FailedPushFilter::State::Any : FailedPushFilter::State::Open;
    filter.category = parser.value(QStringLiteral("category"));
    auto pushes = FailedPushStore(database).list(filter);
    if (!pushes)
        return failure(pushes.error(), err);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const FailedPush &push : pushes.value())
            array.append(toJson(push));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented) << Qt::flush;
    } else {
        printText(pushes.value(), out);
    }
    return CtlApp::Ok;
}

int retry(const FailedPushActions &actions, const QCommandLineParser &parser, QTextStream &out,
          QTextStream &err)
{
    const bool all = parser.isSet(QStringLiteral("all"));
    const bool byId = parser.isSet(QStringLiteral("id"));
    const bool byCategory = parser.isSet(QStringLiteral("category"));
    if (int(all) + int(byId) + int(byCategory) != 1) {
        err << FailedCommand::tr("Say what to retry: exactly one of --all, --id N or --category NAME.")
            << Qt::endl;
        return CtlApp::Usage;
    }
    Result<int> retried = 0;
    if (byId) {
        bool number = false;
        const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&number);
        if (!number) {
            err << FailedCommand::tr("--id takes the number of a failed push.") << Qt::endl;
            return CtlApp::Usage;
        }
        retried = actions.retry({ id });
    } else {
        FailedPushFilter filter;
        filter.category = parser.value(QStringLiteral("category"));
        retried = actions.retryMatching(filter);
    }
    if (!retried)
        return failure(retried.error(), err);
    out << FailedCommand::tr("%n write(s) queued again; the next sync pushes them.", nullptr, retried.value())
        << Qt::endl;
    return byId && retried.value() == 0 ? CtlApp::Failure : CtlApp::Ok;
}

int resolve(const FailedPushActions &actions, const QCommandLineParser &parser, QTextStream &out,
            QTextStream &err)
{
    bool number = false;
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&number);
    if (!number || !parser.isSet(QStringLiteral("reason"))) {
        err << FailedCommand::tr("resolve needs --id N and --reason TEXT.") << Qt::endl;
        return CtlApp::Usage;
    }
    if (auto resolved = actions.resolve(id, parser.value(QStringLiteral("reason"))); !resolved)
        return failure(resolved.error(), err);
    out << FailedCommand::tr("Failed push %1 resolved.").arg(id) << Qt::endl;
    return CtlApp::Ok;
}

} // namespace

QString FailedCommand::summary()
{
    return tr("List, retry or resolve failed pushes to Odoo");
}

int FailedCommand::run(const Database &database, const QStringList &arguments, QTextStream &out,
                       QTextStream &err)
{
    CommandLine line(name(),
                     summary() + QStringLiteral("\n\n")
                         + tr("failed list [--all] [--category NAME] [--json]\n"
                              "failed retry (--all | --id N | --category NAME)\n"
                              "failed resolve --id N --reason TEXT"));
    QCommandLineParser &parser = line.parser();
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, retry or resolve"));
    parser.addOptions({
        { QStringLiteral("all"), tr("list: include resolved ones; retry: every open failed push.") },
        { QStringLiteral("id"), tr("The failed push's number."), QStringLiteral("N") },
        { QStringLiteral("category"), tr("Only this category (mapping, validation, auth, network, ...)."),
          QStringLiteral("NAME") },
        { QStringLiteral("reason"), tr("Why the failed push is resolved without a retry."),
          QStringLiteral("TEXT") },
        { QStringLiteral("json"), tr("list: print JSON instead of text.") },
    });
    if (const std::optional<int> done = line.parse(arguments, out, err, true))
        return *done;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (words.size() != 1
        || !QStringList { QStringLiteral("list"), QStringLiteral("retry"), QStringLiteral("resolve") }
                .contains(action)) {
        err << tr("Say list, retry or resolve. Run crosswalkctl failed --help for the options.") << Qt::endl;
        return CtlApp::Usage;
    }
    if (action == QLatin1String("list"))
        return list(database, parser, out, err);
    const FailedPushActions actions(database, AuditLog::currentActor());
    return action == QLatin1String("retry") ? retry(actions, parser, out, err)
                                            : resolve(actions, parser, out, err);
}

} // namespace cw
