#pragma once

#include <QLoggingCategory>

/// Logging categories, one per module. Enable with QT_LOGGING_RULES="cw.*.debug=true".
/// Never log secrets or full payloads carrying personal data.
namespace cw {
Q_DECLARE_LOGGING_CATEGORY(lcCache)
Q_DECLARE_LOGGING_CATEGORY(lcCredentials)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
Q_DECLARE_LOGGING_CATEGORY(lcOdoo)
Q_DECLARE_LOGGING_CATEGORY(lcCrm)
Q_DECLARE_LOGGING_CATEGORY(lcStaffing)
Q_DECLARE_LOGGING_CATEGORY(lcMatching)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
} // namespace cw
