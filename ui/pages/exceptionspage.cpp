#include "exceptionspage.h"

#include "cache/database.h"
#include "cachetablemodel.h"
#include "drilldownquery.h"
#include "kpi/exceptionlifecycle.h"
#include "pagequeries.h"
#include "util/logging.h"
#include "widgets/shortcutbutton.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QtConcurrent>

namespace cw {

namespace {

// The stored rule id becomes the rule's title, with its definition in the header tooltip.
QuerySpec withRulesInWords(QuerySpec spec)
{
    spec.columns[0].labels = DrillDownQuery::ruleLabels();
    spec.columns[0].description = ExceptionsPage::tr("The revenue rule the case breaks");
    return spec;
}

} // namespace

ExceptionsPage::ExceptionsPage(const Database &database, Settings &settings, const QDate &today,
                               QWidget *parent)
    : TablePage(database, settings, QStringLiteral("exceptions"), parent)
    , m_database(database)
    , m_today(today)
{
    setHeading(
        tr("Revenue exceptions"),
        tr("Revenue at risk: approved hours not invoiced, rates that differ between systems, invoices "
           "paid late. Largest amounts first. Acknowledge, assign or resolve the selected cases; every "
           "change is kept in the audit log."));
    setViews(
        { { tr("Unresolved"), withRulesInWords(PageQueries::revenueExceptions(true, today)),
            tr("No open revenue exceptions"),
            tr("When the cache shows revenue at risk, such as approved hours not on an invoice or a bill "
               "rate that differs from the placement, it appears here with the amount at stake and its "
               "owner. Press Run rules now to check the cache again.") },
          { tr("All, including resolved"), withRulesInWords(PageQueries::revenueExceptions(false, today)),
            tr("No revenue exceptions"),
            tr("No revenue has been at risk so far. Exceptions and how they were resolved will be kept "
               "here.") } });

    // The actions get a row of their own under the filter: beside it they left no room for the
    // record count at 1280 pixels.
    auto *actions = new QWidget(this);
    auto *row = new QHBoxLayout(actions);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(8);
    auto *selection = new QLabel(tr("Selected cases:"), actions);
    selection->setForegroundRole(QPalette::PlaceholderText);
    row->addWidget(selection);
    m_selectionButtons << addButton(tr("Acknowledge…"), QKeySequence(Qt::CTRL | Qt::Key_K),
                                    tr("Note that the selected cases are known, with a reason"),
                                    &ExceptionsPage::askAcknowledge)
                       << addButton(tr("Assign…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                                    tr("Give the selected cases an owner"), &ExceptionsPage::askAssign)
                       << addButton(tr("Resolve…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                                    tr("Close the selected cases, with a reason"),
                                    &ExceptionsPage::askResolve)
                       << addButton(tr("Reopen"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O),
                                    tr("Open the selected cases again"), &ExceptionsPage::askReopen);
    for (QPushButton *button : std::as_const(m_selectionButtons))
        row->addWidget(button);
    row->addStretch(1);
    m_runButton = addButton(tr("Run rules now"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U),
                            tr("Check the whole cache against every revenue rule as of today"),
                            &ExceptionsPage::runRules);
    row->addWidget(m_runButton);
    addHeaderWidget(actions);

    connect(tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExceptionsPage::updateActions);
    connect(model(), &QAbstractItemModel::modelReset, this, &ExceptionsPage::updateActions);
    connect(&m_runner, &QFutureWatcher<Result<ExceptionRunner::Summary>>::finished, this,
            &ExceptionsPage::rulesDone);
    updateActions();
}

ExceptionsPage::~ExceptionsPage()
{
    m_runner.waitForFinished();
}

QPushButton *ExceptionsPage::addButton(const QString &text, const QKeySequence &key, const QString &tip,
                                       void (ExceptionsPage::*slot)())
{
    auto *button = new ShortcutButton(text, key, tip, this);
    connect(button, &QPushButton::clicked, this, slot);
    return button;
}

QString ExceptionsPage::actor()
{
    QString name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isEmpty() ? tr("desktop user") : name;
}

QList<qint64> ExceptionsPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : tableView()->selectionModel()->selectedRows()) {
        const QVariant id = row.data(CacheTableModel::RowIdRole);
        if (id.isValid())
            ids << id.toLongLong();
    }
    return ids;
}

void ExceptionsPage::updateActions()
{
    const bool selected = tableView()->selectionModel()->hasSelection();
    for (QPushButton *button : m_selectionButtons)
        button->setEnabled(selected);
}

Result<void> ExceptionsPage::forEach(const QList<qint64> &ids,
                                     const std::function<Result<void>(qint64)> &change)
{
    for (const qint64 id : ids) {
        if (auto changed = change(id); !changed)
            return changed;
    }
    return {};
}

Result<void> ExceptionsPage::acknowledge(const QList<qint64> &ids, const QString &reason)
{
    const ExceptionLifecycle lifecycle(m_database);
    return forEach(ids, [&](qint64 id) { return lifecycle.acknowledge(id, reason, actor()); });
}

Result<void> ExceptionsPage::assign(const QList<qint64> &ids, const QString &owner)
{
    const ExceptionLifecycle lifecycle(m_database);
    return forEach(ids, [&](qint64 id) { return lifecycle.assign(id, owner, actor()); });
}

Result<void> ExceptionsPage::resolve(const QList<qint64> &ids, const QString &reason)
{
    const ExceptionLifecycle lifecycle(m_database);
    return forEach(ids, [&](qint64 id) { return lifecycle.resolve(id, reason, actor()); });
}

Result<void> ExceptionsPage::reopen(const QList<qint64> &ids)
{
    const ExceptionLifecycle lifecycle(m_database);
    return forEach(ids, [&](qint64 id) { return lifecycle.reopen(id, actor()); });
}

void ExceptionsPage::finishAction(const Result<void> &result, qsizetype count, const QString &done)
{
    refresh();
    if (!result) {
        qCWarning(lcUi) << "exception lifecycle:" << result.error().toString();
        QMessageBox::warning(this, tr("Not changed"), result.error().userMessage());
        return;
    }
    emit statusMessage(done.arg(count));
}

void ExceptionsPage::askAcknowledge()
{
    const QList<qint64> ids = selectedIds();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Acknowledge"),
        tr("Why is this known and acceptable for now? (%Ln case(s))", nullptr, int(ids.size())),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !ids.isEmpty())
        finishAction(acknowledge(ids, reason.trimmed()), ids.size(), tr("Acknowledged %1 case(s)."));
}

QStringList ExceptionsPage::knownOwners() const
{
    QStringList owners;
    QSqlQuery query(m_database.connection());
    if (query.exec(
            QStringLiteral("SELECT DISTINCT owner FROM revenue_exception WHERE owner <> '' ORDER BY 1"))) {
        while (query.next())
            owners << query.value(0).toString();
    }
    return owners;
}

void ExceptionsPage::askAssign()
{
    const QList<qint64> ids = selectedIds();
    bool ok = false;
    QStringList owners = knownOwners();
    if (!owners.contains(actor()))
        owners.prepend(actor());
    const QString owner = QInputDialog::getItem(
        this, tr("Assign"), tr("Owner of %Ln case(s) (empty to unassign):", nullptr, int(ids.size())), owners,
        0, true, &ok);
    if (ok && !ids.isEmpty())
        finishAction(assign(ids, owner.trimmed()), ids.size(), tr("Assigned %1 case(s)."));
}

void ExceptionsPage::askResolve()
{
    const QList<qint64> ids = selectedIds();
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Resolve"), tr("How was it resolved? (%Ln case(s))", nullptr, int(ids.size())),
        QLineEdit::Normal, QString(), &ok);
    if (ok && !ids.isEmpty())
        finishAction(resolve(ids, reason.trimmed()), ids.size(), tr("Resolved %1 case(s)."));
}

void ExceptionsPage::askReopen()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        finishAction(reopen(ids), ids.size(), tr("Reopened %1 case(s)."));
}

void ExceptionsPage::runRules()
{
    if (m_runner.isRunning())
        return;
    m_runButton->setEnabled(false);
    m_runButton->setText(tr("Running rules…"));
    RuleContext context;
    context.asOf = m_today;
    m_runner.setFuture(QtConcurrent::run([&database = m_database, context] {
        Result<ExceptionRunner::Summary> summary = ExceptionRunner(database).run(context);
        // Pool threads are reused by unrelated work: do not leave a cache connection behind.
        database.releaseThreadConnection();
        return summary;
    }));
}

void ExceptionsPage::rulesDone()
{
    m_runButton->setEnabled(true);
    m_runButton->setText(tr("Run rules now"));
    const Result<ExceptionRunner::Summary> result = m_runner.result();
    if (!result) {
        qCWarning(lcUi) << "exception rules:" << result.error().toString();
        emit rulesFinished(false, result.error().userMessage());
        QMessageBox::warning(this, tr("Rules did not run"), result.error().userMessage());
        return;
    }
    const ExceptionRunner::Summary &summary = result.value();
    const QString message = tr("Rules checked: %1 cases hold, %2 new, %3 reopened, %4 cleared by themselves.")
                                .arg(summary.found)
                                .arg(summary.opened)
                                .arg(summary.autoReopened)
                                .arg(summary.autoResolved);
    refresh();
    emit statusMessage(message);
    emit rulesFinished(true, message);
}

} // namespace cw
