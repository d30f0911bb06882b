#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace cw {

class Database;

/// One match candidate with both of its records, for the side-by-side comparison: every field
/// of each record as stored, the customer each is linked to, and the explanation the matcher
/// stored (MatchExplanation JSON, or the demo generator's short form {"name": similarity,
/// "vat": "equal" | "different" | "missing", ...}).
///
/// A value type; load() reads through the calling thread's cache connection (a few indexed rows).
class CandidateDetails
{
    Q_DECLARE_TR_FUNCTIONS(cw::CandidateDetails)

public:
    /// How one record field compares with the other record's.
    enum class Verdict { Agree, Partial, Disagree, Missing, Unknown };

    struct Record
    {
        qint64 id = 0; ///< customer.id
        QString systemName;
        QString systemKind;
        QHash<QString, QString> values; ///< column name -> value
        qint64 canonicalId = 0; ///< 0 when not linked
        QString canonicalName;
    };

    /// One row of the comparison: a field, both values, and what the explanation says of it.
    struct Row
    {
        QString field; ///< customer column ("name", "vat", ...)
        QString title;
        QString left;
        QString right;
        Verdict verdict = Verdict::Unknown;
        QString evidence; ///< the explanation's words for it ("Jaro-Winkler ≥ 0.97")
        double weight = 0; ///< bits of evidence, 0 when the explanation gives none
        bool hasWeight = false;
    };

    qint64 id = 0;
    double score = 0;
    QString band;
    QString status;
    qint64 valueAtStakeMinor = 0;
    Record left;
    Record right;
    QJsonObject explanation;

    static Result<CandidateDetails> load(const Database &database, qint64 candidateId);
    /// The best candidate of record @p customerId that is not rejected; 0 when none.
    static Result<qint64> bestCandidateOf(const Database &database, qint64 customerId);

    /// The comparison, one row per customer field in a fixed order.
    QList<Row> rows() const;
};

} // namespace cw
