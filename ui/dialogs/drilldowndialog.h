#pragma once

#include "kpi/drilldown.h"

#include <QDate>
#include <QDialog>

namespace cw {

class Database;
class Settings;
class TablePage;

/// The records behind a dashboard figure (a tile, a bar segment, a chart point), as a list with
/// the usual filter, sorting and export (CSV, XLSX). Non-modal, so several can stay open side by
/// side with the dashboard; deletes itself when closed. GUI thread only.
class DrillDownDialog : public QDialog
{
    Q_OBJECT

public:
    /// Ages in the list count up to @p asOf.
    DrillDownDialog(const Database &database, Settings &settings, const DrillDown &drill, const QDate &asOf,
                    QWidget *parent = nullptr);

    TablePage *list() const { return m_list; }

private:
    TablePage *m_list;
};

} // namespace cw
