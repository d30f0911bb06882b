#pragma once

#include "exceptionrule.h"

#include <vector>

namespace cw {

/// The revenue exception rules Crosswalk knows, in the order lists and chart legends show them.
///
/// The rules are stateless singletons that live for the whole program; the pointers stay valid.
/// Safe from any thread.
class ExceptionRuleSet
{
public:
    static const std::vector<const ExceptionRule *> &all();
    /// The rule with @p id; null when unknown (rows written by an older or newer version).
    static const ExceptionRule *find(const QString &id);
    /// The rule's title, or @p id itself when unknown.
    static QString title(const QString &id);
};

} // namespace cw
