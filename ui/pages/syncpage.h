#pragma once

#include "widgets/tablepage.h"

namespace cw {

/// Sync: the history of pulls and pushes with their counts, status and duration.
class SyncPage : public TablePage
{
    Q_OBJECT

public:
    SyncPage(const Database &database, Settings &settings, QWidget *parent = nullptr);
};

} // namespace cw
