#pragma once

#include "featurestore.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace cw {

class FellegiSunterModel;

/// The fields a pair of records is compared on; one comparison each in the comparison vector.
enum class MatchField : quint8 { Name, LegalForm, TaxId, Phone, Domain, Address, Country };

/// The comparison kernel: turns a pair of records into a comparison vector, one discrete level
/// per MatchField, packed into 32 bits (a "pattern").
///
/// Levels, best first; the last level of every field is "missing" (a value absent on either
/// side), which carries no evidence:
/// - Name: exact; then the 16 combinations of Jaro-Winkler (>= .97, .92, .85, below) and TF-IDF
///   token cosine (>= .9, .7, .4, below), so the model learns how the two measures interact
///   instead of counting the same evidence twice; missing.
/// - LegalForm: same form, same family, different, missing.
/// - TaxId: VAT body or registration id equal, both present and different, missing.
/// - Phone: same number, same but the last three digits (one switchboard), different, missing.
/// - Domain: a shared organisation domain, different, missing.
/// - Address: locality (postcode equal / city equal / different / missing) x street (same street
///   and number / same street, number missing / same street, other number / other street /
///   missing): 20 levels, the last (both missing) is missing.
/// - Country: same, different, missing.
///
/// compare() reads two FeatureStore rows and allocates nothing. Thread affinity: none.
class PairComparator
{
    Q_DECLARE_TR_FUNCTIONS(cw::PairComparator)

public:
    static constexpr int kFieldCount = 7;

    /// Similarities behind one pattern, for explanations.
    struct Detail
    {
        quint32 pattern = 0;
        double nameJaroWinkler = 0;
        double nameCosine = 0;
        double streetSimilarity = 0;
        double citySimilarity = 0;
    };

    static quint32 compare(const FeatureStore &left, qsizetype i, const FeatureStore &right, qsizetype j);
    /// compare() for the scoring loop, where most candidate pairs are clear non-matches: the
    /// cheap fields (row values) first, then the name, then the address, giving up as soon as
    /// the weight so far plus the best the remaining fields could add under @p model is below
    /// @p floor. Returns the pattern, or nothing when the pair's match weight is surely below
    /// @p floor; the pattern, when given, is exactly compare()'s.
    static std::optional<quint32> compareAbove(const FeatureStore &left, qsizetype i,
                                               const FeatureStore &right, qsizetype j,
                                               const FellegiSunterModel &model, double floor);
    static Detail detail(const FeatureStore &left, qsizetype i, const FeatureStore &right, qsizetype j);

    static int level(quint32 pattern, MatchField field)
    {
        const Layout &l = layout(field);
        return int((pattern >> l.shift) & ((1u << l.bits) - 1));
    }
    static quint32 withLevel(quint32 pattern, MatchField field, int level);
    static int levelCount(MatchField field) { return layout(field).levels; }
    static int missingLevel(MatchField field) { return layout(field).levels - 1; }
    /// How strongly a level agrees, 1 (exact) .. 0 (contradicts; also the missing level); seeds
    /// the EM estimation and classifies explanations.
    static double agreement(MatchField field, int level);

    /// Stable lowercase field name ("name", "tax_id") for JSON and the command line.
    static QString fieldKey(MatchField field);
    /// Field name for people.
    static QString fieldTitle(MatchField field);
    /// A level in words ("Jaro-Winkler ≥ 0.97, cosine 0.7–0.9").
    static QString levelTitle(MatchField field, int level);

    /// TF-IDF cosine of the name tokens of two records.
    static double nameCosine(const FeatureStore &left, qsizetype i, const FeatureStore &right, qsizetype j);

private:
    struct Layout
    {
        int shift;
        int bits;
        int levels;
    };
    static const Layout &layout(MatchField field);
};

} // namespace cw
