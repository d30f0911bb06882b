#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace cw {

/// `crosswalkctl dedupe --input A.csv --out C.csv [--map FIELD=COLUMN ...] [--default-country CC]`:
/// finds records of the same customer inside one CSV export.
///
/// Writes `id,cluster_id` for every input record; records of one customer share the cluster id,
/// which is the id of the cluster's first record in the file. Progress goes to stderr. Needs no
/// cache. Exit codes: 0 written, 1 a file could not be read or written, 2 bad arguments.
class DedupeCommand
{
    Q_DECLARE_TR_FUNCTIONS(cw::DedupeCommand)

public:
    static QString name() { return QStringLiteral("dedupe"); }
    static QString summary();
    static int run(const QStringList &arguments, QTextStream &out, QTextStream &err);
};

} // namespace cw
