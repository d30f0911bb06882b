#pragma once

namespace cw {

/// The sections of the main window, in navigation order (Alt+1 opens the first).
enum class PageId { Dashboard, Customers, Unmatched, Sync, FailedPushes, Exceptions, AuditLog, Settings };

} // namespace cw
