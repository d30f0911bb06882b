#pragma once

#include "queryspec.h"

#include <QCoreApplication>
#include <QDate>

namespace cw {

/// The lists of the mapping screens: the review queue of match candidates and the unmatched
/// records with their best near miss.
///
/// Pure functions returning QuerySpec values (see PageQueries for the other pages). Thread
/// affinity: none.
class MatchQueries
{
    Q_DECLARE_TR_FUNCTIONS(cw::MatchQueries)

public:
    /// Filters of the Unmatched page; empty or zero members do not filter.
    struct UnmatchedFilter
    {
        qint64 systemId = 0;
        QString country; ///< as stored on the record (ISO code or name)
        QDate activeSince; ///< last activity on or after this date
        qint64 minValueAtStakeMinor = 0;
        /// Show the records marked "not a customer" instead of the others.
        bool notCustomers = false;
    };

    /// Open candidates in the review or automatic band, most value at stake first.
    static QuerySpec reviewQueue();
    /// Accepted and rejected candidates, most recently decided first.
    static QuerySpec decidedCandidates();
    /// Records without a link, with their best near miss, most value at stake first.
    static QuerySpec unmatchedRecords(const UnmatchedFilter &filter);

    /// SQL over customer alias `c`: unbilled approved time value plus open posted invoices, in
    /// minor units of the record's currency.
    static QString valueAtStakeExpression();
    /// SQL over customer alias `c`: the date of its latest timesheet line, invoice or change.
    static QString lastActivityExpression();
};

} // namespace cw
