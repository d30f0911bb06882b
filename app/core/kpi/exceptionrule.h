#pragma once

#include "domain/result.h"
#include "exceptionfinding.h"
#include "rulecontext.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace cw {

class SqliteReader;

/// One revenue exception rule: a stable id, a title and a precise definition in the user's
/// language, and its evaluation over the cache.
///
/// evaluate() only reads; ExceptionRunner stores what it finds. Implementations are stateless,
/// so one instance serves every thread; evaluate() runs on the thread that owns @p db.
class ExceptionRule
{
    Q_DECLARE_TR_FUNCTIONS(cw::ExceptionRule)

public:
    virtual ~ExceptionRule() = default;

    /// Stable identifier stored in revenue_exception.rule ("time_after_end").
    virtual QString id() const = 0;
    /// Short name for lists and chart legends.
    virtual QString title() const = 0;
    /// Exactly when the rule fires, in business words, for tooltips and the exceptions page.
    virtual QString definition() const = 0;
    /// Every case that holds as of context.asOf.
    virtual Result<QList<ExceptionFinding>> evaluate(const QSqlDatabase &db,
                                                     const RuleContext &context) const = 0;

protected:
    /// "7.50 h"
    static QString hours(qint64 minutes);
    /// "1,234.50 EUR", with the currency's minor-unit digits.
    static QString money(qint64 minor, const QString &currency);
};

} // namespace cw
