#include "faultspec.h"

#include <array>

namespace cw {

namespace {

enum class Kind { Milliseconds, Seconds, Probability };

struct Key
{
    const char *name;
    Kind kind;
    int FaultSpec::*integer;
    double FaultSpec::*probability;
};

const std::array kKeys {
    Key { "latency_ms", Kind::Milliseconds, &FaultSpec::latencyMs, nullptr },
    Key { "p_5xx", Kind::Probability, nullptr, &FaultSpec::p5xx },
    Key { "p_429", Kind::Probability, nullptr, &FaultSpec::p429 },
    Key { "p_timeout", Kind::Probability, nullptr, &FaultSpec::pTimeout },
    Key { "p_malformed", Kind::Probability, nullptr, &FaultSpec::pMalformed },
    Key { "p_drop_after_commit", Kind::Probability, nullptr, &FaultSpec::pDropAfterCommit },
    Key { "p_serialization", Kind::Probability, nullptr, &FaultSpec::pSerialization },
    Key { "session_ttl_s", Kind::Seconds, &FaultSpec::sessionTtlS, nullptr },
    Key { "retry_after_s", Kind::Seconds, &FaultSpec::retryAfterS, nullptr },
};

const Key *findKey(const QString &name)
{
    for (const Key &key : kKeys) {
        if (name == QLatin1String(key.name))
            return &key;
    }
    return nullptr;
}

QString knownKeys()
{
    QStringList names;
    for (const Key &key : kKeys)
        names.append(QString::fromLatin1(key.name));
    return names.join(QStringLiteral(", "));
}

} // namespace

bool FaultSpec::isEmpty() const
{
    return latencyMs == 0 && totalProbability() == 0 && sessionTtlS == 0;
}

double FaultSpec::totalProbability() const
{
    return p5xx + p429 + pTimeout + pMalformed + pDropAfterCommit + pSerialization;
}

Result<FaultSpec> FaultSpec::parse(const QString &options)
{
    FaultSpec spec;
    const QStringList parts = options.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString name = (equals < 0 ? part : part.left(equals)).trimmed().toLower();
        const QString value = equals < 0 ? QString() : part.mid(equals + 1).trimmed();
        const Key *key = findKey(name);
        if (!key) {
            return Error(Error::Category::Config, tr("Unknown fault option \"%1\".").arg(name),
                         tr("known options: %1").arg(knownKeys()));
        }
        bool ok = false;
        if (key->kind == Kind::Probability) {
            const double p = value.toDouble(&ok);
            if (!ok || p < 0 || p > 1) {
                return Error(Error::Category::Config,
                             tr("Fault option \"%1\" needs a probability between 0 and 1, not \"%2\".")
                                 .arg(name, value));
            }
            spec.*(key->probability) = p;
        } else {
            const int number = value.toInt(&ok);
            if (!ok || number < 0) {
                return Error(Error::Category::Config,
                             tr("Fault option \"%1\" needs a whole number of zero or more, not \"%2\".")
                                 .arg(name, value));
            }
            spec.*(key->integer) = number;
        }
    }
    if (spec.totalProbability() > 1.0 + 1e-9) {
        return Error(Error::Category::Config,
                     tr("The fault probabilities add up to more than 1 in \"%1\".").arg(options));
    }
    return spec;
}

Result<QHash<QString, FaultSpec>> FaultSpec::parseSystems(const QString &text)
{
    QHash<QString, FaultSpec> specs;
    const QStringList parts = text.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &rawPart : parts) {
        const QString part = rawPart.trimmed();
        if (part.isEmpty())
            continue;
        const qsizetype colon = part.indexOf(QLatin1Char(':'));
        const QString system = part.left(colon).trimmed().toLower();
        if (colon <= 0 || system.isEmpty()) {
            return Error(
                Error::Category::Config,
                tr("Fault part \"%1\" must start with a system name and a colon, as in \"odoo:p_5xx=0.1\".")
                    .arg(part));
        }
        if (specs.contains(system))
            return Error(Error::Category::Config, tr("Faults for \"%1\" are given twice.").arg(system));
        Result<FaultSpec> spec = parse(part.mid(colon + 1));
        if (!spec)
            return spec.error();
        specs.insert(system, spec.value());
    }
    return specs;
}

QString FaultSpec::toString() const
{
    const FaultSpec defaults;
    QStringList parts;
    for (const Key &key : kKeys) {
        if (key.kind == Kind::Probability) {
            if (this->*(key.probability) != defaults.*(key.probability))
                parts.append(
                    QStringLiteral("%1=%2").arg(QLatin1String(key.name)).arg(this->*(key.probability)));
        } else if (this->*(key.integer) != defaults.*(key.integer)) {
            parts.append(QStringLiteral("%1=%2").arg(QLatin1String(key.name)).arg(this->*(key.integer)));
        }
    }
    return parts.join(QLatin1Char(','));
}

} // namespace cw
