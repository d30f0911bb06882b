#pragma once

#include <QFrame>

class QLabel;

namespace cw {

class Error;

/// An inline message strip for recoverable problems and short notices, shown above the content
/// it concerns instead of a modal dialog. Hidden until a message is set; the technical detail of
/// an Error is available as the tooltip.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Kind { Error, Warning, Information };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text, const QString &detail = {});
    /// Error::userMessage() as text, Error::detail() as tooltip. Problems the user can fix
    /// (configuration, authentication, validation, duplicates) show as warnings, others as errors.
    void showError(const Error &error);
    /// Like showError(), with @p text in place of the error's own message.
    void showError(const Error &error, const QString &text);
    void clear();

    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_label;
    Kind m_kind = Kind::Information;
};

} // namespace cw
