#pragma once

#include "featurestore.h"
#include "normalisedrecord.h"
#include "paircomparator.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cw {

class FellegiSunterModel;

/// Why a pair got its score: per field, whether the records agreed, partly agreed, disagreed or
/// the value was missing, the level observed and its weight (log2 of m/u, in bits of evidence);
/// the prior and the total.
///
/// A value type. The JSON form is what match_candidate.explanation stores and what the review
/// screen shows next to the two records.
class MatchExplanation
{
    Q_DECLARE_TR_FUNCTIONS(cw::MatchExplanation)

public:
    enum class Outcome { Agree, Partial, Disagree, Missing };

    struct Field
    {
        MatchField field = MatchField::Name;
        int level = 0;
        Outcome outcome = Outcome::Missing;
        double weight = 0; ///< bits of evidence for (+) or against (-) a match
        double similarity = -1; ///< a continuous similarity behind the level, -1 if none
        QString leftValue; ///< normalised value as compared, empty if unknown
        QString rightValue;
    };

    /// Explains the pair (record @p i of @p left, record @p j of @p right) under @p model. The
    /// normalised records, when given, supply readable values for every field; without them only
    /// the values kept in the feature stores are shown.
    static MatchExplanation explain(const FellegiSunterModel &model, const FeatureStore &left, qsizetype i,
                                    const FeatureStore &right, qsizetype j,
                                    const NormalisedRecord *leftRecord = nullptr,
                                    const NormalisedRecord *rightRecord = nullptr);

    const QList<Field> &fields() const { return m_fields; }
    double priorWeight() const { return m_prior; }
    double totalWeight() const { return m_total; }
    double probability() const;

    static QString outcomeKey(Outcome outcome);
    static QString outcomeTitle(Outcome outcome);

    /// {"probability", "weight", "prior", "fields": [{"field", "outcome", "level", "weight", ...}]}
    QJsonObject toJson() const;
    /// One line per field, for the command line: "Name  agree  +9.4  acme staffing | acme staffing".
    QString toText() const;

private:
    QList<Field> m_fields;
    double m_prior = 0;
    double m_total = 0;
};

} // namespace cw
