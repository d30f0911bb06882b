#include "matchcommand.h"

#include "commandline.h"
#include "ctlapp.h"
#include "matchcli.h"
#include "matching/matchengine.h"
#include "matching/matchrecordcsv.h"
#include "matching/recordnormaliser.h"
#include "matching/vectorrecordsource.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QSaveFile>

namespace cw {

namespace {

QString decisionKey(MatchBand band)
{
    return band == MatchBand::Auto ? QStringLiteral("auto") : QStringLiteral("review");
}

Result<std::vector<MatchRecord>> load(const QCommandLineParser &parser, const QString &option,
                                      const QString &side)
{
    const Result<MatchCli::Mapping> mapping = MatchCli::mapping(parser, side);
    if (!mapping)
        return mapping.error();
    return MatchRecordCsv::read(parser.value(option), mapping.value());
}

Result<void> write(const QString &path, const Linkage &linkage, const VectorRecordSource &left,
                   const VectorRecordSource &right, bool explain, const QString &defaultCountry)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Category::Internal, MatchCommand::tr("Cannot write %1.").arg(path),
                     file.errorString());
    QTextStream stream(&file);
    stream << (explain ? "left_id,right_id,score,decision,explanation\n"
                       : "left_id,right_id,score,decision\n");
    const RecordNormaliser normaliser(defaultCountry);
    for (const ScoredPair &pair : linkage.pairs()) {
        if (pair.band == MatchBand::None)
            continue;
        const MatchRecord &l = left.records()[pair.left];
        const MatchRecord &r = right.records()[pair.right];
        stream << MatchCli::csvField(l.id) << ',' << MatchCli::csvField(r.id) << ','
               << QString::number(double(pair.probability), 'f', 4) << ',' << decisionKey(pair.band);
        if (explain) {
            const NormalisedRecord nl = normaliser.normalise(l);
            const NormalisedRecord nr = normaliser.normalise(r);
            const QJsonDocument json(linkage.explain(pair, &nl, &nr).toJson());
            stream << ',' << MatchCli::csvField(QString::fromUtf8(json.toJson(QJsonDocument::Compact)));
        }
        stream << '\n';
    }
    stream.flush();
    if (stream.status() != QTextStream::Ok || !file.commit())
        return Error(Error::Category::Internal, MatchCommand::tr("Cannot write %1.").arg(path),
                     file.errorString());
    return {};
}

} // namespace

QString MatchCommand::summary()
{
    return tr("Link the customers of two CSV files (left_id,right_id,score,decision)");
}

int MatchCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    CommandLine line(name(), summary());
    QCommandLineParser &parser = line.parser();
    parser.addOption({ QStringLiteral("left"), tr("The first CSV file."), tr("A.csv") });
    parser.addOption({ QStringLiteral("right"), tr("The second CSV file."), tr("B.csv") });
    parser.addOption({ QStringLiteral("out"), tr("Where to write the links."), tr("M.csv") });
    parser.addOption({ QStringLiteral("explain"), tr("Add an explanation column (JSON) to every link.") });
    MatchCli::addCommonOptions(&parser);
    if (const std::optional<int> done = line.parse(arguments, out, err))
        return *done;
    for (const char *required : { "left", "right", "out" }) {
        if (parser.value(QString::fromLatin1(required)).isEmpty()) {
            err << tr("--%1 is required. Run crosswalkctl match --help for the options.")
                       .arg(QLatin1String(required))
                << Qt::endl;
            return CtlApp::Usage;
        }
    }
    const Result<MatchOptions> options = MatchCli::options(parser);
    if (!options) {
        err << options.error().userMessage() << Qt::endl;
        return CtlApp::Usage;
    }
    QElapsedTimer timer;
    timer.start();
    Result<std::vector<MatchRecord>> leftRecords =
        load(parser, QStringLiteral("left"), QStringLiteral("left"));
    Result<std::vector<MatchRecord>> rightRecords = leftRecords
        ? load(parser, QStringLiteral("right"), QStringLiteral("right"))
        : Result<std::vector<MatchRecord>>(leftRecords.error());
    for (const auto *loaded : { &leftRecords, &rightRecords }) {
        if (!*loaded) {
            err << loaded->error().toString() << Qt::endl;
            return loaded->error().category() == Error::Category::Validation ? CtlApp::Usage
                                                                             : CtlApp::Failure;
        }
    }
    const VectorRecordSource left(std::move(leftRecords).value());
    const VectorRecordSource right(std::move(rightRecords).value());

    MatchControl control;
    control.progress = MatchCli::progressPrinter(err);
    Result<Linkage> linkage = MatchEngine::link(left, right, options.value(), control);
    err << Qt::endl;
    if (!linkage) {
        err << linkage.error().toString() << Qt::endl;
        return CtlApp::Failure;
    }
    const Result<void> written =
        write(parser.value(QStringLiteral("out")), linkage.value(), left, right,
              parser.isSet(QStringLiteral("explain")), options.value().defaultCountry);
    if (!written) {
        err << written.error().toString() << Qt::endl;
        return CtlApp::Failure;
    }
    const LinkageStatistics &stats = linkage.value().statistics();
    err << tr("%1 x %2 records: %3 automatic links, %4 for review (%5 pairs compared) in %6 s.")
               .arg(left.size())
               .arg(right.size())
               .arg(stats.decision.autoLinks)
               .arg(stats.decision.review)
               .arg(stats.candidatePairs)
               .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
        << Qt::endl;
    return CtlApp::Ok;
}

} // namespace cw
