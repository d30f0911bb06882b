#pragma once

#include "domain/error.h"

#include <QString>

namespace cw {

/// The outcome of BullhornConnectionTester, for Settings > Connections. A plain value.
struct BullhornConnectionReport
{
    /// One sentence for the user: what was reached, or exactly why it failed.
    QString message;
    /// Technical detail (status, Bullhorn's error key), never secrets.
    QString detail;
    /// The REST address of the tenant's data centre and corporation, from the login.
    QString restUrl;
    /// The API user signed in as, and its corporation (settings corporationName, userId); empty
    /// and -1 when Bullhorn does not say.
    QString username;
    QString corporationName;
    qint64 userId = -1;
    /// Records the API user sees; -1 when not visible.
    qint64 clientCorporations = -1;
    qint64 placements = -1;
    /// Time & Expense (TimesheetEntry) and pay-and-bill (BillableCharge) visibility.
    bool timeAndExpense = false;
    bool payAndBill = false;
    /// The error that stopped the test; meaningful only when !ok().
    Error error;
    bool succeeded = false;

    bool ok() const { return succeeded; }
};

} // namespace cw
