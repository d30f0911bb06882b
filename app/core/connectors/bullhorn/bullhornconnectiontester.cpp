#include "bullhornconnectiontester.h"

#include "bullhornclient.h"

namespace cw {

namespace {

struct Step
{
    const char *entity;
    qint64 BullhornConnectionReport::*count;
    bool BullhornConnectionReport::*visible;
};

// The first two must be visible for a usable connection; the last two tell which time data exists.
const Step kSteps[] = {
    { "ClientCorporation", &BullhornConnectionReport::clientCorporations, nullptr },
    { "Placement", &BullhornConnectionReport::placements, nullptr },
    { "TimesheetEntry", nullptr, &BullhornConnectionReport::timeAndExpense },
    { "BillableCharge", nullptr, &BullhornConnectionReport::payAndBill },
};

} // namespace

BullhornConnectionTester::BullhornConnectionTester(QObject *parent)
    : QObject(parent)
{ }

BullhornConnectionTester::~BullhornConnectionTester() = default;

void BullhornConnectionTester::start(const BullhornConfig &config, CredentialStore *credentials)
{
    ++m_generation;
    m_report = {};
    m_client = std::make_unique<BullhornClient>(config, credentials);
    countNext(0);
}

void BullhornConnectionTester::countNext(int step)
{
    if (step == static_cast<int>(std::size(kSteps)))
        return finish();
    const Step &current = kSteps[step];
    const quint64 generation = m_generation;
    m_client->countMatching(QLatin1String(current.entity), QStringLiteral("id > 0"),
                            [this, generation, step, current](const Result<qint64> &count) {
                                if (generation != m_generation)
                                    return;
                                if (current.count) {
                                    if (!count)
                                        return fail(count.error());
                                    m_report.*current.count = count.value();
                                } else if (count) {
                                    m_report.*current.visible = true;
                                } else if (count.error().category() != Error::Category::Auth
                                           && count.error().category() != Error::Category::NotFound
                                           && count.error().category() != Error::Category::Validation) {
                                    // Hidden entities answer 403, 404 or 400; anything else is a real
                                    // failure.
                                    return fail(count.error());
                                }
                                countNext(step + 1);
                            });
}

void BullhornConnectionTester::release()
{
    // Why later: this runs inside one of the client's own callbacks.
    m_client.release()->deleteLater();
}

void BullhornConnectionTester::fail(const Error &error)
{
    m_report.error = error;
    m_report.message = error.userMessage();
    m_report.detail = error.detail();
    m_report.succeeded = false;
    release();
    emit finished(m_report);
}

void BullhornConnectionTester::finish()
{
    m_report.restUrl = m_client->restUrl().toString();
    m_report.succeeded = true;
    const QString timeData = m_report.timeAndExpense && m_report.payAndBill
        ? tr("Time & Expense and pay-and-bill data are visible.")
        : m_report.timeAndExpense ? tr("Time & Expense data is visible; pay-and-bill data is not.")
        : m_report.payAndBill     ? tr("Pay-and-bill data is visible; Time & Expense data is not.")
                              : tr("Neither Time & Expense nor pay-and-bill data is visible: import approved "
                                   "time from files.");
    m_report.message = tr("Signed in to Bullhorn at %1: %2 client corporations and %3 placements. %4")
                           .arg(m_report.restUrl)
                           .arg(m_report.clientCorporations)
                           .arg(m_report.placements)
                           .arg(timeData);
    release();
    emit finished(m_report);
}

} // namespace cw
