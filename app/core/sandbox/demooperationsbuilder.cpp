#include "demooperationsbuilder.h"

#include "demojsonwriter.h"
#include "demorandom.h"
#include "kpi/invoiceoverduerule.h"
#include "kpi/marginerosionrule.h"
#include "kpi/ratemismatchrule.h"
#include "kpi/timeafterendrule.h"
#include "namevariantmaker.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

constexpr const char *kReviewers[] = { "anna.schmidt", "tom.baker", "claire.dubois", "jeroen.visser" };

struct OdooFailure
{
    const char *category;
    const char *fingerprint;
    int weight;
};
// Failures an invoice push meets other than a missing partner.
constexpr OdooFailure kFailures[] = {
    { "validation", "odoo.lock_date", 25 }, { "validation", "odoo.vat_format", 20 },
    { "auth", "odoo.access_denied", 10 },   { "auth", "odoo.access_error", 10 },
    { "network", "http.502", 20 },          { "network", "timeout", 15 },
};

QString digitsOf(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

QString normalizedName(const QString &name)
{
    const QString ascii = NameVariantMaker::transliterate(name).toLower();
    QString out;
    for (QChar c : ascii) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

// Sørensen–Dice over character bigrams: crude, but deterministic and enough to explain a score.
double nameSimilarity(const QString &a, const QString &b)
{
    const QString x = normalizedName(a);
    const QString y = normalizedName(b);
    if (x.size() < 2 || y.size() < 2)
        return x == y ? 1.0 : 0.0;
    QList<QStringView> bigrams;
    for (qsizetype i = 0; i + 1 < x.size(); ++i)
        bigrams.append(QStringView(x).mid(i, 2));
    int shared = 0;
    for (qsizetype i = 0; i + 1 < y.size(); ++i) {
        const qsizetype at = bigrams.indexOf(QStringView(y).mid(i, 2));
        if (at >= 0) {
            bigrams.removeAt(at);
            ++shared;
        }
    }
    return 2.0 * shared / static_cast<double>((x.size() - 1) + (y.size() - 1));
}

QString hostOf(const QString &website, const QString &email)
{
    QString host = website;
    host.remove(QStringLiteral("https://")).remove(QStringLiteral("http://")).remove(QStringLiteral("www."));
    host = host.section(QLatin1Char('/'), 0, 0);
    if (host.isEmpty() && email.contains(QLatin1Char('@')))
        host = email.section(QLatin1Char('@'), 1);
    return host.toLower();
}

/// "equal", "different" or "missing" for two optional values.
const char *compare(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty())
        return "missing";
    return a == b ? "equal" : "different";
}

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QString systemKey(DemoDataset::System system)
{
    static const char *const kKeys[] = { "crm", "staffing", "odoo" };
    return QLatin1String(kKeys[system]);
}

} // namespace

DemoOperationsBuilder::DemoOperationsBuilder(DemoDataset &dataset, DemoRandom &random,
                                             const DemoBillingBuilder::Findings &findings)
    : m_data(dataset)
    , m_random(random)
    , m_findings(findings)
    , m_now(DemoDataset::instant(dataset.asOf, 6 * 3600))
{ }

void DemoOperationsBuilder::build()
{
    addLinks();
    addMatchCandidates();
    addFailedPushes();
    addRevenueExceptions();
    addSyncRuns();
    addAuditLog();
    addCurrencyRates();
}

int DemoOperationsBuilder::fewOf(int perThousandCustomers, int minimum, int maximum) const
{
    return std::clamp(m_data.options.customers * perThousandCustomers / 1000, minimum, maximum);
}

QString DemoOperationsBuilder::stampBefore(int maxDaysBack)
{
    return DemoDataset::instant(m_data.asOf.addDays(-m_random.between(1, maxDaysBack)),
                                m_random.between(8 * 3600, 18 * 3600));
}

QString DemoOperationsBuilder::period(int month) const
{
    return m_data.monthStart(month).toString(QStringLiteral("yyyy-MM"));
}

void DemoOperationsBuilder::addLinks()
{
    m_linked.assign(m_data.companies.size(), false);
    for (std::size_t c = 0; c < m_data.companies.size(); ++c) {
        const DemoDataset::Company &company = m_data.companies[c];
        std::vector<int> records;
        for (int index : company.recordIndex) {
            if (index >= 0)
                records.push_back(index);
        }
        if (records.size() < 2 || !m_random.chance(250))
            continue;
        if (company.duplicateIndex >= 0 && m_random.chance(500))
            records.push_back(company.duplicateIndex);
        m_linked[c] = true;
        const int odoo = company.recordIndex[DemoDataset::Odoo];
        DemoDataset::CanonicalCustomer canonical;
        canonical.id = static_cast<qint64>(m_data.canonicalCustomers.size()) + 1;
        canonical.companyIndex = static_cast<int>(c);
        canonical.name =
            m_data.customers[static_cast<std::size_t>(odoo >= 0 ? odoo : records.front())].name.trimmed();
        canonical.createdAt = stampBefore(300);
        static constexpr int kMethodWeights[] = { 650, 200, 150 };
        const int method = m_random.weighted(kMethodWeights);
        const QString reviewer = QLatin1String(m_random.pick(kReviewers));
        for (int index : records) {
            const DemoDataset::Customer &customer = m_data.customers[static_cast<std::size_t>(index)];
            DemoDataset::Link link;
            link.id = static_cast<qint64>(m_data.links.size()) + 1;
            link.canonicalId = canonical.id;
            link.system = customer.system;
            link.externalId = customer.externalId;
            link.decidedAt = canonical.createdAt;
            if (method == 0) {
                link.method = QStringLiteral("auto");
                link.score = m_random.between(920, 995) / 1000.0;
                link.decidedBy = QStringLiteral("matcher");
            } else if (method == 1) {
                link.method = QStringLiteral("manual");
                link.decidedBy = reviewer;
            } else {
                link.method = QStringLiteral("import");
                link.decidedBy = QStringLiteral("import");
            }
            m_data.links.push_back(std::move(link));
        }
        m_data.canonicalCustomers.push_back(std::move(canonical));
    }
}

void DemoOperationsBuilder::addMatchCandidates()
{
    for (std::size_t c = 0; c < m_data.companies.size(); ++c) {
        const DemoDataset::Company &company = m_data.companies[c];
        if (m_linked[c])
            continue;
        std::vector<int> records;
        for (int index : company.recordIndex) {
            if (index >= 0)
                records.push_back(index);
        }
        if (records.size() >= 2 && m_random.chance(150)) {
            const std::size_t first = m_random.below(static_cast<quint32>(records.size()));
            const std::size_t second =
                (first + 1 + m_random.below(static_cast<quint32>(records.size() - 1))) % records.size();
            addCandidate(m_data.customers[static_cast<std::size_t>(records[first])],
                         m_data.customers[static_cast<std::size_t>(records[second])], false);
        }
        if (company.duplicateIndex >= 0 && m_random.chance(500)) {
            const DemoDataset::Customer &duplicate =
                m_data.customers[static_cast<std::size_t>(company.duplicateIndex)];
            const int primary = company.recordIndex[duplicate.system];
            addCandidate(m_data.customers[static_cast<std::size_t>(primary)], duplicate, false);
        }
    }
    for (const DemoDataset::Company &company : m_data.companies) {
        if (company.siblingOf < 0)
            continue;
        const DemoDataset::Company &original = m_data.companies[static_cast<std::size_t>(company.siblingOf)];
        for (int s = 0; s < DemoDataset::kSystemCount; ++s) {
            const int mine = company.recordIndex[static_cast<std::size_t>(s)];
            const int theirs =
                original.recordIndex[static_cast<std::size_t>((s + 1) % DemoDataset::kSystemCount)];
            if (mine >= 0 && theirs >= 0) {
                addCandidate(m_data.customers[static_cast<std::size_t>(mine)],
                             m_data.customers[static_cast<std::size_t>(theirs)], true);
                break;
            }
        }
    }
}

void DemoOperationsBuilder::addCandidate(const DemoDataset::Customer &a, const DemoDataset::Customer &b,
                                         bool namesakes)
{
    const DemoDataset::Customer &left = a.id < b.id ? a : b;
    const DemoDataset::Customer &right = a.id < b.id ? b : a;
    const double name = nameSimilarity(left.name, right.name);
    const char *vat = compare(digitsOf(left.vat), digitsOf(right.vat));
    const char *phone = compare(digitsOf(left.phone).right(7), digitsOf(right.phone).right(7));
    const char *postcode = compare(digitsOf(left.postcode), digitsOf(right.postcode));
    const char *domain = compare(hostOf(left.website, left.email), hostOf(right.website, right.email));
    const auto equal = [](const char *verdict) {
        return qstrcmp(verdict, "equal") == 0 ? 1.0 : 0.0;
    };
    const auto different = [](const char *verdict) {
        return qstrcmp(verdict, "different") == 0 ? 1.0 : 0.0;
    };
    const double score =
        rounded(std::clamp(0.6 * name + 0.1 * (equal(vat) + equal(phone) + equal(postcode) + equal(domain))
                               - 0.3 * different(vat),
                           0.0, 1.0));
    // The review queue holds the middle band only; clearer pairs are decided without a person.
    if (score < 0.6 || score >= 0.9)
        return;
    DemoDataset::MatchCandidate candidate;
    candidate.id = static_cast<qint64>(m_data.matchCandidates.size()) + 1;
    candidate.leftCustomerId = left.id;
    candidate.rightCustomerId = right.id;
    candidate.score = score;
    candidate.band = QStringLiteral("review");
    DemoJsonWriter json(candidate.explanation);
    json.beginObject().fieldDecimal("name", std::llround(name * 1000.0), 3).field("vat", vat);
    json.field("phone", phone).field("postcode", postcode).field("domain", domain).endObject();
    candidate.valueAtStakeMinor = m_findings.unbilledByCompany[static_cast<std::size_t>(left.companyIndex)];
    if (right.companyIndex != left.companyIndex)
        candidate.valueAtStakeMinor +=
            m_findings.unbilledByCompany[static_cast<std::size_t>(right.companyIndex)];
    candidate.createdAt = stampBefore(20);
    candidate.status = QStringLiteral("open");
    if (namesakes && m_random.chance(250)) {
        candidate.status = QStringLiteral("rejected");
        candidate.decidedBy = QLatin1String(m_random.pick(kReviewers));
        candidate.decidedAt = m_now;
    }
    m_data.matchCandidates.push_back(std::move(candidate));
}

void DemoOperationsBuilder::addFailedPushes()
{
    std::vector<std::size_t> order(m_findings.unbilled.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    for (std::size_t i = order.size(); i > 1; --i)
        std::swap(order[i - 1], order[m_random.below(static_cast<quint32>(i))]);
    const std::size_t dead = std::min<std::size_t>(order.size(), static_cast<std::size_t>(fewOf(5, 4, 60)));
    const std::size_t retrying = std::min<std::size_t>(order.size() - dead, 3);
    for (std::size_t i = 0; i < dead + retrying; ++i)
        addFailedPush(m_findings.unbilled[order[i]], i >= dead);
}

void DemoOperationsBuilder::addFailedPush(const DemoBillingBuilder::Unbilled &item, bool retrying)
{
    const DemoDataset::Placement &placement =
        m_data.placements[static_cast<std::size_t>(item.placementIndex)];
    const DemoDataset::Company &company = m_data.companies[static_cast<std::size_t>(placement.companyIndex)];
    const DemoDataset::Customer &customer =
        m_data.customers[static_cast<std::size_t>(placement.customerId - 1)];
    const QString customerName = customer.name.trimmed();
    const QString periodText = period(item.month);
    const QDate lockDate = m_data.monthStart(item.month + 1).addDays(-1);

    QString category;
    QString fingerprint;
    QString message;
    QString remote;
    int attempts = 1;
    if (item.noPartner) {
        category = QStringLiteral("mapping");
        fingerprint = QStringLiteral("odoo.partner_missing");
        message = tr("Customer %1 has no partner in Odoo, so the invoice for %2 (%3) has no one to bill. "
                     "Link the customer on the Unmatched page, then retry.")
                      .arg(customerName, placement.jobTitle, periodText);
        remote = QStringLiteral(
            "The operation cannot be completed:\n- Create/update: a mandatory field is not set.\n"
            "- Delete: another model requires the record being deleted. If possible, archive it "
            "instead.\n\nModel: Journal Entry (account.move)\nField: Customer (partner_id)");
    } else {
        std::vector<int> weights;
        for (const OdooFailure &failure : kFailures)
            weights.push_back(retrying && qstrcmp(failure.category, "network") != 0 ? 0 : failure.weight);
        const OdooFailure &failure = kFailures[m_random.weighted(weights)];
        category = QLatin1String(failure.category);
        fingerprint = QLatin1String(failure.fingerprint);
        const DemoDataset::Customer &partner =
            m_data.customers[static_cast<std::size_t>(company.recordIndex[DemoDataset::Odoo])];
        // Odoo only rejects a VAT number that is malformed, such as one typed without its
        // country prefix; a partner with a proper one fails on the lock date instead.
        const bool malformedVat = !partner.vat.isEmpty() && !partner.vat.at(0).isLetter();
        if (fingerprint == QLatin1String("odoo.vat_format") && !malformedVat)
            fingerprint = QStringLiteral("odoo.lock_date");
        if (fingerprint == QLatin1String("odoo.lock_date")) {
            message = tr("Accounting has closed %1 in Odoo (lock date %2), so the invoice for %3 cannot be "
                         "dated in it. "
                         "Ask accounting to reopen the period or bill the hours in the next open month.")
                          .arg(periodText, lockDate.toString(Qt::ISODate), customerName);
            remote =
                QStringLiteral("You cannot add/modify entries prior to and inclusive of the lock date %1.")
                    .arg(lockDate.toString(QStringLiteral("MM/dd/yyyy")));
        } else if (fingerprint == QLatin1String("odoo.vat_format")) {
            const QString &vat = partner.vat;
            message =
                tr("Odoo rejects the VAT number %1 of %2 as invalid, so the invoice for %3 cannot be posted. "
                   "Correct the VAT number on the customer in Odoo, then retry.")
                    .arg(vat, customerName, periodText);
            remote =
                QStringLiteral("The VAT number [%1] for partner [%2] does not seem to be valid. \nNote: the "
                               "expected format is %3")
                    .arg(vat, partner.name, company.vat);
        } else if (fingerprint == QLatin1String("odoo.access_denied")) {
            message =
                tr("Odoo refused the integration user's API key. Renew the key in Odoo (Preferences, Account "
                   "Security), store it in Crosswalk's connection settings, then retry.");
            remote = QStringLiteral("Access Denied");
        } else if (fingerprint == QLatin1String("odoo.access_error")) {
            message =
                tr("The integration user may not create invoices in Odoo. Give it the Billing or Accounting "
                   "role in Odoo, then retry.");
            remote = QStringLiteral(
                "You are not allowed to create 'Journal Entry' (account.move) records.\n\nThis "
                "operation is allowed for the following groups:\n\t- Accounting/Billing\n\nContact "
                "your administrator to request access if necessary.");
        } else {
            attempts = retrying ? m_random.between(1, 3) : 8;
            message =
                tr("Odoo could not be reached after %1 attempts, so the invoice for %2 (%3) was not created. "
                   "Check that Odoo is up, then retry.")
                    .arg(attempts)
                    .arg(customerName, periodText);
            remote = fingerprint == QLatin1String("http.502")
                ? QStringLiteral("502 Bad Gateway")
                : QStringLiteral("Operation timed out after 30000 milliseconds with 0 bytes received");
        }
    }

    DemoDataset::OutboxItem outbox;
    outbox.id = static_cast<qint64>(m_data.outbox.size()) + 1;
    outbox.idempotencyKey = QStringLiteral("odoo:invoice:%1:%2").arg(placement.externalId, periodText);
    outbox.operation = QStringLiteral("create_invoice");
    outbox.model = QStringLiteral("account.move");
    const qint64 rate = placement.billRateMinor;
    DemoJsonWriter payload(outbox.payload);
    payload.beginObject().field("move_type", "out_invoice");
    payload.field("ref", QStringLiteral("CW-%1-%2").arg(placement.externalId, periodText));
    if (company.recordIndex[DemoDataset::Odoo] >= 0)
        payload.field("partner_id",
                      m_data.customers[static_cast<std::size_t>(company.recordIndex[DemoDataset::Odoo])]
                          .externalId.toLongLong());
    else
        payload.field("partner_id", false);
    payload.field("invoice_date", lockDate.addDays(1).toString(Qt::ISODate))
        .field("currency", placement.currency);
    payload.beginArray("invoice_line_ids").beginObject();
    payload.field("name", placement.jobTitle + QLatin1Char(' ') + periodText);
    payload.fieldDecimal("quantity", item.minutes * 100 / 60)
        .fieldDecimal("price_unit", rate)
        .endObject()
        .endArray();
    payload.endObject();
    outbox.state = retrying ? QStringLiteral("failed") : QStringLiteral("dead");
    outbox.attempts = attempts;
    if (retrying)
        outbox.nextAttemptAt = DemoDataset::instant(m_data.asOf, 6 * 3600 + m_random.between(60, 1800));
    outbox.lastErrorCategory = category;
    outbox.lastErrorMessage = message;
    outbox.createdAt = DemoDataset::instant(lockDate.addDays(m_random.between(1, 5)), 7200);
    outbox.updatedAt = retrying ? m_now : stampBefore(3);
    if (outbox.updatedAt < outbox.createdAt)
        outbox.updatedAt = outbox.createdAt;
    m_data.outbox.push_back(outbox);
    if (retrying)
        return;
    m_dead.push_back(m_data.outbox.size() - 1);

    DemoDataset::FailedPush failed;
    failed.id = static_cast<qint64>(m_data.failedPushes.size()) + 1;
    failed.outboxId = outbox.id;
    failed.category = category;
    failed.message = message;
    failed.remoteMessage = remote;
    DemoJsonWriter source(failed.source);
    source.beginObject().field("entity", "placement").field("placement", placement.externalId);
    source.field("customer", customerName).field("period", periodText).field("lines", item.lines);
    source.fieldDecimalString("amount", item.amountMinor).field("currency", placement.currency).endObject();
    failed.fingerprint = fingerprint;
    failed.attempts = attempts;
    failed.occurrences = m_random.between(1, 4);
    failed.firstSeen = outbox.createdAt;
    failed.lastSeen = outbox.updatedAt;
    m_data.failedPushes.push_back(std::move(failed));
}

std::vector<int>
DemoOperationsBuilder::samplePlacements(const std::vector<DemoBillingBuilder::LineRef> &lines,
                                        int count) const
{
    std::vector<int> placements;
    for (const DemoBillingBuilder::LineRef &line : lines) {
        if (placements.empty() || placements.back() != line.placementIndex)
            placements.push_back(line.placementIndex);
    }
    std::vector<int> sample;
    const std::size_t step = std::max<std::size_t>(1, placements.size() / static_cast<std::size_t>(count));
    for (std::size_t i = 0; i < placements.size() && sample.size() < static_cast<std::size_t>(count);
         i += step)
        sample.push_back(placements[i]);
    return sample;
}

// Each case is described by its rule's own finding(), from the facts the rule would read in the
// cache, so the demo's cases name the subjects (and use the words) the rules do when they run.
void DemoOperationsBuilder::addRevenueExceptions()
{
    const int few = fewOf(3, 2, 25);
    const auto approved = [this](const DemoDataset::TimesheetLine &line) {
        return line.status == DemoDataset::LineStatus::Approved && line.workDate <= m_data.asOf;
    };
    for (const int p : samplePlacements(m_findings.deviatingRates, few)) {
        const DemoDataset::Placement &placement = m_data.placements[static_cast<std::size_t>(p)];
        RateMismatchRule::Mismatch mismatch;
        mismatch.placementId = placement.id;
        mismatch.customerId = placement.customerId;
        mismatch.currency = placement.currency;
        m_data.forEachTimesheetLine(p, [&](const DemoDataset::TimesheetLine &line) {
            const qint64 agreed = m_data.rateOn(p, line.workDate).billRateMinor;
            if (approved(line) && line.billRateMinor != agreed)
                mismatch.add(line.workDate, line.minutes, line.billRateMinor, agreed);
        });
        if (mismatch.lines > 0)
            addRevenueException(RateMismatchRule().id(), RateMismatchRule::finding(mismatch));
    }
    for (const int p : samplePlacements(m_findings.afterEnd, few)) {
        const DemoDataset::Placement &placement = m_data.placements[static_cast<std::size_t>(p)];
        TimeAfterEndRule::LateTime late;
        late.placementId = placement.id;
        late.customerId = placement.customerId;
        late.currency = placement.currency;
        late.endDate = placement.end;
        m_data.forEachTimesheetLine(p, [&](const DemoDataset::TimesheetLine &line) {
            if (!approved(line) || line.workDate <= placement.end)
                return;
            if (late.minutes == 0)
                late.first = line.workDate;
            late.minutes += line.minutes;
            late.valueMinor += DemoDataset::lineAmount(line);
        });
        if (late.minutes > 0)
            addRevenueException(TimeAfterEndRule().id(), TimeAfterEndRule::finding(late));
    }
    int erosions = 0;
    for (int p = 0; p < static_cast<int>(m_data.placements.size()) && erosions < few; ++p) {
        const DemoDataset::Placement &placement = m_data.placements[static_cast<std::size_t>(p)];
        if (placement.status != QLatin1String("active"))
            continue;
        for (int r = placement.firstRate + 1; r < placement.firstRate + placement.rateCount; ++r) {
            const auto &before = m_data.rates[static_cast<std::size_t>(r) - 1];
            const auto &after = m_data.rates[static_cast<std::size_t>(r)];
            if (after.billRateMinor != before.billRateMinor || after.payRateMinor <= before.payRateMinor
                || after.effectiveDate > m_data.asOf)
                continue;
            const MarginErosionRule::Raise raise { after.id,
                                                   placement.id,
                                                   after.effectiveDate,
                                                   unmatchedUntil(p, r),
                                                   before.payRateMinor,
                                                   after.payRateMinor,
                                                   after.billRateMinor };
            qint64 minutes = 0;
            m_data.forEachTimesheetLine(p, [&](const DemoDataset::TimesheetLine &line) {
                if (approved(line) && line.workDate >= raise.effective && line.workDate <= raise.until)
                    minutes += line.minutes;
            });
            addRevenueException(
                MarginErosionRule().id(),
                MarginErosionRule::finding(raise, placement.customerId, placement.currency, minutes));
            ++erosions;
            break;
        }
    }
    int late = 0;
    for (const DemoDataset::Invoice &invoice : m_data.invoices) {
        if (late >= few || invoice.state != QLatin1String("posted") || invoice.amountResidualMinor == 0
            || invoice.dueDate.daysTo(m_data.asOf) < 30)
            continue;
        const InvoiceOverdueRule::Overdue overdue { invoice.id,       invoice.customerId,
                                                    invoice.currency, invoice.number,
                                                    invoice.dueDate,  invoice.amountResidualMinor };
        addRevenueException(InvoiceOverdueRule().id(), InvoiceOverdueRule::finding(overdue, m_data.asOf));
        ++late;
    }
}

QDate DemoOperationsBuilder::unmatchedUntil(int placementIndex, int rateIndex) const
{
    const DemoDataset::Placement &placement = m_data.placements[static_cast<std::size_t>(placementIndex)];
    const qint64 bill = m_data.rates[static_cast<std::size_t>(rateIndex)].billRateMinor;
    for (int next = rateIndex + 1; next < placement.firstRate + placement.rateCount; ++next) {
        const DemoDataset::PlacementRate &rate = m_data.rates[static_cast<std::size_t>(next)];
        if (rate.effectiveDate > m_data.asOf)
            break;
        if (rate.billRateMinor > bill)
            return rate.effectiveDate.addDays(-1);
    }
    return m_data.asOf;
}

void DemoOperationsBuilder::addRevenueException(const QString &rule, const ExceptionFinding &finding)
{
    DemoDataset::RevenueException exception;
    exception.id = static_cast<qint64>(m_data.revenueExceptions.size()) + 1;
    exception.rule = rule;
    exception.subjectEntity = finding.subjectEntity;
    exception.subjectId = finding.subjectId;
    exception.customerId = finding.customerId;
    exception.amountMinor = finding.amountMinor;
    exception.currency = finding.currency;
    exception.occurredOn = finding.occurredOn;
    exception.detail = finding.detail;
    exception.state = QStringLiteral("open");
    if (m_random.chance(200)) {
        exception.state = QStringLiteral("acknowledged");
        exception.owner = QLatin1String(m_random.pick(kReviewers));
    }
    const QDate detected = std::min(finding.occurredOn.addDays(m_random.between(1, 4)), m_data.asOf);
    exception.detectedAt = DemoDataset::instant(detected, 5 * 3600 + 1800);
    m_data.revenueExceptions.push_back(std::move(exception));
}

void DemoOperationsBuilder::addSyncRuns()
{
    std::array<int, DemoDataset::kSystemCount> records {};
    for (const DemoDataset::Customer &customer : m_data.customers)
        ++records[customer.system];
    const auto addRun = [&](const QString &flow, DemoDataset::System system, int startSeconds, int seconds,
                            const QString &status, int read, int updated, int failed,
                            const QString &message) {
        DemoDataset::SyncRun run;
        run.id = static_cast<qint64>(m_data.syncRuns.size()) + 1;
        run.flow = flow;
        run.system = system;
        run.startedAt = DemoDataset::instant(m_data.asOf, startSeconds);
        run.finishedAt = DemoDataset::instant(m_data.asOf, startSeconds + seconds);
        run.status = status;
        run.readCount = read;
        run.createdCount = read / 50;
        run.updatedCount = updated;
        run.failedCount = failed;
        run.skippedCount = std::max(0, read - run.createdCount - updated - failed);
        run.message = message;
        m_data.syncRuns.push_back(run);
        return m_data.syncRuns.back().id;
    };
    const auto addEvent = [&](qint64 runId, int atSeconds, const char *level, const QString &entity,
                              const QString &externalId, const QString &message, const QString &detail) {
        m_data.syncEvents.push_back({ static_cast<qint64>(m_data.syncEvents.size()) + 1, runId,
                                      DemoDataset::instant(m_data.asOf, atSeconds), QLatin1String(level),
                                      entity, externalId, message, detail });
    };

    const int crmRead = records[DemoDataset::Crm];
    const qint64 crm = addRun(QStringLiteral("pull_customers"), DemoDataset::Crm, 5 * 3600, 42,
                              QStringLiteral("succeeded"), crmRead, crmRead / 12, 0, QString());
    addEvent(crm, 5 * 3600, "info", QStringLiteral("company"), QString(),
             tr("Pulling companies changed since the last run."), QString());
    const qint64 staffing = addRun(QStringLiteral("pull_customers"), DemoDataset::Staffing, 5 * 3600 + 60, 95,
                                   QStringLiteral("succeeded"), records[DemoDataset::Staffing],
                                   records[DemoDataset::Staffing] / 15, 0, QString());
    addEvent(staffing, 5 * 3600 + 61, "warning", QStringLiteral("client_corporation"), QString(),
             tr("The staffing platform asked Crosswalk to slow down; waited 1 second and continued."),
             QStringLiteral("HTTP 429"));
    const qint64 odoo = addRun(QStringLiteral("pull_invoices"), DemoDataset::Odoo, 5 * 3600 + 180, 64,
                               QStringLiteral("succeeded"), static_cast<int>(m_data.invoices.size()),
                               static_cast<int>(m_data.payments.size()), 0, QString());
    addEvent(odoo, 5 * 3600 + 244, "info", QStringLiteral("account.move"), QString(),
             tr("Invoice and payment states are up to date."), QString());
    const int dead = static_cast<int>(m_dead.size());
    const qint64 push = addRun(
        QStringLiteral("push_invoices"), DemoDataset::Odoo, 5 * 3600 + 300, 120,
        dead > 0 ? QStringLiteral("partial") : QStringLiteral("succeeded"), dead, 0, dead,
        dead > 0 ? tr("%1 invoices could not be created in Odoo; see Failed pushes.").arg(dead) : QString());
    int at = 5 * 3600 + 301;
    for (std::size_t index : m_dead) {
        const DemoDataset::OutboxItem &item = m_data.outbox[index];
        const DemoDataset::FailedPush &failed = m_data.failedPushes[static_cast<std::size_t>(
            std::find_if(m_data.failedPushes.begin(), m_data.failedPushes.end(),
                         [&](const DemoDataset::FailedPush &f) { return f.outboxId == item.id; })
            - m_data.failedPushes.begin())];
        addEvent(push, at++, "error", QStringLiteral("invoice"), item.idempotencyKey, failed.message,
                 failed.remoteMessage);
    }
}

void DemoOperationsBuilder::addAuditLog()
{
    const auto add = [&](const QString &at, const QString &actor, const QString &action,
                         const QString &subjectType, const QString &subjectId, const QByteArray &before,
                         const QByteArray &after) {
        m_data.auditLog.push_back({ static_cast<qint64>(m_data.auditLog.size()) + 1, at, actor, action,
                                    subjectType, subjectId, before, after });
    };
    std::vector<const DemoDataset::Link *> manual;
    for (const DemoDataset::Link &link : m_data.links) {
        if (link.method == QLatin1String("manual") && manual.size() < 4)
            manual.push_back(&link);
    }
    std::sort(manual.begin(), manual.end(), [](const DemoDataset::Link *a, const DemoDataset::Link *b) {
        return a->decidedAt < b->decidedAt;
    });
    for (const DemoDataset::Link *link : manual) {
        QByteArray after;
        DemoJsonWriter(after)
            .beginObject()
            .field("canonical_id", link->canonicalId)
            .field("system", systemKey(link->system))
            .endObject();
        add(link->decidedAt, link->decidedBy, QStringLiteral("link.create"), QStringLiteral("customer"),
            systemKey(link->system) + QLatin1Char(':') + link->externalId, QByteArray(), after);
    }
    const QString morning = DemoDataset::instant(m_data.asOf, 6 * 3600 - 600);
    if (!m_data.placements.empty()) {
        const DemoDataset::Placement &placement = m_data.placements.front();
        QByteArray after;
        DemoJsonWriter(after)
            .beginObject()
            .field("field", "pay_rate_minor")
            .field("reason", "margin review")
            .endObject();
        add(morning, QStringLiteral("claire.dubois"), QStringLiteral("pay_rate.reveal"),
            QStringLiteral("placement"), placement.externalId, QByteArray(), after);
    }
    for (const DemoDataset::MatchCandidate &candidate : m_data.matchCandidates) {
        if (candidate.status != QLatin1String("rejected"))
            continue;
        QByteArray before;
        QByteArray after;
        DemoJsonWriter(before).beginObject().field("status", "open").endObject();
        DemoJsonWriter(after).beginObject().field("status", "rejected").endObject();
        add(candidate.decidedAt, candidate.decidedBy, QStringLiteral("match_candidate.reject"),
            QStringLiteral("match_candidate"), QString::number(candidate.id), before, after);
        break;
    }
    if (!m_dead.empty()) {
        const DemoDataset::OutboxItem &item = m_data.outbox[m_dead.front()];
        QByteArray before;
        QByteArray after;
        DemoJsonWriter(before)
            .beginObject()
            .field("state", "dead")
            .field("attempts", item.attempts)
            .endObject();
        DemoJsonWriter(after)
            .beginObject()
            .field("state", "pending")
            .field("attempts", item.attempts)
            .endObject();
        add(item.updatedAt, QStringLiteral("anna.schmidt"), QStringLiteral("failed_push.retry"),
            QStringLiteral("outbox"), item.idempotencyKey, before, after);
    }
    QByteArray before;
    QByteArray after;
    DemoJsonWriter(before).beginObject().field("sync_interval_minutes", 30).endObject();
    DemoJsonWriter(after).beginObject().field("sync_interval_minutes", 15).endObject();
    add(morning, QStringLiteral("admin"), QStringLiteral("settings.change"), QStringLiteral("settings"),
        QStringLiteral("sync"), before, after);
    std::stable_sort(
        m_data.auditLog.begin(), m_data.auditLog.end(),
        [](const DemoDataset::AuditEntry &a, const DemoDataset::AuditEntry &b) { return a.at < b.at; });
    for (std::size_t i = 0; i < m_data.auditLog.size(); ++i)
        m_data.auditLog[i].id = static_cast<qint64>(i) + 1;
}

void DemoOperationsBuilder::addCurrencyRates()
{
    struct Base
    {
        const char *currency;
        qint64 micros;
    };
    static constexpr Base kBases[] = { { "USD", 920000 }, { "GBP", 1170000 }, { "CHF", 1045000 } };
    for (int month = -2; month < m_data.monthCount(); ++month) {
        for (const Base &base : kBases) {
            const qint64 wobble = base.micros * m_random.between(-20, 20) / 1000;
            m_data.currencyRates.push_back({ QLatin1String(base.currency), m_data.monthStart(month),
                                             m_data.companyCurrency, base.micros + wobble });
        }
    }
}

} // namespace cw
