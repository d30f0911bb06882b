#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>

namespace cw {

class OdooModelDef;

/// Read access to the simulated records, as the domain evaluator and the ORM need it.
///
/// Values use the stored forms: many2one an id or false, x2many an array of ids, translated text
/// in the requested language (falling back to en_US), `false` for anything unset.
/// Thread affinity: the implementation's.
class OdooRecordSource
{
public:
    virtual ~OdooRecordSource() = default;

    /// Null when @p model is unknown.
    virtual const OdooModelDef *modelDef(const QString &model) const = 0;
    virtual bool exists(const QString &model, qint64 id) const = 0;
    /// Every record id of @p model in ascending order, archived ones included.
    virtual QList<qint64> ids(const QString &model) const = 0;
    /// Value of @p field of record @p id; `false` when the record or value is missing.
    virtual QJsonValue value(const QString &model, qint64 id, const QString &field,
                             const QString &lang) const = 0;
    /// Ids of the records of @p model whose many2one @p field points to @p target, or whose
    /// many2many @p field contains it. Ascending.
    virtual QList<qint64> referencing(const QString &model, const QString &field, qint64 target) const = 0;
};

} // namespace cw
