#pragma once

#include "widgets/tablepage.h"

#include <QDate>

namespace cw {

/// Revenue exceptions: revenue at risk with the amount at stake, its age, state and owner.
class ExceptionsPage : public TablePage
{
    Q_OBJECT

public:
    /// Ages are counted up to @p today.
    ExceptionsPage(const Database &database, Settings &settings, const QDate &today,
                   QWidget *parent = nullptr);
};

} // namespace cw
