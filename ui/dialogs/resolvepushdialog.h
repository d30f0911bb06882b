#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;

namespace cw {

/// Asks why a failed push is resolved without being retried. The reason goes to the failed push
/// and the audit log; OK stays disabled until one is given. Common reasons are offered, any text
/// may be typed.
class ResolvePushDialog : public QDialog
{
    Q_OBJECT

public:
    /// @p subject says which failure(s) in a sentence, for example "the invoice of Acme for 2026-03".
    explicit ResolvePushDialog(const QString &subject, QWidget *parent = nullptr);

    QString reason() const;
    void setReason(const QString &reason);

private:
    QComboBox *m_reason;
    QPushButton *m_ok;
};

} // namespace cw
