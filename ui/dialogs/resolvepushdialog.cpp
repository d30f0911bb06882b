#include "resolvepushdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw {

ResolvePushDialog::ResolvePushDialog(const QString &subject, QWidget *parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
{
    setWindowTitle(tr("Resolve Failed Push"));
    auto *explanation =
        new QLabel(tr("Resolve %1 without sending it to Odoo. Crosswalk will not try it again. "
                      "Say why, for the audit log:")
                       .arg(subject),
                   this);
    explanation->setWordWrap(true);
    m_reason->setEditable(true);
    m_reason->setInsertPolicy(QComboBox::NoInsert);
    m_reason->addItems({ QString(), tr("Invoiced by hand in Odoo"), tr("Billed in another period"),
                         tr("Not billable after all"), tr("Duplicate of another write") });
    m_reason->lineEdit()->setPlaceholderText(tr("Reason"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setMinimumWidth(fontMetrics().averageCharWidth() * 50);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Resolve"));
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QComboBox::currentTextChanged, this,
            [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_reason);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_reason->setFocus();
}

QString ResolvePushDialog::reason() const
{
    return m_reason->currentText().trimmed();
}

void ResolvePushDialog::setReason(const QString &reason)
{
    m_reason->setEditText(reason);
}

} // namespace cw
