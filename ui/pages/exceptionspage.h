#pragma once

#include "domain/result.h"
#include "kpi/exceptionrunner.h"
#include "widgets/tablepage.h"

#include <QDate>
#include <QFutureWatcher>

#include <functional>

class QAction;
class QKeySequence;
class QPushButton;

namespace cw {

/// Revenue exceptions: each case's rule in words, customer, amount at stake, age, state and owner,
/// with what a person does about them: acknowledge with a reason (Ctrl+K), assign an owner
/// (Ctrl+Shift+A), resolve with a reason (Ctrl+Shift+R), reopen (Ctrl+Shift+O), and run the rules
/// now (Ctrl+Shift+U, on a worker thread). Actions apply to every selected case, each through
/// ExceptionLifecycle, which writes the change and its audit row in one transaction.
class ExceptionsPage : public TablePage
{
    Q_OBJECT

public:
    /// Ages are counted, and the rules run, up to @p today.
    ExceptionsPage(const Database &database, Settings &settings, const QDate &today, QWidget *parent = nullptr);
    ~ExceptionsPage() override;

    /// revenue_exception.id of the selected rows.
    QList<qint64> selectedIds() const;
    /// The name written to the audit log as the actor: the operating-system user.
    static QString actor();

    /// Applies one lifecycle change to each of @p ids; stops at the first error and returns it.
    Result<void> acknowledge(const QList<qint64> &ids, const QString &reason);
    Result<void> assign(const QList<qint64> &ids, const QString &owner);
    Result<void> resolve(const QList<qint64> &ids, const QString &reason);
    Result<void> reopen(const QList<qint64> &ids);

public slots:
    /// Runs every rule on a worker thread; rulesFinished() reports.
    void runRules();

signals:
    void rulesFinished(bool ok, const QString &message);

private:
    QPushButton *addButton(const QString &text, const QKeySequence &key, const QString &tip,
                           void (ExceptionsPage::*slot)());
    void askAcknowledge();
    void askAssign();
    void askResolve();
    void askReopen();
    void finishAction(const Result<void> &result, qsizetype count, const QString &done);
    void rulesDone();
    void updateActions();
    QStringList knownOwners() const;
    Result<void> forEach(const QList<qint64> &ids, const std::function<Result<void>(qint64)> &change);

    const Database &m_database;
    QDate m_today;
    QList<QPushButton *> m_selectionButtons;
    QPushButton *m_runButton = nullptr;
    QFutureWatcher<Result<ExceptionRunner::Summary>> m_runner;
};

} // namespace cw
