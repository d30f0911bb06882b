#include "knowncache.h"

#include "tempcache.h"

namespace cw::test {

namespace {

const QString kStamp = QStringLiteral("2026-03-01T08:00:00Z");

} // namespace

bool KnownCache::fill(const TempCache &cache)
{
    // Systems, in the order PageQueries::systems() returns them: Odoo, CRM, staffing.
    const qint64 odoo = cache.addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo"));
    const qint64 crm = cache.addSystem(QStringLiteral("crm"), QStringLiteral("HubSpot"));
    const qint64 staffing = cache.addSystem(QStringLiteral("staffing"), QStringLiteral("Bullhorn"));
    if (odoo < 0 || crm < 0 || staffing < 0)
        return false;

    const QString customer =
        QStringLiteral("INSERT INTO customer (id, system_id, external_id, name, country, city, "
                       "vat, modified_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QString link =
        QStringLiteral("INSERT INTO link (canonical_id, system_id, entity, external_id, method, "
                       "decided_at) VALUES (?, ?, 'customer', ?, ?, ?)");
    const QString placement =
        QStringLiteral("INSERT INTO placement (id, system_id, external_id, customer_id, "
                       "start_date, bill_rate_minor, currency, modified_at) "
                       "VALUES (?, ?, ?, ?, '2026-01-01', ?, ?, ?)");
    const QString line =
        QStringLiteral("INSERT INTO timesheet_line (system_id, external_id, placement_id, work_date, "
                       "minutes, bill_rate_minor, currency, status, billable, invoice_id, "
                       "modified_at) VALUES (?, ?, ?, '2026-02-20', ?, ?, ?, ?, ?, ?, ?)");
    const QString exception =
        QStringLiteral("INSERT INTO revenue_exception (rule, subject_entity, subject_id, "
                       "customer_id, amount_minor, currency, occurred_on, state, owner, "
                       "detected_at, updated_at) VALUES (?, 'placement', ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?)");
    const QString failed =
        QStringLiteral("INSERT INTO failed_push (system_id, category, message, remote_message, "
                       "attempts, first_seen, last_seen, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    const QString run =
        QStringLiteral("INSERT INTO sync_run (flow, system_id, started_at, finished_at, status, "
                       "read_count) VALUES (?, ?, ?, ?, ?, ?)");
    const QVariant null;
    // A null QString binds as SQL NULL; the NOT NULL text columns need an empty string.
    const QString blank = QStringLiteral("");
    const QString usd = QStringLiteral("USD");
    const QString eur = QStringLiteral("EUR");

    const bool ok =
        // Odoo: a1 and a2 are both linked. Bullhorn: b1 linked, b2 and b3 unmatched (2).
        cache.exec(customer,
                   { 1, odoo, QStringLiteral("a1"), QStringLiteral("Acme"), QStringLiteral("DE"),
                     QStringLiteral("Berlin"), QStringLiteral("DE123"), kStamp })
        && cache.exec(customer,
                      { 2, odoo, QStringLiteral("a2"), QStringLiteral("Beta"), QStringLiteral("FR"),
                        QStringLiteral("Lyon"), blank, kStamp })
        && cache.exec(customer,
                      { 3, staffing, QStringLiteral("b1"), QStringLiteral("ACME Corp"), QStringLiteral("DE"),
                        QStringLiteral("Berlin"), blank, kStamp })
        && cache.exec(customer,
                      { 4, staffing, QStringLiteral("b2"), QStringLiteral("Gamma"), QStringLiteral("NL"),
                        QStringLiteral("Utrecht"), blank, kStamp })
        && cache.exec(customer,
                      { 5, staffing, QStringLiteral("b3"), QStringLiteral("Delta"), QStringLiteral("US"),
                        QStringLiteral("Boston"), blank, kStamp })
        && cache.exec(
            QStringLiteral("INSERT INTO canonical_customer (id, name, created_at, updated_at) VALUES "
                           "(1, 'Acme', ?, ?), (2, 'Beta', ?, ?)"),
            { kStamp, kStamp, kStamp, kStamp })
        && cache.exec(link, { 1, odoo, QStringLiteral("a1"), QStringLiteral("auto"), kStamp })
        && cache.exec(link, { 1, staffing, QStringLiteral("b1"), QStringLiteral("review"), kStamp })
        && cache.exec(link, { 2, odoo, QStringLiteral("a2"), QStringLiteral("manual"), kStamp })
        // Placements: p1 Acme at 100.00 USD/h, p2 Gamma at 80.00 EUR/h, p3 Delta without a rate.
        && cache.exec(placement, { 1, staffing, QStringLiteral("p1"), 3, 10000, usd, kStamp })
        && cache.exec(placement, { 2, staffing, QStringLiteral("p2"), 4, 8000, eur, kStamp })
        && cache.exec(placement, { 3, staffing, QStringLiteral("p3"), 5, null, usd, kStamp })
        && cache.exec(
            QStringLiteral("INSERT INTO invoice (id, system_id, external_id, customer_id, modified_at) "
                           "VALUES (1, ?, 'inv1', 1, ?)"),
            { odoo, kStamp })
        // Unbilled (approved, billable, no invoice): t1 90 min × 100.00 = 150.00 USD; t2 45 min at its
        // own 120.00 = 90.00 USD; t6 100 min × 80.00 and t10 1 min × 80.00 = 808000 / 60 = 134.67 EUR
        // (rounded once, not per line); t7 30 min without a rate; t8 20 min × 60.00 GBP = 20.00 GBP.
        // Minutes 90 + 45 + 100 + 1 + 30 + 20 = 286 in 6 lines.
        && cache.exec(line,
                      { staffing, QStringLiteral("t1"), 1, 90, null, blank, QStringLiteral("approved"), 1,
                        null, kStamp })
        && cache.exec(line,
                      { staffing, QStringLiteral("t2"), 1, 45, 12000, blank, QStringLiteral("approved"), 1,
                        null, kStamp })
        && cache.exec(line,
                      { staffing, QStringLiteral("t3"), 1, 60, null, blank, QStringLiteral("submitted"), 1,
                        null, kStamp })
        && cache.exec(line,
                      { staffing, QStringLiteral("t4"), 1, 60, null, blank, QStringLiteral("approved"), 0,
                        null, kStamp })
        && cache.exec(
            line,
            { staffing, QStringLiteral("t5"), 1, 60, null, blank, QStringLiteral("approved"), 1, 1, kStamp })
        && cache.exec(line,
                      { staffing, QStringLiteral("t6"), 2, 100, null, blank, QStringLiteral("approved"), 1,
                        null, kStamp })
        && cache.exec(line,
                      { staffing, QStringLiteral("t7"), 3, 30, null, blank, QStringLiteral("approved"), 1,
                        null, kStamp })
        && cache.exec(line,
                      { staffing, QStringLiteral("t8"), null, 20, 6000, QStringLiteral("GBP"),
                        QStringLiteral("approved"), 1, null, kStamp })
        && cache.exec(line,
                      { staffing, QStringLiteral("t9"), 2, 30, null, blank, QStringLiteral("rejected"), 1,
                        null, kStamp })
        && cache.exec(
            line,
            { staffing, QStringLiteral("t10"), 2, 1, 8000, eur, QStringLiteral("approved"), 1, null, kStamp })
        // Exceptions: open 500.00 USD, acknowledged 250.00 EUR, open without amount (3 unresolved);
        // a resolved one that no tile counts.
        && cache.exec(exception,
                      { QStringLiteral("unbilled_time"), 1, 3, 50000, usd, QStringLiteral("2026-02-01"),
                        QStringLiteral("open"), QStringLiteral("dana"), kStamp, kStamp })
        && cache.exec(exception,
                      { QStringLiteral("rate_mismatch"), 2, 4, 25000, eur, QStringLiteral("2026-02-20"),
                        QStringLiteral("acknowledged"), blank, kStamp, kStamp })
        && cache.exec(exception,
                      { QStringLiteral("missing_po"), 3, 5, 0, blank, null, QStringLiteral("open"), blank,
                        kStamp, kStamp })
        && cache.exec(exception,
                      { QStringLiteral("unbilled_time"), 4, 5, 99999, usd, QStringLiteral("2026-01-01"),
                        QStringLiteral("resolved"), blank, kStamp, kStamp })
        // Failed pushes: two open, one resolved.
        && cache.exec(failed,
                      { odoo, QStringLiteral("mapping"),
                        QStringLiteral("Customer Gamma is not linked to Odoo"), blank, 1, kStamp,
                        QStringLiteral("2026-03-01T09:00:00Z"), QStringLiteral("open") })
        && cache.exec(failed,
                      { odoo, QStringLiteral("validation"), QStringLiteral("The tax is missing"),
                        QStringLiteral("ValidationError: Missing tax"), 3, kStamp,
                        QStringLiteral("2026-03-01T10:00:00Z"), QStringLiteral("open") })
        && cache.exec(failed,
                      { odoo, QStringLiteral("network"), QStringLiteral("Odoo did not answer"), blank, 5,
                        kStamp, QStringLiteral("2026-03-01T07:00:00Z"), QStringLiteral("resolved") })
        // Sync: Odoo's latest run failed, Bullhorn's is still running, HubSpot never synced.
        && cache.exec(run,
                      { QStringLiteral("pull"), odoo, QStringLiteral("2026-03-01T10:00:00Z"),
                        QStringLiteral("2026-03-01T10:05:00Z"), QStringLiteral("succeeded"), 120 })
        && cache.exec(run,
                      { QStringLiteral("pull"), odoo, QStringLiteral("2026-03-02T09:00:00Z"),
                        QStringLiteral("2026-03-02T09:01:05Z"), QStringLiteral("failed"), 3 })
        && cache.exec(run,
                      { QStringLiteral("pull"), staffing, QStringLiteral("2026-03-02T12:00:00Z"), null,
                        QStringLiteral("running"), 0 })
        && cache.exec(
            QStringLiteral("INSERT INTO audit_log (at, actor, action, subject_type, subject_id, "
                           "before_state, after_state) VALUES (?, 'dana', 'link.create', 'customer', "
                           "'3', '', '{\"canonical\":1}'), (?, 'system', 'sync.start', '', '', '', '')"),
            { kStamp, QStringLiteral("2026-03-02T12:00:00Z") });
    return ok;
}

} // namespace cw::test
