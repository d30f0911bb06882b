#include "infocommand.h"

#include "cache/database.h"
#include "commandline.h"
#include "ctlapp.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace cw {

QString InfoCommand::summary()
{
    return tr("Show the cache's path, schema version and rows per table");
}

int InfoCommand::run(const Database &database, const QStringList &arguments, QTextStream &out,
                     QTextStream &err)
{
    CommandLine line(name(), summary());
    if (const std::optional<int> done = line.parse(arguments, out, err))
        return *done;

    QSqlQuery query(database.connection());
    if (!query.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                           "ORDER BY name"))) {
        err << sqlError(tr("The cache's tables could not be listed."), query.lastError()).toString()
            << Qt::endl;
        return CtlApp::Failure;
    }
    QStringList tables;
    while (query.next())
        tables << query.value(0).toString();

    out << tr("Cache: %1").arg(database.path()) << Qt::endl;
    out << tr("Size: %1 MB").arg(QFileInfo(database.path()).size() / 1048576.0, 0, 'f', 1) << Qt::endl;
    out << tr("Schema version: %1 (this build knows up to %2)")
               .arg(database.schemaVersion())
               .arg(Database::latestSchemaVersion())
        << Qt::endl;
    out << tr("Rows per table:") << Qt::endl;
    for (const QString &table : std::as_const(tables)) {
        // The names come from sqlite_master of this file, quoted as identifiers.
        if (!query.exec(QStringLiteral("SELECT count(*) FROM \"%1\"")
                            .arg(QString(table).replace(QLatin1Char('"'), QStringLiteral("\"\""))))
            || !query.next()) {
            err << sqlError(tr("Table %1 could not be counted.").arg(table), query.lastError()).toString()
                << Qt::endl;
            return CtlApp::Failure;
        }
        out << QStringLiteral("  ") << table.leftJustified(20) << query.value(0).toString().rightJustified(12)
            << Qt::endl;
    }
    return CtlApp::Ok;
}

} // namespace cw
