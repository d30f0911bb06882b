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
    m_report.username = config.username;
    readSettings();
}

void BullhornConnectionTester::readSettings()
{
    const quint64 generation = m_generation;
    m_client->settings(
        { QStringLiteral("corporationName"), QStringLiteral("userId") },
        [this, generation](const Result<QJsonObject> &settings) {
            if (generation != m_generation)
                return;
            if (!settings) {
                // The first call signs in: a refusal then is the answer. A user
                // signed in who may not read settings still has a usable connection.
                const Error::Category category = settings.error().category();
                const bool signedIn = !m_client->restUrl().isEmpty();
                if (!signedIn || (category != Error::Category::Auth && category != Error::Category::NotFound))
                    return fail(settings.error());
            } else {
                m_report.corporationName =
                    settings.value().value(QStringLiteral("corporationName")).toString();
                m_report.userId = settings.value().value(QStringLiteral("userId")).toInteger(-1);
            }
            countNext(0);
        });
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
    const QString corporation =
        m_report.corporationName.isEmpty() ? tr("an unnamed corporation") : m_report.corporationName;
    m_report.message =
        tr("Signed in to Bullhorn as %1 at %2 (%3): %4 client corporations and %5 placements. %6")
            .arg(m_report.username, corporation, m_report.restUrl)
            .arg(m_report.clientCorporations)
            .arg(m_report.placements)
            .arg(timeData);
    release();
    emit finished(m_report);
}

} // namespace cw
