#pragma once

#include "sync/pushoptions.h"

#include <QHash>
#include <QString>

namespace cw {
class OdooStore;
}

namespace cw::test {

/// What Crosswalk's invoices in the Odoo simulator hold: the moves whose `ref` is an invoice key
/// ("odoo:invoice:..."), their lines told apart by product (PushOptions::productCode for time,
/// expenseProductCode for expenses), so an expense billed on the hours product shows up as
/// extra minutes, never as an expense. Amounts are in each move's currency's minor units, as the
/// cache keeps them.
struct OdooInvoiceTotals
{
    QHash<QString, int> movesPerRef;
    /// Time lines and their minutes (quantity in hours x 60).
    qint64 lines = 0;
    qint64 minutes = 0;
    /// Expense lines and quantity x price in minor units.
    qint64 expenseLines = 0;
    qint64 expenseMinor = 0;
    /// Lines on neither product.
    qint64 otherLines = 0;

    static OdooInvoiceTotals read(const OdooStore &store, const PushOptions &options = {});
};

} // namespace cw::test
