#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cw {

class Database;

/// `crosswalkctl --cache C demo-data [--customers N] [--seed S] [--as-of YYYY-MM-DD]`: fills an
/// empty cache with deterministic demo data (DemoDataGenerator), progress on stderr, rows per
/// table and throughput on stdout. A cache that already holds data is refused.
/// Exit codes: 0 written, 2 bad arguments or a cache that is not empty, 1 writing failed.
/// Thread affinity: the calling thread (its cache connection).
class DemoDataCommand
{
    Q_DECLARE_TR_FUNCTIONS(cw::DemoDataCommand)

public:
    static QString name() { return QStringLiteral("demo-data"); }
    static QString summary();
    /// Runs the command; @p arguments are the words after "demo-data".
    static int run(const Database &database, const QStringList &arguments, QTextStream &out,
                   QTextStream &err);
};

} // namespace cw
