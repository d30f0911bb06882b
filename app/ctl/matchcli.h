#pragma once

#include "domain/result.h"
#include "matching/matchoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace cw {

/// What the match and dedupe commands share: their common options, --map parsing, progress on
/// stderr and CSV output. Thread affinity: the main thread.
class MatchCli
{
    Q_DECLARE_TR_FUNCTIONS(cw::MatchCli)

public:
    /// Field -> column mappings for one input file.
    using Mapping = QHash<QString, QString>;

    /// Adds --map, --default-country, --auto-threshold, --review-threshold and --threads.
    static void addCommonOptions(QCommandLineParser *parser);

    /// Options from the parsed command line, thresholds defaulting to the user's settings.
    static Result<MatchOptions> options(const QCommandLineParser &parser);

    /// The --map values for the file on side @p side ("left", "right" or empty for the only
    /// input): "FIELD=COLUMN" applies to every file, "SIDE.FIELD=COLUMN" to that side only.
    static Result<Mapping> mapping(const QCommandLineParser &parser, const QString &side);

    /// A progress callback that redraws one line on @p err per stage and percent; the caller ends
    /// the last line when the run returns.
    static std::function<void(MatchStage, qint64, qint64)> progressPrinter(QTextStream &err);

    /// One CSV field, quoted when it holds a comma, quote or line break.
    static QString csvField(const QString &value);
};

} // namespace cw
