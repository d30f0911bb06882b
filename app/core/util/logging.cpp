#include "logging.h"

namespace cw {
Q_LOGGING_CATEGORY(lcCache, "cw.cache", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCredentials, "cw.credentials", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "cw.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "cw.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOdoo, "cw.odoo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrm, "cw.crm", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStaffing, "cw.staffing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMatching, "cw.matching", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "cw.ui", QtInfoMsg)
} // namespace cw
