#pragma once

#include <QDate>

namespace cw {

/// What revenue exception rules are evaluated against. A plain value.
struct RuleContext
{
    /// Records dated after this UTC day are ignored; ages count up to it.
    QDate asOf;
    /// A failed invoice push becomes an exception once first seen more than this many days
    /// before asOf.
    int failedPushMaxAgeDays = 7;
};

} // namespace cw
