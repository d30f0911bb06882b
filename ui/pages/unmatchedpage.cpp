#include "unmatchedpage.h"

#include "cache/database.h"
#include "cachetablemodel.h"
#include "candidatedetails.h"
#include "matching/mappingservice.h"
#include "pagequeries.h"
#include "widgets/decisionbar.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

UnmatchedPage::UnmatchedPage(const Database &database, Settings &settings, QWidget *parent)
    : TablePage(database, settings, QStringLiteral("unmatched"), parent)
    , m_database(database)
    , m_bar(new DecisionBar(database, this, this))
{
    setHeading(tr("Unmatched customers"),
               tr("Customer records that are not linked to any customer in the crosswalk. Their approved "
                  "hours and open invoices cannot be billed or chased in Odoo until they are linked, so the "
                  "most valuable come first, each with the most similar record of another system."));
    createActions();
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    const int toolbar = box->indexOf(filterEdit()->parentWidget());
    box->insertWidget(toolbar + 1, createFilters());
    box->insertWidget(toolbar + 2, m_bar);

    connect(m_bar, &DecisionBar::changed, this, &TablePage::refresh);
    connect(model(), &QAbstractItemModel::modelReset, this, &UnmatchedPage::updateActions);
    connect(tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UnmatchedPage::updateActions);
    reloadFilters();
    applyFilters();
}

QWidget *UnmatchedPage::createFilters()
{
    auto *panel = new QWidget(this);
    auto *row = new QHBoxLayout(panel);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(6);
    m_system = new QComboBox(panel);
    m_country = new QComboBox(panel);
    m_country->setMinimumContentsLength(10);
    m_activity = new QComboBox(panel);
    m_activity->addItem(tr("Any time"), 0);
    m_activity->addItem(tr("Last 30 days"), 30);
    m_activity->addItem(tr("Last 90 days"), 90);
    m_activity->addItem(tr("Last 12 months"), 365);
    m_value = new QSpinBox(panel);
    m_value->setRange(0, 10000000);
    m_value->setSingleStep(1000);
    m_value->setSpecialValueText(tr("Any value"));
    m_value->setToolTip(tr("Only records with at least this much unbilled time and open invoices"));
    m_value->setKeyboardTracking(false);
    const auto labelled = [&](const QString &text, QWidget *widget) {
        auto *label = new QLabel(text, panel);
        label->setBuddy(widget);
        row->addWidget(label);
        row->addWidget(widget);
        row->addSpacing(8);
    };
    labelled(tr("System:"), m_system);
    labelled(tr("Country:"), m_country);
    labelled(tr("Last activity:"), m_activity);
    labelled(tr("Value at stake from:"), m_value);
    row->addStretch(1);
    for (QComboBox *combo : { m_system, m_country, m_activity })
        connect(combo, &QComboBox::activated, this, &UnmatchedPage::applyFilters);
    connect(m_value, &QSpinBox::valueChanged, this, &UnmatchedPage::applyFilters);
    return panel;
}

void UnmatchedPage::createActions()
{
    const auto make = [this](const QString &text, const QString &tip, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(tip);
        connect(action, &QAction::triggered, this, slot);
        m_bar->addAction(action);
        return action;
    };
    m_linkNearMiss = make(tr("Link to near miss"), tr("Link the record to its best near miss (Enter)"),
                          &UnmatchedPage::linkToNearMiss);
    m_linkNearMiss->setShortcut(Qt::Key_Return);
    m_linkNearMiss->setShortcutContext(Qt::WidgetShortcut);
    tableView()->addAction(m_linkNearMiss);
    m_linkToCustomer = make(tr("Link to customer…"), tr("Search for the customer the record belongs to"),
                            &UnmatchedPage::linkToCustomer);
    m_createInOdoo =
        make(tr("Create in Odoo"),
             tr("Queue the creation of this customer as a partner in Odoo; the next sync pushes it"),
             &UnmatchedPage::createInOdoo);
    m_notCustomer = make(tr("Not a customer"),
                         tr("Mark the selected records as not a customer (test accounts, suppliers); they "
                            "leave this list and matching"),
                         &UnmatchedPage::toggleNotCustomer);
}

void UnmatchedPage::reloadFilters()
{
    const QVariant system = m_system->currentData();
    const QString country = m_country->currentData().toString();
    m_system->clear();
    m_system->addItem(tr("All systems"), qint64(0));
    for (const PageQueries::System &s : PageQueries::systems(m_database).valueOr({}))
        m_system->addItem(s.name, s.id);
    m_system->setCurrentIndex(std::max(0, m_system->findData(system)));

    m_country->clear();
    m_country->addItem(tr("All countries"), QString());
    QSqlQuery query(m_database.connection());
    if (query.exec(QStringLiteral("SELECT DISTINCT country FROM customer WHERE country <> '' ORDER BY country"))) {
        while (query.next())
            m_country->addItem(query.value(0).toString(), query.value(0).toString());
    }
    m_country->setCurrentIndex(std::max(0, m_country->findData(country)));
}

MatchQueries::UnmatchedFilter UnmatchedPage::currentFilter(bool notCustomers) const
{
    MatchQueries::UnmatchedFilter filter;
    filter.systemId = m_system->currentData().toLongLong();
    filter.country = m_country->currentData().toString();
    if (const int days = m_activity->currentData().toInt(); days > 0)
        filter.activeSince = QDate::currentDate().addDays(-days);
    // The box counts whole currency units; the cache stores minor units.
    filter.minValueAtStakeMinor = qint64(m_value->value()) * 100;
    filter.notCustomers = notCustomers;
    return filter;
}

void UnmatchedPage::applyFilters()
{
    const int current = std::max(currentView(), 0);
    View unmatched { tr("Unmatched"), MatchQueries::unmatchedRecords(currentFilter(false)),
                     tr("No unmatched records here"),
                     tr("Every customer record that passes the filters belongs to a customer in the crosswalk. "
                        "Records that matching cannot place with confidence appear here after a sync, with the "
                        "value waiting on them.") };
    View notCustomers { tr("Not a customer"), MatchQueries::unmatchedRecords(currentFilter(true)),
                        tr("No records marked as not a customer"),
                        tr("Records marked \"Not a customer\" (test accounts, suppliers, prospects) are kept "
                           "here and take no part in matching.") };
    setViews({ unmatched, notCustomers });
    setCurrentView(current);
}

void UnmatchedPage::updateActions()
{
    const int selected = int(DecisionBar::selectedIds(tableView()).size());
    const bool unmatched = currentView() == UnmatchedView;
    m_linkNearMiss->setEnabled(unmatched && selected > 0);
    m_linkToCustomer->setEnabled(unmatched && selected > 0);
    m_createInOdoo->setEnabled(unmatched && selected == 1);
    m_notCustomer->setEnabled(selected > 0);
    m_notCustomer->setText(unmatched ? tr("Not a customer") : tr("Is a customer"));
}

void UnmatchedPage::linkToNearMiss()
{
    QList<qint64> candidates;
    for (qint64 record : DecisionBar::selectedIds(tableView())) {
        auto best = CandidateDetails::bestCandidateOf(m_database, record);
        if (!best) {
            m_bar->report(best.error(), {});
            return;
        }
        if (best.value() != 0)
            candidates << best.value();
    }
    if (candidates.isEmpty()) {
        m_bar->report(Error(Error::Category::Validation,
                            tr("The selected records have no near miss; link them to a customer found by search.")),
                      {});
        return;
    }
    m_bar->report(m_bar->service().accept(candidates),
                  tr("Linked %n record(s) to their near miss.", nullptr, int(candidates.size())));
}

void UnmatchedPage::linkToCustomer()
{
    m_bar->linkSelectionToSearchedCustomer(tableView());
}

void UnmatchedPage::createInOdoo()
{
    const QList<qint64> ids = DecisionBar::selectedIds(tableView());
    if (ids.size() != 1)
        return;
    m_bar->report(m_bar->service().createInOdoo(ids.first()),
                  tr("Queued: the next sync creates the customer in Odoo. Follow it on the Sync page."));
}

void UnmatchedPage::toggleNotCustomer()
{
    const QList<qint64> ids = DecisionBar::selectedIds(tableView());
    if (ids.isEmpty())
        return;
    const bool mark = currentView() == UnmatchedView;
    m_bar->report(m_bar->service().markNotCustomer(ids, mark),
                  mark ? tr("Marked %n record(s) as not a customer.", nullptr, int(ids.size()))
                       : tr("%n record(s) are customers again.", nullptr, int(ids.size())));
}

} // namespace cw
