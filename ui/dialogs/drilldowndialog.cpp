#include "drilldowndialog.h"

#include "drilldownquery.h"
#include "widgets/tablepage.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw {

namespace {

QString iconOf(DrillDown::Entity entity)
{
    switch (entity) {
    case DrillDown::Entity::RevenueException:
        return QStringLiteral("exceptions");
    case DrillDown::Entity::FailedPush:
        return QStringLiteral("failed");
    case DrillDown::Entity::Customer:
        return QStringLiteral("unmatched");
    case DrillDown::Entity::SyncRun:
        return QStringLiteral("sync");
    default:
        return QStringLiteral("dashboard");
    }
}

} // namespace

DrillDownDialog::DrillDownDialog(const Database &database, Settings &settings, const DrillDown &drill,
                                 const QDate &asOf, QWidget *parent)
    : QDialog(parent)
    , m_list(new TablePage(database, settings, iconOf(drill.entity), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(drill.title);
    m_list->setHeading(drill.title, tr("The records behind this figure of the dashboard, as of %1.")
                                        .arg(QLocale().toString(asOf, QLocale::LongFormat)));
    m_list->setViews({ { tr("Records"), DrillDownQuery::spec(drill, asOf), tr("No records"),
                         tr("Nothing lies behind this figure any more: the cache changed since the dashboard "
                            "was computed. Refresh the dashboard with F5.") } });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 12, 12);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(1040, 620);
}

} // namespace cw
