#pragma once

#include "widgets/tablepage.h"

namespace cw {

/// Audit log: who changed what and when, with the values before and after (append-only).
class AuditLogPage : public TablePage
{
    Q_OBJECT

public:
    AuditLogPage(const Database &database, Settings &settings, QWidget *parent = nullptr);
};

} // namespace cw
