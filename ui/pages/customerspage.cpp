#include "customerspage.h"

#include "cache/auditlog.h"
#include "cachetablemodel.h"
#include "candidatedetails.h"
#include "matching/cachematchjob.h"
#include "matching/mappingservice.h"
#include "matchqueries.h"
#include "pagequeries.h"
#include "util/logging.h"
#include "util/settings.h"
#include "widgets/decisionbar.h"
#include "widgets/messagebanner.h"
#include "widgets/paircomparisonview.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

namespace {

QString stageTitle(MatchStage stage)
{
    switch (stage) {
    case MatchStage::Normalising:
        return CustomersPage::tr("Reading records…");
    case MatchStage::Indexing:
        return CustomersPage::tr("Indexing…");
    case MatchStage::Estimating:
        return CustomersPage::tr("Learning weights…");
    case MatchStage::Scoring:
        return CustomersPage::tr("Comparing…");
    case MatchStage::Deciding:
    case MatchStage::Clustering:
        break;
    }
    return CustomersPage::tr("Deciding…");
}

QDoubleSpinBox *thresholdBox(double value, const QString &tip, QWidget *parent)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(0.05, 1.0);
    box->setSingleStep(0.01);
    box->setDecimals(2);
    box->setValue(value);
    box->setToolTip(tip);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

CustomersPage::CustomersPage(const Database &database, Settings &settings, QWidget *parent)
    : TablePage(database, settings, QStringLiteral("customers"), parent)
    , m_database(database)
    , m_settings(settings)
    , m_bar(new DecisionBar(database, this, this))
    , m_comparison(new PairComparisonView(this))
    , m_thresholdDelay(new QTimer(this))
    , m_job(new CacheMatchJob(database, this))
{
    setHeading(tr("Customers"),
               tr("One customer across Odoo, the CRM and the staffing platform: the crosswalk links the "
                  "record each system keeps to the customer it belongs to. Review the matches the matcher "
                  "was not sure of; every decision can be undone."));
    createActions();
    m_bar->addWidget(createThresholds());

    // Below the toolbar of the list: the decisions; below the list: the comparison of a match.
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(filterEdit()->parentWidget()) + 1, m_bar);
    m_comparison->setMinimumHeight(260);
    m_comparison->setMaximumHeight(330);
    box->addWidget(m_comparison);

    connect(m_bar, &DecisionBar::changed, this, [this] {
        refresh();
        showCurrentPair();
    });
    connect(m_job, &CacheMatchJob::progress, this, [this](MatchStage stage, qint64 done, qint64 total) {
        m_progress->setRange(0, 100);
        m_progress->setValue(total > 0 ? int(done * 100 / total) : 0);
        m_progress->setFormat(stageTitle(stage) + QStringLiteral(" %p%"));
    });
    connect(m_job, &CacheMatchJob::finished, this, &CustomersPage::matchFinished);
    connect(m_job, &CacheMatchJob::failed, this, &CustomersPage::matchFinished);
    connect(model(), &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        showCurrentPair();
    });
    connect(tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &CustomersPage::updateActions);
    connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersPage::showCurrentPair);
    reloadSystems();
    updateBands();
}

CustomersPage::~CustomersPage() = default;

void CustomersPage::createActions()
{
    const auto make = [this](const QString &text, const QString &tip, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setToolTip(key.isEmpty() ? tip
                                         : tr("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        if (!key.isEmpty()) {
            // Letter keys act only while the list has the focus, so they never eat typed text.
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetShortcut);
            tableView()->addAction(action);
        }
        connect(action, &QAction::triggered, this, slot);
        m_bar->addAction(action);
        return action;
    };
    m_accept = make(tr("Accept"), tr("Link the two records of each selected match"), QKeySequence(Qt::Key_A),
                    &CustomersPage::acceptSelected);
    m_reject = make(tr("Reject"), tr("The selected matches are different customers"), QKeySequence(Qt::Key_R),
                    &CustomersPage::rejectSelected);
    m_merge = make(tr("Merge"), tr("Merge the selected customers into the first one"),
                   QKeySequence(Qt::Key_M), &CustomersPage::mergeSelected);
    m_split =
        make(tr("Split"), tr("Move each selected record out of its customer into a customer of its own"),
             QKeySequence(Qt::Key_S), &CustomersPage::splitSelected);
    m_link = make(tr("Link…"),
                  tr("Link the selected records together, or one record to a customer you search for"),
                  QKeySequence(Qt::Key_L), &CustomersPage::linkSelected);
}

QWidget *CustomersPage::createThresholds()
{
    auto *panel = new QWidget(this);
    auto *row = new QHBoxLayout(panel);
    row->setContentsMargins(16, 0, 0, 0);
    row->setSpacing(6);
    m_autoThreshold =
        thresholdBox(m_settings.autoLinkThreshold(),
                     tr("Matches at or above this score are sure: they link without review"), panel);
    m_reviewThreshold = thresholdBox(m_settings.reviewThreshold(),
                                     tr("Matches at or above this score go to the review queue"), panel);
    m_bands = new QLabel(panel);
    m_bands->setForegroundRole(QPalette::PlaceholderText);
    m_matchButton = new QPushButton(tr("Match now"), panel);
    m_matchButton->setToolTip(tr("Match the customers of all systems again; decisions people made are kept"));
    m_progress = new QProgressBar(panel);
    m_progress->setMaximumWidth(180);
    m_progress->setTextVisible(true);
    m_progress->hide();
    auto *autoLabel = new QLabel(tr("Sure from"), panel);
    autoLabel->setBuddy(m_autoThreshold);
    auto *reviewLabel = new QLabel(tr("Review from"), panel);
    reviewLabel->setBuddy(m_reviewThreshold);
    row->addWidget(autoLabel);
    row->addWidget(m_autoThreshold);
    row->addWidget(reviewLabel);
    row->addWidget(m_reviewThreshold);
    row->addWidget(m_bands);
    row->addSpacing(12);
    row->addWidget(m_matchButton);
    row->addWidget(m_progress);

    m_thresholdDelay->setSingleShot(true);
    m_thresholdDelay->setInterval(250);
    connect(m_thresholdDelay, &QTimer::timeout, this, &CustomersPage::applyThresholds);
    for (QDoubleSpinBox *box : { m_autoThreshold, m_reviewThreshold })
        connect(box, &QDoubleSpinBox::valueChanged, m_thresholdDelay, qOverload<>(&QTimer::start));
    connect(m_matchButton, &QPushButton::clicked, this, &CustomersPage::matchNow);
    return panel;
}

void CustomersPage::reloadSystems()
{
    auto systems = PageQueries::systems(m_database);
    if (!systems)
        qCWarning(lcUi) << "systems for the customer columns:" << systems.error().toString();
    const int current = std::max(currentView(), 0);
    View canonical {
        tr("Customers in the crosswalk"), PageQueries::canonicalCustomers(systems.valueOr({})),
        tr("No customers in the crosswalk yet"),
        tr("A customer appears here once the records your systems keep of it are linked. Matching "
           "links records that clearly belong together; the Unmatched page lists the rest. "
           "Connect your systems in Settings and sync to bring in their customers.")
    };
    View records { tr("All customer records"), PageQueries::customerRecords(), tr("No customer records yet"),
                   tr("The customers of every connected system appear here after its first sync, with the "
                      "customer each one is linked to. Add Odoo, your CRM and your staffing platform in "
                      "Settings.") };
    View review { tr("Review queue"), MatchQueries::reviewQueue(), tr("Nothing to review"),
                  tr("Matches the matcher is not sure of wait here, most value at stake first. Lower the "
                     "review threshold to see less likely matches, or press Match now after a sync.") };
    View decided { tr("Decided matches"), MatchQueries::decidedCandidates(), tr("No decisions yet"),
                   tr("Matches accepted or rejected on the review queue appear here.") };
    setViews({ canonical, records, review, decided });
    setCurrentView(current);
}

void CustomersPage::showUnbilledRecords()
{
    setCurrentView(RecordsView);
    const QuerySpec &spec = model()->query();
    for (int column = 0; column < spec.columns.size(); ++column) {
        if (spec.columns.at(column).kind == QuerySpec::Kind::Minutes) {
            sortBy(column, Qt::DescendingOrder);
            return;
        }
    }
}

void CustomersPage::updateActions()
{
    const int selected = int(DecisionBar::selectedIds(tableView()).size());
    const int view = currentView();
    m_accept->setEnabled(view == ReviewView && selected > 0);
    m_reject->setEnabled(view == ReviewView && selected > 0);
    m_merge->setEnabled(view == CanonicalView && selected > 1);
    m_split->setEnabled(view == RecordsView && selected > 0);
    m_link->setEnabled(view == RecordsView && selected > 0);
    m_comparison->setVisible(view == ReviewView || view == DecidedView);
}

void CustomersPage::showCurrentPair()
{
    if (currentView() != ReviewView && currentView() != DecidedView)
        return;
    const QModelIndex current = tableView()->currentIndex();
    const QVariant id = current.isValid() ? current.data(CacheTableModel::RowIdRole) : QVariant();
    if (!id.isValid()) {
        m_comparison->clear(tr("Select a match in the list to compare its two records."));
        return;
    }
    auto details = CandidateDetails::load(m_database, id.toLongLong());
    if (!details) {
        m_comparison->clear(details.error().userMessage());
        return;
    }
    m_comparison->setDetails(details.value());
}

void CustomersPage::acceptSelected()
{
    const QList<qint64> ids = DecisionBar::selectedIds(tableView());
    if (!ids.isEmpty())
        m_bar->report(m_bar->service().accept(ids), tr("Accepted %n match(es).", nullptr, int(ids.size())));
}

void CustomersPage::rejectSelected()
{
    const QList<qint64> ids = DecisionBar::selectedIds(tableView());
    if (!ids.isEmpty())
        m_bar->report(m_bar->service().reject(ids), tr("Rejected %n match(es).", nullptr, int(ids.size())));
}

void CustomersPage::mergeSelected()
{
    const QList<qint64> ids = DecisionBar::selectedIds(tableView());
    if (ids.size() > 1)
        m_bar->report(m_bar->service().merge(ids),
                      tr("Merged %n customers into one.", nullptr, int(ids.size())));
}

void CustomersPage::splitSelected()
{
    const QList<qint64> ids = DecisionBar::selectedIds(tableView());
    if (!ids.isEmpty())
        m_bar->report(m_bar->service().split(ids),
                      tr("Split %n record(s) out into customers of their own.", nullptr, int(ids.size())));
}

void CustomersPage::linkSelected()
{
    const QList<qint64> ids = DecisionBar::selectedIds(tableView());
    if (ids.size() > 1) {
        m_bar->report(m_bar->service().linkTogether(ids),
                      tr("Linked %n records into one customer.", nullptr, int(ids.size())));
        return;
    }
    m_bar->linkSelectionToSearchedCustomer(tableView());
}

void CustomersPage::applyThresholds()
{
    double autoThreshold = m_autoThreshold->value();
    double reviewThreshold = std::min(m_reviewThreshold->value(), autoThreshold);
    m_settings.setAutoLinkThreshold(autoThreshold);
    m_settings.setReviewThreshold(reviewThreshold);
    auto bands = m_bar->service().reband(autoThreshold, reviewThreshold);
    if (!bands) {
        m_bar->banner()->showError(bands.error());
        return;
    }
    showBands(bands.value());
    if (currentView() == ReviewView)
        refresh();
}

void CustomersPage::updateBands()
{
    if (auto bands = m_bar->service().bands(m_autoThreshold->value(), m_reviewThreshold->value()))
        showBands(bands.value());
}

void CustomersPage::showBands(const MappingService::Bands &bands)
{
    m_bands->setText(tr("%1 sure, %2 to review")
                         .arg(QLocale().toString(bands.autoBand), QLocale().toString(bands.review)));
}

void CustomersPage::matchNow()
{
    if (m_job->isRunning()) {
        m_job->cancel();
        m_matchButton->setEnabled(false);
        return;
    }
    MatchOptions options;
    options.autoThreshold = m_autoThreshold->value();
    options.reviewThreshold = std::min(m_reviewThreshold->value(), options.autoThreshold);
    m_job->start(options, AuditLog::currentActor());
    m_matchButton->setText(tr("Cancel"));
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Starting…"));
    m_progress->show();
    m_bar->banner()->clear();
}

void CustomersPage::matchFinished()
{
    m_matchButton->setText(tr("Match now"));
    m_matchButton->setEnabled(true);
    m_progress->hide();
    if (m_job->error()) {
        m_bar->banner()->showError(*m_job->error());
        return;
    }
    const CacheMatchJob::Summary &summary = m_job->summary();
    m_bar->banner()->showMessage(
        MessageBanner::Kind::Information,
        tr("Matched %1 records: %2 new links, %3 new customers, %4 matches to review.")
            .arg(QLocale().toString(summary.records), QLocale().toString(summary.linksCreated),
                 QLocale().toString(summary.customersCreated), QLocale().toString(summary.reviewCandidates)));
    m_bar->updateHistory();
    updateBands(); // the run wrote new matches
    refresh();
}

} // namespace cw
