#include "dedupecommand.h"

#include "commandline.h"
#include "ctlapp.h"
#include "matchcli.h"
#include "matching/matchengine.h"
#include "matching/matchrecordcsv.h"
#include "matching/vectorrecordsource.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSaveFile>
#include <QSet>

namespace cw {

namespace {

Result<void> write(const QString &path, const VectorRecordSource &records,
                   const std::vector<quint32> &clusters)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Category::Internal, DedupeCommand::tr("Cannot write %1.").arg(path),
                     file.errorString());
    QTextStream stream(&file);
    stream << "id,cluster_id\n";
    for (size_t i = 0; i < clusters.size(); ++i) {
        stream << MatchCli::csvField(records.records()[i].id) << ','
               << MatchCli::csvField(records.records()[clusters[i]].id) << '\n';
    }
    stream.flush();
    if (stream.status() != QTextStream::Ok || !file.commit())
        return Error(Error::Category::Internal, DedupeCommand::tr("Cannot write %1.").arg(path),
                     file.errorString());
    return {};
}

} // namespace

QString DedupeCommand::summary()
{
    return tr("Find duplicate customers in one CSV file (id,cluster_id)");
}

int DedupeCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine line(name(), summary());
    QCommandLineParser &parser = line.parser();
    parser.addOption({ QStringLiteral("input"), tr("The CSV file."), tr("A.csv") });
    parser.addOption({ QStringLiteral("out"), tr("Where to write the clusters."), tr("C.csv") });
    MatchCli::addCommonOptions(&parser);
    if (const std::optional<int> done = line.parse(arguments, out, err))
        return *done;
    for (const char *required : { "input", "out" }) {
        if (parser.value(QString::fromLatin1(required)).isEmpty()) {
            err << tr("--%1 is required. Run crosswalkctl dedupe --help for the options.")
                       .arg(QLatin1String(required))
                << Qt::endl;
            return CtlApp::Usage;
        }
    }
    const Result<MatchOptions> options = MatchCli::options(parser);
    const Result<MatchCli::Mapping> mapping = MatchCli::mapping(parser, QString());
    if (!options || !mapping) {
        err << (options ? mapping.error() : options.error()).userMessage() << Qt::endl;
        return CtlApp::Usage;
    }
    QElapsedTimer timer;
    timer.start();
    Result<std::vector<MatchRecord>> loaded =
        MatchRecordCsv::read(parser.value(QStringLiteral("input")), mapping.value());
    if (!loaded) {
        err << loaded.error().toString() << Qt::endl;
        return loaded.error().category() == Error::Category::Validation ? CtlApp::Usage : CtlApp::Failure;
    }
    const VectorRecordSource records(std::move(loaded).value());
    MatchControl control;
    control.progress = MatchCli::progressPrinter(err);
    const Result<Deduplication> result = MatchEngine::dedupe(records, options.value(), control);
    err << Qt::endl;
    if (!result) {
        err << result.error().toString() << Qt::endl;
        return CtlApp::Failure;
    }
    const Result<void> written = write(parser.value(QStringLiteral("out")), records, result.value().clusters);
    if (!written) {
        err << written.error().toString() << Qt::endl;
        return CtlApp::Failure;
    }
    const QSet<quint32> distinct(result.value().clusters.begin(), result.value().clusters.end());
    err << tr("%1 records form %2 customers (%3 records are duplicates) in %4 s.")
               .arg(records.size())
               .arg(distinct.size())
               .arg(records.size() - distinct.size())
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return CtlApp::Ok;
}

} // namespace cw
