#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace cw {

/// The x2many command triples Odoo accepts when writing one2many and many2many fields, always in
/// the full numeric form `[code, id, value]` (short forms are not accepted by every version).
/// Combine several in one array: `{ OdooCommand::link(3), OdooCommand::create({...}) }`.
/// Stateless; thread-safe.
class OdooCommand
{
public:
    /// `[0, 0, vals]`: create a related record and link it.
    static QJsonArray create(const QJsonObject &vals);
    /// `[1, id, vals]`: write on a linked record.
    static QJsonArray update(qint64 id, const QJsonObject &vals);
    /// `[2, id, 0]`: delete the related record.
    static QJsonArray remove(qint64 id);
    /// `[3, id, 0]`: remove the link only.
    static QJsonArray unlink(qint64 id);
    /// `[4, id, 0]`: link an existing record.
    static QJsonArray link(qint64 id);
    /// `[5, 0, 0]`: remove every link.
    static QJsonArray clear();
    /// `[6, 0, ids]`: replace the links by @p ids.
    static QJsonArray set(const QList<qint64> &ids);
    /// Wraps commands into the list a field value expects.
    static QJsonArray list(std::initializer_list<QJsonArray> commands);
};

} // namespace cw
