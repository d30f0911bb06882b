#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cw {

/// `crosswalkctl match --left A.csv --right B.csv --out M.csv [--map FIELD=COLUMN ...]
/// [--default-country CC] [--explain]`: links the customers of two CSV exports.
///
/// Writes `left_id,right_id,score,decision` (plus `explanation`, JSON, with --explain), one row
/// per proposed link, most probable first; decision is `auto` (at most one per record on each
/// side) or `review`. Progress goes to stderr. Needs no cache.
/// Exit codes: 0 written, 1 a file could not be read or written, 2 bad arguments.
class MatchCommand
{
    Q_DECLARE_TR_FUNCTIONS(cw::MatchCommand)

public:
    static QString name() { return QStringLiteral("match"); }
    static QString summary();
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace cw
