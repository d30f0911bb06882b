#pragma once

#include "queryspec.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QVariant>

namespace cw {

/// Turns stored cache values into the text a person reads: money from integer minor units with
/// the currency's symbol, hours from minutes, dates and instants in the user's locale.
///
/// A plain value holding a copy of the locale, so the UI thread and an export worker can each
/// use their own. Thread affinity: none.
class CellFormatter
{
    Q_DECLARE_TR_FUNCTIONS(cw::CellFormatter)

public:
    /// Shown instead of personal data while it is masked.
    static QString maskText() { return QStringLiteral("•••"); }

    explicit CellFormatter(const QLocale &locale = QLocale());

    /// Display text of @p value in a column of @p column's kind; @p currency is the ISO code for
    /// money columns. @p masked replaces personal columns with maskText().
    QString text(const QuerySpec::Column &column, const QVariant &value, const QVariant &currency,
                 bool masked) const;

    /// "€1,234.50" for 123450 minor units of EUR (in an English locale). Unknown codes are shown
    /// by their ISO code; an empty code shows the bare number.
    QString money(qint64 minorUnits, const QString &currency) const;
    /// "7.50 h" for 450 minutes.
    QString hours(qint64 minutes) const;
    /// "1 h 02 min", "2 min 05 s", "45 s".
    QString duration(qint64 seconds) const;

    /// Digits after the decimal point of @p currency (2 unless ISO 4217 says otherwise).
    static int currencyDigits(const QString &currency);

private:
    /// Empty when the ISO code must be shown instead.
    QString currencySymbol(const QString &currency) const;

    QLocale m_locale;
};

} // namespace cw
