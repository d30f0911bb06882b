#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace cw {

/// A parsed record filter of the Bullhorn simulator: the subset of Bullhorn's `/query` JPQL where
/// clauses (comparisons = <> != < <= > >=, AND/OR/NOT with parentheses, IS [NOT] NULL,
/// [NOT] IN (...), dotted to-one paths, epoch-ms and string literals, true/false) and of its
/// `/search` Lucene queries (field:value with * wildcards, field:[a TO b] with * for open ends,
/// AND/OR/NOT, parentheses; terms without an operator are ORed).
///
/// matches() asks a resolver for the value of each dotted path on the record being tested. A
/// plain value; thread-safe for concurrent matches().
class BullhornFilter
{
    Q_DECLARE_TR_FUNCTIONS(cw::BullhornFilter)

public:
    using Resolver = std::function<QJsonValue(const QString &path)>;

    /// An empty text gives a filter matching everything.
    static Result<BullhornFilter> parseWhere(const QString &where);
    static Result<BullhornFilter> parseLucene(const QString &query);

    bool matches(const Resolver &resolve) const;
    /// Every dotted path the filter reads.
    QStringList paths() const;

    struct Node;

private:
    std::shared_ptr<const Node> m_root;
};

} // namespace cw
