#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>
#include <vector>

namespace cw {

class OdooModelDef;
class OdooRecordSource;

/// A parsed Odoo search domain and its evaluation against simulated records.
///
/// Syntax: prefix (Polish) notation with `&`, `|` (arity 2) and `!` (arity 1); consecutive terms
/// are implicitly AND-ed; `[1, "=", 1]` and `[0, "=", 1]` are the true and false leaves.
/// Operators: `=` `!=` `<>` `>` `>=` `<` `<=` `=?` `like` `not like` `ilike` `not ilike` `=like`
/// `=ilike` `not =like` `not =ilike` `in` `not in` `child_of` `parent_of` `any` `not any` (and
/// `any!`/`not any!`, which behave as `any` here since the simulator has no record rules).
/// Semantics follow Odoo 17: `false` stands for NULL (`= false` matches unset values, negative
/// operators also match unset values); a string compared with a many2one matches the related
/// record's display name; x2many fields match when any related record matches; a dotted path
/// `a.b op v` means `a any [(b op v)]`, and with a negative operator on an x2many
/// `a not any [(b positive-op v)]`. Traversals through a many2one ignore `active`; traversals
/// through an x2many skip archived records unless active_test is off.
///
/// Thread affinity: none while parsing; matches() caches per-domain results and must be used from
/// one thread. Build one domain per search.
class OdooDomain
{
    Q_DECLARE_TR_FUNCTIONS(cw::OdooDomain)

public:
    /// Parses @p domain for @p model. Errors use the Odoo exception name as code
    /// ("builtins.ValueError") and Odoo's wording as message, e.g. an unknown field, an unknown
    /// operator or a malformed term.
    static Result<OdooDomain> parse(const QJsonValue &domain, const OdooModelDef &model,
                                    const OdooRecordSource &source);

    OdooDomain();
    ~OdooDomain();
    OdooDomain(OdooDomain &&) noexcept;
    OdooDomain &operator=(OdooDomain &&) noexcept;

    /// True when record @p id of the model satisfies the domain.
    bool matches(const OdooRecordSource &source, qint64 id, const QString &lang, bool activeTest) const;
    /// True when a top-level term (in the flat list, Odoo's test for active_test) is on @p field.
    bool mentions(const QString &field) const;
    bool isEmpty() const;
    /// The [low, high] id range a record must lie in, derived from AND-ed top-level id terms, so
    /// a scan can skip the rest. Unbounded sides are the type limits.
    std::pair<qint64, qint64> idBounds() const;

private:
    struct Node;
    struct Leaf;
    class Parser;

    bool evaluate(int node, const OdooRecordSource &source, qint64 id, const QString &lang,
                  bool activeTest) const;
    bool evaluateLeaf(const Leaf &leaf, const OdooRecordSource &source, qint64 id, const QString &lang,
                      bool activeTest) const;
    bool evaluateRelational(const Leaf &leaf, const OdooRecordSource &source, qint64 id, const QString &lang,
                            bool activeTest) const;
    bool evaluateAny(const Leaf &leaf, const QList<qint64> &related, const OdooRecordSource &source,
                     const QString &lang, bool activeTest) const;
    const QSet<qint64> &hierarchy(const Leaf &leaf, const OdooRecordSource &source,
                                  const QString &lang) const;

    QString m_model;
    std::vector<Node> m_nodes;
    int m_root = -1;
    QSet<QString> m_topLevelFields;
    std::pair<qint64, qint64> m_idBounds;
};

} // namespace cw
