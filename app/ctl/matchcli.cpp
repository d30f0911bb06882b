#include "matchcli.h"

#include "util/settings.h"

#include <memory>

namespace cw {

namespace {

QString stageTitle(MatchStage stage)
{
    switch (stage) {
    case MatchStage::Normalising:
        return MatchCli::tr("Normalising");
    case MatchStage::Indexing:
        return MatchCli::tr("Indexing");
    case MatchStage::Estimating:
        return MatchCli::tr("Estimating weights");
    case MatchStage::Scoring:
        return MatchCli::tr("Scoring");
    case MatchStage::Deciding:
        return MatchCli::tr("Deciding");
    case MatchStage::Clustering:
        return MatchCli::tr("Clustering");
    }
    return {};
}

Result<double> probability(const QCommandLineParser &parser, const QString &option, double fallback)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const double value = parser.value(option).toDouble(&ok);
    if (!ok || value < 0.0 || value > 1.0)
        return Error(Error::Category::Validation,
                     MatchCli::tr("--%1 needs a probability between 0 and 1, not \"%2\".")
                         .arg(option, parser.value(option)));
    return value;
}

} // namespace

void MatchCli::addCommonOptions(QCommandLineParser *parser)
{
    parser->addOption(
        { QStringLiteral("map"),
          tr("Read FIELD from COLUMN (repeatable). FIELD is one of %1; prefix it with left. or "
             "right. to map one file only.")
              .arg(QStringLiteral("id, name, legal_form, street, postcode, city, country, phone, "
                                  "email, website, vat, registry_id")),
          tr("FIELD=COLUMN") });
    parser->addOption({ QStringLiteral("default-country"),
                        tr("Country (ISO code) for phone numbers and addresses of records without one."),
                        tr("CC") });
    parser->addOption({ QStringLiteral("auto-threshold"),
                        tr("Probability from which pairs link automatically (default: the settings, %1).")
                            .arg(Settings().autoLinkThreshold()),
                        tr("P") });
    parser->addOption({ QStringLiteral("review-threshold"),
                        tr("Probability from which pairs go to review (default: the settings, %1).")
                            .arg(Settings().reviewThreshold()),
                        tr("P") });
    parser->addOption({ QStringLiteral("threads"), tr("Worker threads (default: all cores)."), tr("N") });
}

Result<MatchOptions> MatchCli::options(const QCommandLineParser &parser)
{
    MatchOptions options;
    const Settings settings;
    const Result<double> autoThreshold =
        probability(parser, QStringLiteral("auto-threshold"), settings.autoLinkThreshold());
    if (!autoThreshold)
        return autoThreshold.error();
    const Result<double> review = probability(parser, QStringLiteral("review-threshold"),
                                              std::min(settings.reviewThreshold(), autoThreshold.value()));
    if (!review)
        return review.error();
    if (review.value() > autoThreshold.value())
        return Error(Error::Category::Validation,
                     tr("The review threshold must not exceed the auto threshold."));
    options.autoThreshold = autoThreshold.value();
    options.reviewThreshold = review.value();
    options.keepThreshold = std::min(options.keepThreshold, options.reviewThreshold);
    const QString country = parser.value(QStringLiteral("default-country")).trimmed().toUpper();
    if (!country.isEmpty() && (country.size() != 2 || !country.at(0).isLetter() || !country.at(1).isLetter()))
        return Error(
            Error::Category::Validation,
            tr("--default-country needs a two-letter ISO code such as DE, not \"%1\".").arg(country));
    options.defaultCountry = country;
    if (parser.isSet(QStringLiteral("threads"))) {
        bool ok = false;
        options.threads = parser.value(QStringLiteral("threads")).toInt(&ok);
        if (!ok || options.threads < 1)
            return Error(Error::Category::Validation, tr("--threads needs a positive number."));
    }
    return options;
}

Result<MatchCli::Mapping> MatchCli::mapping(const QCommandLineParser &parser, const QString &side)
{
    Mapping out;
    for (const QString &entry : parser.values(QStringLiteral("map"))) {
        const qsizetype equals = entry.indexOf(QLatin1Char('='));
        if (equals <= 0 || equals == entry.size() - 1)
            return Error(Error::Category::Validation, tr("--map needs FIELD=COLUMN, not \"%1\".").arg(entry));
        QString field = entry.left(equals).trimmed();
        const qsizetype dot = field.indexOf(QLatin1Char('.'));
        if (dot > 0) {
            const QString prefix = field.left(dot);
            if (prefix != QLatin1String("left") && prefix != QLatin1String("right"))
                return Error(Error::Category::Validation,
                             tr("--map prefixes are left. and right., not \"%1.\".").arg(prefix));
            if (prefix != side)
                continue;
            field = field.mid(dot + 1);
        }
        out.insert(field, entry.mid(equals + 1).trimmed());
    }
    return out;
}

std::function<void(MatchStage, qint64, qint64)> MatchCli::progressPrinter(QTextStream &err)
{
    auto last = std::make_shared<std::pair<int, int>>(-1, -1);
    return [&err, last](MatchStage stage, qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (last->first == int(stage) && last->second == percent)
            return;
        if (last->first >= 0 && last->first != int(stage))
            err << Qt::endl;
        *last = { int(stage), percent };
        err << QStringLiteral("\r%1 %2%").arg(stageTitle(stage)).arg(percent, 3) << Qt::flush;
    };
}

QString MatchCli::csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"'))
        && !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    return QLatin1Char('"') + QString(value).replace(QStringLiteral("\""), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

} // namespace cw
