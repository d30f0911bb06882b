#pragma once

#include "domain/result.h"
#include "sync/failedpush.h"
#include "widgets/tablepage.h"

#include <QFutureWatcher>

#include <functional>

class QKeySequence;
class QMenu;
class QPushButton;
class QToolButton;

namespace cw {

class FailedPushActions;
class FailedPushDetail;

/// Failed pushes: writes to Odoo that did not go through, one per row (open, resolved, all) or
/// grouped by cause, with a detail pane (the business message, Odoo's message verbatim, the
/// source records, attempts and dates) and what a person does about them:
/// Retry the selection (Ctrl+Shift+T), Retry all shown or all of a category (Ctrl+Alt+T),
/// Fix and retry (Ctrl+Shift+X: link the customer, correct the bill rate, choose product and tax),
/// Resolve with a reason (Ctrl+Shift+R), Export CSV. Actions run on a worker thread through
/// FailedPushActions, which audits each change; the outcome shows in the detail pane's banner and
/// in actionFinished(). Lives on the GUI thread; the Database and Settings must outlive it.
class FailedPushesPage : public TablePage
{
    Q_OBJECT

public:
    /// The views, in the order of the view switcher.
    enum ViewIndex { OpenView, GroupedView, ResolvedView, AllView };

    FailedPushesPage(const Database &database, Settings &settings, QWidget *parent = nullptr);
    ~FailedPushesPage() override;

    /// failed_push ids of the selected rows (in the grouped view: of each group's oldest failure).
    QList<qint64> selectedIds() const;
    FailedPushDetail *detail() const { return m_detail; }
    bool isBusy() const { return m_action.isRunning(); }

    /// The actions, each on a worker thread; actionFinished() reports. In the grouped view
    /// retry() retries every open failure of the groups of @p ids.
    void retry(const QList<qint64> &ids);
    /// Every row of the current view that the filter shows.
    void retryShown();
    void retryCategory(const QString &category);
    void resolve(const QList<qint64> &ids, const QString &reason);
    void linkCustomer(qint64 id, qint64 canonicalId);
    void correctBillRate(qint64 id, qint64 billRateMinor);
    void chooseProductTax(qint64 id, const QString &productRef, const QString &taxRef);

signals:
    /// An action ended; @p message says what it did or why it failed, in the user's words.
    void actionFinished(bool ok, const QString &message);

private:
    using Action = std::function<Result<QString>(const FailedPushActions &)>;

    QPushButton *addButton(const QString &text, const QKeySequence &key, const QString &tip);
    void buildCategoryMenu();
    void askResolve();
    void askFix();
    void run(const QString &busyText, const Action &action);
    void actionDone();
    void showCurrent();
    void updateActions();

    const Database &m_database;
    FailedPushDetail *m_detail;
    QPushButton *m_retry = nullptr;
    QToolButton *m_retryAll = nullptr;
    QMenu *m_retryMenu = nullptr;
    QPushButton *m_fix = nullptr;
    QPushButton *m_resolve = nullptr;
    qint64 m_shownId = 0;
    int m_shownView = -1;
    QFutureWatcher<Result<QString>> m_action;
};

} // namespace cw
