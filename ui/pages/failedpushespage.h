#pragma once

#include "widgets/tablepage.h"

namespace cw {

/// Failed pushes: writes to Odoo that did not succeed, with the reason and Odoo's own message.
class FailedPushesPage : public TablePage
{
    Q_OBJECT

public:
    FailedPushesPage(const Database &database, Settings &settings, QWidget *parent = nullptr);
};

} // namespace cw
