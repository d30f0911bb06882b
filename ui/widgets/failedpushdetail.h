#pragma once

#include "sync/failedpush.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace cw {

class MessageBanner;

/// The detail pane of the Failed pushes page: for one failed push, the problem in words, the
/// business message, Odoo's message verbatim, the source records, the attempts and dates, and
/// how it was resolved; above them a banner with the outcome of the last action.
/// A plain view: it shows what it is given and reads nothing itself.
class FailedPushDetail : public QWidget
{
    Q_OBJECT

public:
    explicit FailedPushDetail(QWidget *parent = nullptr);

    /// Shows @p push; @p sameCause > 1 adds how many open failures share its cause (grouped view).
    void setPush(const FailedPush &push, int sameCause = 0);
    /// Shows the hint to select a row.
    void clear();
    MessageBanner *banner() const { return m_banner; }

    /// True while no failed push is shown.
    bool isShowingHint() const;
    /// The texts shown, for tests.
    QString problemText() const;
    QString remoteText() const;
    QString sourceText() const;

private:
    static QString sourceHtml(const QJsonObject &source);

    MessageBanner *m_banner;
    QLabel *m_hint;
    QWidget *m_content;
    QLabel *m_problem;
    QLabel *m_facts;
    QLabel *m_message;
    QPlainTextEdit *m_remote;
    QLabel *m_source;
    QLabel *m_resolution;
};

} // namespace cw
