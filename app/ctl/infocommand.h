#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cw {

class Database;

/// `crosswalkctl --cache C info`: the cache's path, size, schema version and the row count of
/// every table.
/// Exit codes: 0 printed, 2 bad arguments, 1 the cache could not be read.
/// Thread affinity: the calling thread (its cache connection).
class InfoCommand
{
    Q_DECLARE_TR_FUNCTIONS(cw::InfoCommand)

public:
    static QString name() { return QStringLiteral("info"); }
    static QString summary();
    /// Runs the command; @p arguments are the words after "info".
    static int run(const Database &database, const QStringList &arguments, QTextStream &out,
                   QTextStream &err);
};

} // namespace cw
