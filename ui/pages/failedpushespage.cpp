#include "failedpushespage.h"

#include "cache/auditlog.h"
#include "cache/database.h"
#include "cachetablemodel.h"
#include "dialogs/fixpushdialog.h"
#include "dialogs/resolvepushdialog.h"
#include "failedpushqueries.h"
#include "sync/failedpushactions.h"
#include "sync/failedpushstore.h"
#include "util/clock.h"
#include "util/logging.h"
#include "widgets/failedpushdetail.h"
#include "widgets/messagebanner.h"
#include "widgets/shortcutbutton.h"

#include <QItemSelectionModel>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QToolButton>
#include <QtConcurrent>

namespace cw {

namespace {

// Column of the grouped view holding how many failures share the cause.
constexpr int kGroupCountColumn = 2;

QString queuedMessage(int count)
{
    if (count == 0)
        return FailedPushesPage::tr(
            "Nothing was queued: those writes are already queued, being sent, sent or "
            "resolved.");
    return FailedPushesPage::tr("%n write(s) queued again; the next sync sends them.", nullptr, count);
}

// The failed push ids of every row a view shows with its filter, read with the view's own SQL so
// "all shown" means exactly the rows on screen.
Result<QList<qint64>> shownIds(const Database &database, const QuerySpec &spec, const QString &filter)
{
    const QuerySpec::Statement statement = spec.selectStatement(filter, -1, Qt::AscendingOrder);
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    query.prepare(statement.sql);
    for (const QVariant &value : statement.values)
        query.addBindValue(value);
    if (!query.exec())
        return sqlError(FailedPushesPage::tr("The failed pushes shown could not be read."),
                        query.lastError());
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

// In the grouped view a row stands for every open failure with its cause.
Result<int> retryGroups(const Database &database, const FailedPushActions &actions, const QList<qint64> &ids)
{
    int retried = 0;
    for (qint64 id : ids) {
        auto push = FailedPushStore(database).find(id);
        if (!push)
            return push.error();
        FailedPushFilter filter;
        filter.category = push.value().category;
        filter.fingerprint = push.value().fingerprint;
        auto count = actions.retryMatching(filter);
        if (!count)
            return count.error();
        retried += count.value();
    }
    return retried;
}

} // namespace

FailedPushesPage::FailedPushesPage(const Database &database, Settings &settings, QWidget *parent)
    : TablePage(database, settings, QStringLiteral("failed"), parent)
    , m_database(database)
    , m_detail(new FailedPushDetail(this))
{
    setHeading(
        tr("Failed pushes"),
        tr("Writes to Odoo that did not go through: the reason in plain words, what Odoo said, and how "
           "often. Fix the cause and retry, or resolve with a reason; every action is kept in the audit "
           "log."));
    const QDate today = Clock::system()->today();
    using Rows = FailedPushQueries::Rows;
    setViews(
        { { tr("Open"), FailedPushQueries::list(Rows::Open, today), tr("No failed pushes"),
            tr("When an invoice or customer cannot be written to Odoo, it appears here with the reason, "
               "what Odoo said, and what to do about it.") },
          { tr("Open, grouped by cause"), FailedPushQueries::grouped(today), tr("No failed pushes"),
            tr("Open failures with the same cause are counted together here, so one fix can retry them "
               "all.") },
          { tr("Resolved"), FailedPushQueries::list(Rows::Resolved, today), tr("Nothing resolved yet"),
            tr("Failures resolved by a person, with the reason, and those a later retry fixed (“Resolved "
               "by a later retry”) are kept here.") },
          { tr("All"), FailedPushQueries::list(Rows::All, today), tr("Nothing has failed"),
            tr("Every write to Odoo has gone through so far. Failures and how they were resolved will be "
               "kept here.") } });
    setDetailPanel(m_detail, Qt::Horizontal);

    m_retry = addButton(tr("Retry"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T),
                        tr("Send the selected writes to Odoo again at the next sync"));
    connect(m_retry, &QPushButton::clicked, this, [this] { retry(selectedIds()); });
    m_retryAll = new QToolButton(this);
    m_retryAll->setText(tr("Retry all"));
    m_retryAll->setPopupMode(QToolButton::InstantPopup);
    m_retryAll->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_retryMenu = new QMenu(m_retryAll);
    m_retryAll->setMenu(m_retryMenu);
    m_retryAll->setToolTip(tr("Retry every failure shown, or every failure of one category"));
    connect(m_retryMenu, &QMenu::aboutToShow, this, &FailedPushesPage::buildCategoryMenu);
    auto *retryShownKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T), this);
    retryShownKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(retryShownKey, &QShortcut::activated, this, [this] {
        if (m_retryAll->isEnabled())
            retryShown();
    });
    addToolbarWidget(m_retryAll);
    m_fix =
        addButton(tr("Fix and retry…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X),
                  tr("Link the customer, correct the bill rate or choose the product and tax, then retry"));
    connect(m_fix, &QPushButton::clicked, this, &FailedPushesPage::askFix);
    m_resolve = addButton(tr("Resolve…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                          tr("Close the selected failures without sending them, with a reason"));
    connect(m_resolve, &QPushButton::clicked, this, &FailedPushesPage::askResolve);

    connect(tableView()->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FailedPushesPage::updateActions);
    connect(tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FailedPushesPage::showCurrent);
    connect(model(), &QAbstractItemModel::modelReset, this, &FailedPushesPage::updateActions);
    // Another view lists other rows: the detail of a row from the previous one would mislead.
    connect(model(), &QAbstractItemModel::modelReset, this, [this] {
        if (currentView() != m_shownView) {
            m_shownId = 0;
            m_detail->clear();
        }
    });
    connect(model(), &CacheTableModel::countChanged, this, &FailedPushesPage::updateActions);
    connect(&m_action, &QFutureWatcher<Result<QString>>::finished, this, &FailedPushesPage::actionDone);
    updateActions();
}

FailedPushesPage::~FailedPushesPage()
{
    m_action.waitForFinished();
}

QPushButton *FailedPushesPage::addButton(const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *button = new ShortcutButton(text, key, tip, this);
    addToolbarWidget(button);
    return button;
}

QList<qint64> FailedPushesPage::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : tableView()->selectionModel()->selectedRows()) {
        const QVariant id = row.data(CacheTableModel::RowIdRole);
        if (id.isValid())
            ids << id.toLongLong();
    }
    return ids;
}

void FailedPushesPage::updateActions()
{
    const bool idle = !m_action.isRunning();
    const int selected = int(tableView()->selectionModel()->selectedRows().size());
    const bool retryable = currentView() != ResolvedView;
    const bool single = currentView() != GroupedView;
    m_retry->setEnabled(idle && retryable && selected > 0);
    m_retryAll->setEnabled(idle && retryable && model()->isCountKnown() && model()->totalCount() > 0);
    m_fix->setEnabled(idle && retryable && single && selected == 1);
    m_resolve->setEnabled(idle && retryable && single && selected > 0);
}

void FailedPushesPage::showCurrent()
{
    const QModelIndex current = tableView()->currentIndex();
    const QVariant id =
        current.isValid() ? current.siblingAtColumn(0).data(CacheTableModel::RowIdRole) : QVariant();
    if (!id.isValid()) {
        if (m_shownId == 0)
            m_detail->clear();
        return;
    }
    m_shownId = id.toLongLong();
    m_shownView = currentView();
    // One row by its primary key: quick enough for the GUI thread, unlike the list itself.
    const auto push = FailedPushStore(m_database).find(m_shownId);
    if (!push) {
        m_detail->clear();
        m_detail->banner()->showError(push.error());
        return;
    }
    const int sameCause = currentView() == GroupedView
        ? current.siblingAtColumn(kGroupCountColumn).data(CacheTableModel::RawValueRole).toInt()
        : 0;
    m_detail->setPush(push.value(), sameCause);
}

void FailedPushesPage::buildCategoryMenu()
{
    m_retryMenu->clear();
    QAction *shown = m_retryMenu->addAction(tr("All shown"), this, &FailedPushesPage::retryShown);
    shown->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T));
    FailedPushFilter open;
    // A handful of rows grouped by an index: quick enough while the menu opens.
    const auto groups = FailedPushStore(m_database).groups(open);
    if (!groups)
        return;
    QMap<QString, int> byCategory;
    for (const FailedPushGroup &group : groups.value())
        byCategory[group.category] += group.count;
    if (!byCategory.isEmpty())
        m_retryMenu->addSeparator();
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it) {
        Error::Category known = Error::Category::Internal;
        const QString title =
            Error::categoryFromName(it.key(), &known) ? Error::categoryTitle(known) : it.key();
        const QString category = it.key();
        m_retryMenu->addAction(tr("All open of category “%1” (%2)").arg(title).arg(it.value()), this,
                               [this, category] { retryCategory(category); });
    }
}

void FailedPushesPage::run(const QString &busyText, const Action &action)
{
    if (m_action.isRunning())
        return;
    m_detail->banner()->showMessage(MessageBanner::Kind::Information, busyText);
    const Database *database = &m_database;
    const QString actor = AuditLog::currentActor();
    m_action.setFuture(QtConcurrent::run([database, actor, action] {
        const FailedPushActions actions(*database, actor);
        Result<QString> result = action(actions);
        database->releaseThreadConnection();
        return result;
    }));
    updateActions();
}

void FailedPushesPage::actionDone()
{
    const Result<QString> result = m_action.result();
    if (result) {
        m_detail->banner()->showMessage(MessageBanner::Kind::Information, result.value());
        emit statusMessage(result.value());
    } else {
        qCWarning(lcUi) << "failed push action:" << result.error().toString();
        m_detail->banner()->showError(result.error());
    }
    refresh();
    if (m_shownId != 0) {
        if (const auto push = FailedPushStore(m_database).find(m_shownId))
            m_detail->setPush(push.value());
    }
    updateActions();
    emit actionFinished(result.ok(), result ? result.value() : result.error().userMessage());
}

void FailedPushesPage::retry(const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return;
    const bool grouped = currentView() == GroupedView;
    const Database *database = &m_database;
    run(tr("Queuing %n write(s) again…", nullptr, int(ids.size())),
        [database, ids, grouped](const FailedPushActions &actions) -> Result<QString> {
            const Result<int> count = grouped ? retryGroups(*database, actions, ids) : actions.retry(ids);
            if (!count)
                return count.error();
            return queuedMessage(count.value());
        });
}

void FailedPushesPage::retryShown()
{
    const bool grouped = currentView() == GroupedView;
    const Database *database = &m_database;
    const QuerySpec spec = model()->query();
    const QString filter = model()->filterText();
    run(tr("Queuing every write shown again…"),
        [database, spec, filter, grouped](const FailedPushActions &actions) -> Result<QString> {
            const auto ids = shownIds(*database, spec, filter);
            if (!ids)
                return ids.error();
            const Result<int> count =
                grouped ? retryGroups(*database, actions, ids.value()) : actions.retry(ids.value());
            if (!count)
                return count.error();
            return queuedMessage(count.value());
        });
}

void FailedPushesPage::retryCategory(const QString &category)
{
    run(tr("Queuing the writes of one category again…"),
        [category](const FailedPushActions &actions) -> Result<QString> {
            const auto count = actions.retryCategory(category);
            if (!count)
                return count.error();
            return queuedMessage(count.value());
        });
}

void FailedPushesPage::resolve(const QList<qint64> &ids, const QString &reason)
{
    run(tr("Resolving…"), [ids, reason](const FailedPushActions &actions) -> Result<QString> {
        int resolved = 0;
        for (qint64 id : ids) {
            const auto done = actions.resolve(id, reason);
            // One already resolved (by the pusher, meanwhile) does not stop the others.
            if (!done && done.error().category() != Error::Category::Conflict)
                return done.error();
            resolved += done ? 1 : 0;
        }
        return tr("%n failed push(es) resolved; they will not be sent.", nullptr, resolved);
    });
}

void FailedPushesPage::linkCustomer(qint64 id, qint64 canonicalId)
{
    run(tr("Linking the customer…"), [id, canonicalId](const FailedPushActions &actions) -> Result<QString> {
        const auto done = actions.linkCustomer(id, canonicalId);
        if (!done)
            return done.error();
        return tr("Customer linked; the invoice is queued again for the next sync.");
    });
}

void FailedPushesPage::correctBillRate(qint64 id, qint64 billRateMinor)
{
    run(tr("Correcting the bill rate…"),
        [id, billRateMinor](const FailedPushActions &actions) -> Result<QString> {
            const auto done = actions.correctBillRate(id, billRateMinor);
            if (!done)
                return done.error();
            return tr("Bill rate corrected; the invoice is queued again for the next sync.");
        });
}

void FailedPushesPage::chooseProductTax(qint64 id, const QString &productRef, const QString &taxRef)
{
    run(tr("Storing the product and tax…"),
        [id, productRef, taxRef](const FailedPushActions &actions) -> Result<QString> {
            const auto done = actions.chooseProductTax(id, productRef, taxRef);
            if (!done)
                return done.error();
            return tr("Product and tax stored for every invoice to this Odoo; this one is queued again.");
        });
}

void FailedPushesPage::askResolve()
{
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty())
        return;
    QString subject = tr("%n failed push(es)", nullptr, int(ids.size()));
    if (ids.size() == 1) {
        if (const auto push = FailedPushStore(m_database).find(ids.constFirst())) {
            const QJsonObject &source = push.value().source;
            if (source.contains(QStringLiteral("customer")))
                subject = tr("the write for %1, %2")
                              .arg(source.value(QStringLiteral("customer")).toString(),
                                   source.value(QStringLiteral("period")).toString());
        }
    }
    ResolvePushDialog dialog(subject, this);
    if (dialog.exec() == QDialog::Accepted)
        resolve(ids, dialog.reason());
}

void FailedPushesPage::askFix()
{
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1)
        return;
    const auto push = FailedPushStore(m_database).find(ids.constFirst());
    if (!push) {
        m_detail->banner()->showError(push.error());
        return;
    }
    FixPushDialog dialog(m_database, push.value(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    switch (dialog.fix()) {
    case FailedPushCause::Fix::LinkCustomer:
        linkCustomer(push.value().id, dialog.canonicalId());
        break;
    case FailedPushCause::Fix::CorrectBillRate:
        correctBillRate(push.value().id, dialog.billRateMinor());
        break;
    case FailedPushCause::Fix::ChooseProductTax:
        chooseProductTax(push.value().id, dialog.productRef(), dialog.taxRef());
        break;
    case FailedPushCause::Fix::None:
        break;
    }
}

} // namespace cw
