#include "failedpushcache.h"

#include "tempcache.h"

namespace cw::test {

namespace {

const QString kStamp = QStringLiteral("2026-04-02T08:00:00Z");

QString payload(const QString &partner, const QString &ref)
{
    return QStringLiteral(
               R"({"move_type":"out_invoice","ref":"%1","partner_id":%2,"currency":"EUR",)"
               R"("invoice_line_ids":[{"name":"Consultant 2026-03","quantity":24.0,"price_unit":90.0}]})")
        .arg(ref, partner);
}

} // namespace

bool FailedPushCache::fill(const TempCache &cache)
{
    const qint64 odoo = cache.addSystem(QStringLiteral("odoo"), QStringLiteral("Odoo"));
    const qint64 staffing = cache.addSystem(QStringLiteral("staffing"), QStringLiteral("Bullhorn"));
    if (odoo < 0 || staffing < 0)
        return false;
    const auto exec = [&](const QString &sql, const QVariantList &values = {}) {
        return cache.exec(sql, values);
    };
    bool ok =
        exec(QStringLiteral("INSERT INTO customer (id, system_id, external_id, name, modified_at) VALUES "
                            "(1, ?, 'C-1', 'Acme Staffing', ?), (2, ?, '501', 'Acme GmbH', ?), "
                            "(3, ?, 'C-2', 'Globex', ?)"),
             { staffing, kStamp, odoo, kStamp, staffing, kStamp });
    ok = ok
        && exec(QStringLiteral("INSERT INTO canonical_customer (id, name, created_at, updated_at) VALUES "
                               "(1, 'Acme', ?, ?), (2, 'Initech', ?, ?)"),
                { kStamp, kStamp, kStamp, kStamp });
    ok = ok
        && exec(QStringLiteral(
                    "INSERT INTO link (canonical_id, system_id, entity, external_id, method, decided_at) "
                    "VALUES (1, ?, 'customer', '501', 'auto', ?)"),
                { odoo, kStamp });
    ok = ok
        && exec(QStringLiteral(
                    "INSERT INTO placement (id, system_id, external_id, customer_id, job_title, start_date, "
                    "bill_rate_minor, currency, modified_at) VALUES "
                    "(1, ?, 'PL-1', 1, 'Consultant', '2026-01-01', 9000, 'EUR', ?), "
                    "(2, ?, 'PL-2', 3, 'Engineer', '2026-01-01', 12000, 'EUR', ?)"),
                { staffing, kStamp, staffing, kStamp });
    for (const char *day : { "2026-03-02", "2026-03-03", "2026-03-04", "2026-04-01" }) {
        ok = ok
            && exec(
                 QStringLiteral(
                     "INSERT INTO timesheet_line (system_id, external_id, placement_id, work_date, minutes, "
                     "bill_rate_minor, currency, status, modified_at) VALUES (?, ?, 1, ?, 480, 9000, "
                     "'EUR', 'approved', ?)"),
                 { staffing, QStringLiteral("T-%1").arg(QLatin1String(day)), QLatin1String(day), kStamp });
    }
    ok = ok
        && exec(QStringLiteral(
                    "INSERT INTO outbox (id, idempotency_key, system_id, operation, model, payload, state, "
                    "attempts, next_attempt_at, created_at, updated_at) VALUES "
                    "(1, 'odoo:invoice:PL-1:2026-03', ?, 'create_invoice', 'account.move', ?, 'dead', 1, "
                    "NULL, ?, ?), "
                    "(2, 'odoo:invoice:PL-2:2026-03', ?, 'create_invoice', 'account.move', ?, 'failed', 3, "
                    "'2026-04-02T09:00:00Z', ?, ?), "
                    "(3, 'odoo:invoice:PL-2:2026-02', ?, 'create_invoice', 'account.move', ?, 'dead', 1, "
                    "NULL, ?, ?), "
                    "(4, 'odoo:invoice:PL-2:2026-01', ?, 'create_invoice', 'account.move', ?, 'done', 2, "
                    "NULL, ?, ?)"),
                { odoo, payload(QStringLiteral("false"), QStringLiteral("CW-PL-1-2026-03")), kStamp, kStamp,
                  odoo, payload(QStringLiteral("777"), QStringLiteral("CW-PL-2-2026-03")), kStamp, kStamp,
                  odoo, payload(QStringLiteral("777"), QStringLiteral("CW-PL-2-2026-02")), kStamp, kStamp,
                  odoo, payload(QStringLiteral("777"), QStringLiteral("CW-PL-2-2026-01")), kStamp, kStamp });
    ok =
        ok
        && exec(
            QStringLiteral(
                "INSERT INTO failed_push (id, outbox_id, system_id, category, message, remote_message, "
                "source, "
                "fingerprint, attempts, occurrences, first_seen, last_seen, state, resolution, resolved_by, "
                "resolved_at) VALUES "
                "(1, 1, ?, 'mapping', 'Customer Acme Staffing has no partner in Odoo.', "
                "'Field: Customer (partner_id)', '{\"placement\":\"PL-1\",\"customer\":\"Acme Staffing\","
                "\"period\":\"2026-03\",\"lines\":3}', 'odoo.partner_missing', 1, 2, '2026-04-01T08:00:00Z', "
                "'2026-04-02T08:00:00Z', 'open', '', '', NULL), "
                "(2, 2, ?, 'network', 'Odoo could not be reached after 3 attempts.', '502 Bad Gateway', "
                "'{\"placement\":\"PL-2\",\"customer\":\"Globex\",\"period\":\"2026-03\"}', 'http.502', 3, "
                "3, "
                "'2026-04-01T09:00:00Z', '2026-04-02T07:00:00Z', 'open', '', '', NULL), "
                "(3, 3, ?, 'validation', 'Accounting has closed 2026-02 in Odoo.', 'You cannot add/modify "
                "entries prior to and inclusive of the lock date 02/28/2026.', "
                "'{\"placement\":\"PL-2\",\"customer\":\"Globex\",\"period\":\"2026-02\"}', "
                "'odoo.lock_date', 1, "
                "1, '2026-03-05T09:00:00Z', '2026-03-05T09:00:00Z', 'open', '', '', NULL), "
                "(4, 4, ?, 'network', 'Odoo could not be reached after 2 attempts.', 'timed out', "
                "'{\"placement\":\"PL-2\",\"customer\":\"Globex\",\"period\":\"2026-01\"}', 'timeout', 2, 1, "
                "'2026-02-03T09:00:00Z', '2026-02-03T10:00:00Z', 'resolved', 'A later retry succeeded.', "
                "'crosswalk', '2026-02-03T11:00:00Z')"),
            { odoo, odoo, odoo, odoo });
    return ok;
}

} // namespace cw::test
