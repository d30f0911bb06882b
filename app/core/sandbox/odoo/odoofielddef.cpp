#include "odoofielddef.h"

namespace cw {

QString OdooFieldDef::typeName() const
{
    switch (type) {
    case Char:
        return QStringLiteral("char");
    case Text:
        return QStringLiteral("text");
    case Html:
        return QStringLiteral("html");
    case Boolean:
        return QStringLiteral("boolean");
    case Integer:
        return QStringLiteral("integer");
    case Float:
        return QStringLiteral("float");
    case Monetary:
        return QStringLiteral("monetary");
    case Date:
        return QStringLiteral("date");
    case Datetime:
        return QStringLiteral("datetime");
    case Selection:
        return QStringLiteral("selection");
    case Many2one:
        return QStringLiteral("many2one");
    case One2many:
        return QStringLiteral("one2many");
    case Many2many:
        return QStringLiteral("many2many");
    case Json:
        return QStringLiteral("json");
    case Binary:
        return QStringLiteral("binary");
    case Many2oneReference:
        return QStringLiteral("many2one_reference");
    }
    return QStringLiteral("char");
}

} // namespace cw
