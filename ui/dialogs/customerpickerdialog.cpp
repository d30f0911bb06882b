#include "customerpickerdialog.h"

#include "cachetablemodel.h"
#include "pagequeries.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace cw {

CustomerPickerDialog::CustomerPickerDialog(const Database &database, const QString &recordName, QWidget *parent)
    : QDialog(parent)
    , m_model(new CacheTableModel(database, this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_delay(new QTimer(this))
{
    setWindowTitle(tr("Link to customer"));
    auto *intro = new QLabel(tr("Find the customer that %1 belongs to. Search by any system's name for it.")
                                 .arg(recordName),
                             this);
    intro->setWordWrap(true);
    m_search->setPlaceholderText(tr("Search customers"));
    m_search->setClearButtonEnabled(true);
    m_search->setText(recordName.section(QLatin1Char(' '), 0, 0));

    m_model->setQuery(PageQueries::canonicalCustomers(PageQueries::systems(database).valueOr({})));
    m_model->setFilterText(m_search->text());
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);

    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_delay, &QTimer::timeout, this, [this] { m_model->setFilterText(m_search->text()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Link"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedCustomer() != 0); });
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (selectedCustomer() != 0)
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(760, 460);
}

qint64 CustomerPickerDialog::selectedCustomer() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return 0;
    return rows.first().data(CacheTableModel::RowIdRole).toLongLong();
}

} // namespace cw
