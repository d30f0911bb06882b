#include "fixpushdialog.h"

#include "cache/database.h"
#include "kpi/currencyconverter.h"
#include "sync/failedpushstore.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

#include <cmath>

namespace cw {

namespace {

// Enough to find a customer by a few letters; the list is not for browsing thousands.
constexpr int kMaxCustomers = 200;
constexpr int kSearchDelayMs = 200;
// The fix of each tab, in tab order.
const QList<FailedPushCause::Fix> kTabFixes { FailedPushCause::Fix::LinkCustomer,
                                              FailedPushCause::Fix::CorrectBillRate,
                                              FailedPushCause::Fix::ChooseProductTax };

} // namespace

FixPushDialog::FixPushDialog(const Database &database, const FailedPush &push, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_push(push)
    , m_currency(push.source.value(QStringLiteral("currency")).toString())
    , m_tabs(new QTabWidget(this))
{
    setWindowTitle(tr("Fix and Retry"));
    m_digits = m_currency.isEmpty() ? 2 : CurrencyConverter::minorDigits(m_currency);
    auto *heading = new QLabel(push.message, this);
    heading->setWordWrap(true);
    heading->setTextFormat(Qt::PlainText);

    // Every fix is offered: the cause names the likeliest, and one failure can need two fixes.
    m_tabs->addTab(createLinkForm(), tr("&Link customer"));
    m_tabs->addTab(createRateForm(), tr("&Bill rate"));
    m_tabs->addTab(createProductTaxForm(), tr("&Product and tax"));
    const FailedPushCause::Fix likeliest = FailedPushCause::fixFor(push);
    m_tabs->setCurrentIndex(std::max(0, int(kTabFixes.indexOf(likeliest))));
    connect(m_tabs, &QTabWidget::currentChanged, this, &FixPushDialog::updateOk);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Fix and Retry"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 84, fontMetrics().height() * 26);
    updateOk();
    if (fix() == FailedPushCause::Fix::LinkCustomer)
        m_search->setFocus();
}

FailedPushCause::Fix FixPushDialog::fix() const
{
    return kTabFixes.value(m_tabs->currentIndex(), FailedPushCause::Fix::None);
}

void FixPushDialog::setFix(FailedPushCause::Fix fix)
{
    m_tabs->setCurrentIndex(std::max(0, int(kTabFixes.indexOf(fix))));
}

QLabel *FixPushDialog::explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

FixPushDialog::~FixPushDialog()
{
    m_searchWatcher.waitForFinished();
}

QWidget *FixPushDialog::createLinkForm()
{
    auto *form = new QWidget(this);
    m_search = new QLineEdit(form);
    m_search->setPlaceholderText(tr("Search customers in Odoo…"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search customers"));
    m_customers = new QListWidget(form);
    m_customers->setAccessibleName(tr("Customers in Odoo"));
    m_customers->setMinimumHeight(fontMetrics().height() * 12);
    m_searchState = new QLabel(form);
    m_searchState->setForegroundRole(QPalette::PlaceholderText);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &FixPushDialog::search);
    connect(&m_searchWatcher, &QFutureWatcher<Result<QList<CustomerLinkTarget>>>::finished, this,
            &FixPushDialog::showCustomers);
    connect(m_customers, &QListWidget::currentRowChanged, this, &FixPushDialog::updateOk);
    connect(m_customers, &QListWidget::itemActivated, this, [this] {
        if (canonicalId() != 0)
            accept();
    });
    // Enter in the search box takes the highlighted customer, so typing a few letters is enough.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (canonicalId() != 0)
            accept();
    });
    auto *layout = new QVBoxLayout(form);
    layout->addWidget(
        explanation(tr("Choose the customer this is, among those that exist in Odoo. Crosswalk links "
                       "them, so this and later invoices go to that partner."),
                    form));
    layout->addWidget(m_search);
    layout->addWidget(m_customers, 1);
    layout->addWidget(m_searchState);
    m_search->setFocus();
    search();
    return form;
}

QWidget *FixPushDialog::createProductTaxForm()
{
    auto *form = new QWidget(this);
    m_product = new QLineEdit(form);
    m_product->setPlaceholderText(tr("Internal reference, for example CONSULTING-HOUR"));
    m_tax = new QLineEdit(form);
    m_tax->setPlaceholderText(tr("Tax name as in Odoo, for example 19% VAT"));
    connect(m_product, &QLineEdit::textChanged, this, &FixPushDialog::updateOk);
    connect(m_tax, &QLineEdit::textChanged, this, &FixPushDialog::updateOk);
    auto *layout = new QFormLayout(form);
    layout->addRow(
        explanation(tr("The Odoo product and sales tax every invoice line of this Odoo system carries, "
                       "as Odoo names them. Empty fields stay as they are."),
                    form));
    layout->addRow(tr("P&roduct:"), m_product);
    layout->addRow(tr("&Tax:"), m_tax);
    return form;
}

QWidget *FixPushDialog::createRateForm()
{
    auto *form = new QWidget(this);
    m_rate = new QDoubleSpinBox(form);
    m_rate->setDecimals(m_digits);
    m_rate->setRange(0.0, 1000000.0);
    m_rate->setSuffix(m_currency.isEmpty() ? tr(" per hour") : tr(" %1 per hour").arg(m_currency));
    m_rate->setSpecialValueText(tr("Enter the rate"));
    connect(m_rate, &QDoubleSpinBox::valueChanged, this, &FixPushDialog::updateOk);
    auto *layout = new QFormLayout(form);
    layout->addRow(
        explanation(tr("The placement's rate per hour. Its approved hours of %1 not yet invoiced are "
                       "billed at it.")
                        .arg(m_push.source.value(QStringLiteral("period")).toString()),
                    form));
    layout->addRow(tr("&Rate:"), m_rate);
    return form;
}

void FixPushDialog::search()
{
    if (m_searchWatcher.isRunning()) {
        m_searchAgain = true;
        return;
    }
    m_searchState->setText(tr("Searching…"));
    const Database *database = &m_database;
    const QString text = m_search->text();
    m_searchWatcher.setFuture(QtConcurrent::run([database, text] {
        auto found = FailedPushStore(*database).linkTargets(text, kMaxCustomers);
        database->releaseThreadConnection();
        return found;
    }));
}

void FixPushDialog::showCustomers()
{
    if (m_searchAgain) {
        m_searchAgain = false;
        search();
        return;
    }
    const auto found = m_searchWatcher.result();
    m_customers->clear();
    if (!found) {
        m_searchState->setText(found.error().userMessage());
        return;
    }
    for (const CustomerLinkTarget &target : found.value()) {
        const QString text = target.odooName.isEmpty() || target.odooName == target.name
            ? tr("%1 (Odoo partner %2)").arg(target.name, target.odooExternalId)
            : tr("%1 (in Odoo: %2, partner %3)").arg(target.name, target.odooName, target.odooExternalId);
        auto *item = new QListWidgetItem(text, m_customers);
        item->setData(Qt::UserRole, target.canonicalId);
    }
    if (m_customers->count() > 0)
        m_customers->setCurrentRow(0);
    m_searchState->setText(found.value().isEmpty()
                               ? tr("No customer in Odoo matches “%1”.").arg(m_search->text())
                               : found.value().size() >= kMaxCustomers
                               ? tr("The first %1 matches; type more to narrow the list.").arg(kMaxCustomers)
                               : tr("%n match(es)", nullptr, int(found.value().size())));
    updateOk();
    emit customersLoaded();
}

qint64 FixPushDialog::canonicalId() const
{
    if (!m_customers || !m_customers->currentItem())
        return 0;
    return m_customers->currentItem()->data(Qt::UserRole).toLongLong();
}

QString FixPushDialog::productRef() const
{
    return m_product ? m_product->text().trimmed() : QString();
}

QString FixPushDialog::taxRef() const
{
    return m_tax ? m_tax->text().trimmed() : QString();
}

qint64 FixPushDialog::billRateMinor() const
{
    return m_rate ? std::llround(m_rate->value() * std::pow(10.0, m_digits)) : 0;
}

void FixPushDialog::updateOk()
{
    switch (fix()) {
    case FailedPushCause::Fix::LinkCustomer:
        m_ok->setEnabled(canonicalId() != 0);
        return;
    case FailedPushCause::Fix::ChooseProductTax:
        m_ok->setEnabled(!productRef().isEmpty() || !taxRef().isEmpty());
        return;
    case FailedPushCause::Fix::CorrectBillRate:
        m_ok->setEnabled(billRateMinor() > 0);
        return;
    case FailedPushCause::Fix::None:
        m_ok->setEnabled(false);
        return;
    }
}

} // namespace cw
