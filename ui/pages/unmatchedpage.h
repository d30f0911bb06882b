#pragma once

#include "widgets/tablepage.h"

namespace cw {

/// Unmatched: customer records that no crosswalk link places, most unbilled hours first.
class UnmatchedPage : public TablePage
{
    Q_OBJECT

public:
    UnmatchedPage(const Database &database, Settings &settings, QWidget *parent = nullptr);
};

} // namespace cw
