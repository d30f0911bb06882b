#pragma once

#include <QCoreApplication>
#include <QString>

namespace cw {

/// One error type for all of core.
///
/// A value type: cheap to copy, safe to pass between threads. Core never shows an Error to the
/// user itself; it returns it (inside Result) or emits it, and the UI decides whether it becomes
/// an inline banner, a list row or, only when it must block, a dialog.
class Error
{
    Q_DECLARE_TR_FUNCTIONS(cw::Error)

public:
    /// What kind of failure; decides how the UI presents it and whether a retry may help.
    enum class Category {
        Network,
        Timeout,
        Auth,
        RateLimited,
        Validation,
        NotFound,
        Conflict,
        Duplicate,
        Mapping,
        Config,
        Internal,
    };

    Error() = default;
    /// @p userMessage is already translated (tr() at the call site); @p detail is technical text
    /// for logs and "details" panes: status codes, exception names, response excerpts, never secrets.
    Error(Category category, QString userMessage, QString detail = {});

    Category category() const { return m_category; }
    /// True when trying the same operation again later may succeed. Defaults by category
    /// (network, timeout, rate limited) and can be overridden.
    bool isRetryable() const { return m_retryable; }
    Error &setRetryable(bool retryable);
    QString userMessage() const { return m_userMessage; }
    QString detail() const { return m_detail; }
    Error &setDetail(const QString &detail);
    /// Stable machine-readable reason within the category ("cache.locked", "odoo.AccessDenied"),
    /// for code that must react to one specific failure. Empty when none applies.
    QString code() const { return m_code; }
    Error &setCode(const QString &code);
    /// Identifier of the operation that failed, shared with the log lines of that operation.
    QString correlationId() const { return m_correlationId; }
    Error &setCorrelationId(const QString &id);

    /// Stable lowercase name used in the cache, in CSV/JSON output and on the command line.
    static QString categoryName(Category category);
    /// Parses categoryName(); returns false for an unknown name.
    static bool categoryFromName(const QString &name, Category *category);
    /// The category in the user's language, for lists and filters.
    static QString categoryTitle(Category category);

    /// "userMessage (detail)" on one line, for logs and the command line.
    QString toString() const;

private:
    Category m_category = Category::Internal;
    bool m_retryable = false;
    QString m_userMessage;
    QString m_detail;
    QString m_code;
    QString m_correlationId;
};

} // namespace cw
