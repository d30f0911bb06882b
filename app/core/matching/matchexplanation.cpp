#include "matchexplanation.h"

#include "countrycodes.h"
#include "fellegisuntermodel.h"
#include "legalforms.h"

#include <QJsonArray>

namespace cw {

namespace {

QString phoneText(quint64 phone)
{
    return phone == 0 ? QString() : QLatin1Char('+') + QString::number(phone);
}

QString text(std::u16string_view chars)
{
    return QString(reinterpret_cast<const QChar *>(chars.data()), qsizetype(chars.size()));
}

QString addressText(const NormalisedRecord &r)
{
    QStringList parts;
    const QString street = QString(r.street() + QLatin1Char(' ') + r.houseNumber).trimmed();
    for (const QString &part : { street, r.postcode, r.city() }) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QStringLiteral(", "));
}

// Readable values of one side: from the normalised record when there is one, else from what the
// feature store keeps (hashes cannot be shown).
QString valueOf(MatchField field, const FeatureStore &store, qsizetype i, const NormalisedRecord *record)
{
    const FeatureStore::Row &row = store.row(i);
    switch (field) {
    case MatchField::Name:
        return record ? record->name() : text(store.name(i));
    case MatchField::LegalForm:
        return LegalForms::code(row.legalForm);
    case MatchField::TaxId:
        return record ? QStringList({ record->vat, record->registryId }).join(QLatin1Char(' ')).trimmed()
                      : QString();
    case MatchField::Phone:
        return phoneText(row.phone);
    case MatchField::Domain:
        return record ? record->domains.join(QStringLiteral(", ")) : QString();
    case MatchField::Address:
        return record ? addressText(*record)
                      : QString(text(store.street(i)) + QLatin1Char(' ') + text(store.city(i))).trimmed();
    case MatchField::Country:
        return CountryCodes::unpack(row.country);
    }
    return {};
}

MatchExplanation::Outcome outcomeOf(MatchField field, int level)
{
    if (level == PairComparator::missingLevel(field))
        return MatchExplanation::Outcome::Missing;
    const double agreement = PairComparator::agreement(field, level);
    if (agreement >= 1.0)
        return MatchExplanation::Outcome::Agree;
    return agreement <= 0.0 ? MatchExplanation::Outcome::Disagree : MatchExplanation::Outcome::Partial;
}

} // namespace

MatchExplanation MatchExplanation::explain(const FellegiSunterModel &model, const FeatureStore &left,
                                           qsizetype i, const FeatureStore &right, qsizetype j,
                                           const NormalisedRecord *leftRecord,
                                           const NormalisedRecord *rightRecord)
{
    MatchExplanation out;
    const PairComparator::Detail detail = PairComparator::detail(left, i, right, j);
    out.m_prior = model.priorWeight();
    out.m_total = model.matchWeight(detail.pattern);
    for (int f = 0; f < PairComparator::kFieldCount; ++f) {
        const auto field = MatchField(f);
        Field entry;
        entry.field = field;
        entry.level = PairComparator::level(detail.pattern, field);
        entry.outcome = outcomeOf(field, entry.level);
        entry.weight = model.weight(field, entry.level);
        entry.leftValue = valueOf(field, left, i, leftRecord);
        entry.rightValue = valueOf(field, right, j, rightRecord);
        if (field == MatchField::Name && entry.outcome != Outcome::Missing)
            entry.similarity = detail.nameJaroWinkler;
        out.m_fields.append(entry);
    }
    return out;
}

double MatchExplanation::probability() const
{
    return FellegiSunterModel::probabilityOfWeight(m_total);
}

QString MatchExplanation::outcomeKey(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Agree:
        return QStringLiteral("agree");
    case Outcome::Partial:
        return QStringLiteral("partial");
    case Outcome::Disagree:
        return QStringLiteral("disagree");
    case Outcome::Missing:
        return QStringLiteral("missing");
    }
    return {};
}

QString MatchExplanation::outcomeTitle(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Agree:
        return tr("agrees");
    case Outcome::Partial:
        return tr("partly agrees");
    case Outcome::Disagree:
        return tr("disagrees");
    case Outcome::Missing:
        return tr("missing");
    }
    return {};
}

QJsonObject MatchExplanation::toJson() const
{
    QJsonArray fields;
    for (const Field &f : m_fields) {
        QJsonObject o { { QStringLiteral("field"), PairComparator::fieldKey(f.field) },
                        { QStringLiteral("outcome"), outcomeKey(f.outcome) },
                        { QStringLiteral("level"), PairComparator::levelTitle(f.field, f.level) },
                        { QStringLiteral("weight"), f.weight },
                        { QStringLiteral("left"), f.leftValue },
                        { QStringLiteral("right"), f.rightValue } };
        if (f.similarity >= 0)
            o.insert(QStringLiteral("similarity"), f.similarity);
        fields.append(o);
    }
    return QJsonObject { { QStringLiteral("probability"), probability() },
                         { QStringLiteral("weight"), m_total },
                         { QStringLiteral("prior"), m_prior },
                         { QStringLiteral("fields"), fields } };
}

QString MatchExplanation::toText() const
{
    QStringList lines;
    for (const Field &f : m_fields) {
        lines << tr("%1: %2 (%3), weight %4: %5 | %6")
                     .arg(PairComparator::fieldTitle(f.field), outcomeTitle(f.outcome),
                          PairComparator::levelTitle(f.field, f.level))
                     .arg(f.weight, 0, 'f', 1)
                     .arg(f.leftValue, f.rightValue);
    }
    lines << tr("prior %1, total weight %2, probability %3")
                 .arg(m_prior, 0, 'f', 1)
                 .arg(m_total, 0, 'f', 1)
                 .arg(probability(), 0, 'f', 4);
    return lines.join(QLatin1Char('\n'));
}

} // namespace cw
