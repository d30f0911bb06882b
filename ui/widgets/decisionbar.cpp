#include "decisionbar.h"

#include "cache/auditlog.h"
#include "cachetablemodel.h"
#include "dialogs/customerpickerdialog.h"
#include "matching/mappingservice.h"
#include "messagebanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

DecisionBar::DecisionBar(const Database &database, QWidget *shortcutScope, QWidget *parent)
    : QWidget(parent)
    , m_database(database)
    , m_service(std::make_unique<MappingService>(database, AuditLog::currentActor()))
    , m_row(new QHBoxLayout)
    , m_undo(new QAction(tr("Undo"), shortcutScope))
    , m_redo(new QAction(tr("Redo"), shortcutScope))
    , m_banner(new MessageBanner(this))
{
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo->setShortcuts(QKeySequence::Redo);
    for (QAction *action : { m_undo, m_redo }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        shortcutScope->addAction(action);
    }
    connect(m_undo, &QAction::triggered, this, [this] {
        const QString text = m_undo->toolTip();
        report(m_service->undo(), tr("Undone: %1").arg(text));
    });
    connect(m_redo, &QAction::triggered, this, [this] {
        const QString text = m_redo->toolTip();
        report(m_service->redo(), tr("Redone: %1").arg(text));
    });

    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(6);
    m_row->addStretch(1);
    for (QAction *action : { m_undo, m_redo }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        m_row->addWidget(button);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addLayout(m_row);
    layout->addWidget(m_banner);
    updateHistory();
}

DecisionBar::~DecisionBar() = default;

QToolButton *DecisionBar::addAction(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_row->insertWidget(m_insertAt++, button);
    return button;
}

void DecisionBar::addWidget(QWidget *widget, int stretch)
{
    m_row->insertWidget(m_insertAt++, widget, stretch);
}

bool DecisionBar::report(const Result<qint64> &result, const QString &done)
{
    if (!result) {
        m_banner->showError(result.error());
        updateHistory();
        return false;
    }
    m_banner->showMessage(MessageBanner::Kind::Information, done);
    updateHistory();
    emit changed();
    return true;
}

void DecisionBar::updateHistory()
{
    auto history = m_service->history();
    const MappingService::History h = history.valueOr({});
    m_undo->setEnabled(h.undoId != 0);
    m_redo->setEnabled(h.redoId != 0);
    m_undo->setToolTip(h.undoId != 0 ? h.undoText : tr("Nothing to undo"));
    m_redo->setToolTip(h.redoId != 0 ? h.redoText : tr("Nothing to redo"));
    m_undo->setText(h.undoId != 0 ? tr("Undo %1").arg(h.undoText) : tr("Undo"));
    m_redo->setText(h.redoId != 0 ? tr("Redo %1").arg(h.redoText) : tr("Redo"));
}

void DecisionBar::linkSelectionToSearchedCustomer(const QTableView *view)
{
    const QList<qint64> ids = selectedIds(view);
    if (ids.isEmpty())
        return;
    const QString name = view->currentIndex().siblingAtColumn(0).data().toString();
    CustomerPickerDialog picker(m_database, name, this);
    if (picker.exec() != QDialog::Accepted || picker.selectedCustomer() == 0)
        return;
    report(m_service->linkToCustomer(ids, picker.selectedCustomer()),
           tr("Linked %n record(s).", nullptr, int(ids.size())));
}

QList<qint64> DecisionBar::selectedIds(const QTableView *view)
{
    QModelIndexList rows = view->selectionModel() ? view->selectionModel()->selectedRows() : QModelIndexList();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : rows) {
        const QVariant id = index.data(CacheTableModel::RowIdRole);
        if (id.isValid())
            ids << id.toLongLong();
    }
    return ids;
}

} // namespace cw
