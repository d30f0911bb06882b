#include "migrations.h"

namespace cw {

namespace {

// Conventions of the schema:
// - dates are TEXT 'YYYY-MM-DD', instants TEXT ISO 8601 UTC with 'Z', written by the app's Clock;
// - money is INTEGER minor units plus a currency code, hours are INTEGER minutes;
// - raw holds the record as its system sent it (JSON), the other columns are what matching and
//   the KPIs read, so no query has to parse JSON;
// - every record table is unique per (system_id, external_id), the key pulls upsert on.
QStringList schemaV1()
{
    return {
        QStringLiteral(R"(CREATE TABLE system (
            id %ID%,
            kind TEXT NOT NULL CHECK (kind IN ('odoo', 'crm', 'staffing', 'file')),
            name TEXT NOT NULL UNIQUE,
            url TEXT NOT NULL DEFAULT '',
            database_name TEXT NOT NULL DEFAULT '',
            login TEXT NOT NULL DEFAULT '',
            options TEXT NOT NULL DEFAULT '{}',
            enabled INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE customer (
            id %ID%,
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            name TEXT NOT NULL,
            legal_form TEXT NOT NULL DEFAULT '',
            vat TEXT NOT NULL DEFAULT '',
            registry_id TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            street TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL DEFAULT '',
            currency TEXT NOT NULL DEFAULT '',
            business_unit TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'archived', 'not_customer')),
            modified_at TEXT NOT NULL,
            raw TEXT NOT NULL DEFAULT '{}',
            UNIQUE (system_id, external_id)))"),

        QStringLiteral(R"(CREATE TABLE contact (
            id %ID%,
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            customer_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,
            first_name TEXT NOT NULL DEFAULT '',
            last_name TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            modified_at TEXT NOT NULL,
            raw TEXT NOT NULL DEFAULT '{}',
            UNIQUE (system_id, external_id)))"),

        QStringLiteral(R"(CREATE TABLE consultant (
            id %ID%,
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            name TEXT NOT NULL,
            email TEXT NOT NULL DEFAULT '',
            employment_type TEXT NOT NULL DEFAULT '',
            modified_at TEXT NOT NULL,
            raw TEXT NOT NULL DEFAULT '{}',
            UNIQUE (system_id, external_id)))"),

        QStringLiteral(R"(CREATE TABLE deal (
            id %ID%,
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            customer_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,
            name TEXT NOT NULL,
            stage TEXT NOT NULL DEFAULT '',
            won INTEGER NOT NULL DEFAULT 0,
            amount_minor INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT '',
            close_date TEXT,
            modified_at TEXT NOT NULL,
            raw TEXT NOT NULL DEFAULT '{}',
            UNIQUE (system_id, external_id)))"),

        QStringLiteral(R"(CREATE TABLE placement (
            id %ID%,
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            customer_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,
            consultant_id INTEGER REFERENCES consultant(id) ON DELETE SET NULL,
            job_title TEXT NOT NULL DEFAULT '',
            start_date TEXT NOT NULL,
            end_date TEXT,
            bill_rate_minor INTEGER,
            pay_rate_minor INTEGER,
            currency TEXT NOT NULL DEFAULT '',
            cost_center TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active',
            modified_at TEXT NOT NULL,
            raw TEXT NOT NULL DEFAULT '{}',
            UNIQUE (system_id, external_id)))"),

        // Rate history: margin erosion (pay raised, bill unchanged) needs the rates over time.
        QStringLiteral(R"(CREATE TABLE placement_rate (
            id %ID%,
            placement_id INTEGER NOT NULL REFERENCES placement(id) ON DELETE CASCADE,
            effective_date TEXT NOT NULL,
            bill_rate_minor INTEGER,
            pay_rate_minor INTEGER,
            UNIQUE (placement_id, effective_date)))"),

        QStringLiteral(R"(CREATE TABLE invoice (
            id %ID%,
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            customer_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,
            placement_id INTEGER REFERENCES placement(id) ON DELETE SET NULL,
            number TEXT NOT NULL DEFAULT '',
            ref TEXT NOT NULL DEFAULT '',
            move_type TEXT NOT NULL DEFAULT 'out_invoice',
            invoice_date TEXT,
            due_date TEXT,
            period_start TEXT,
            period_end TEXT,
            state TEXT NOT NULL DEFAULT 'draft' CHECK (state IN ('draft', 'posted', 'cancel')),
            payment_state TEXT NOT NULL DEFAULT 'not_paid',
            amount_untaxed_minor INTEGER NOT NULL DEFAULT 0,
            amount_total_minor INTEGER NOT NULL DEFAULT 0,
            amount_residual_minor INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT '',
            modified_at TEXT NOT NULL,
            raw TEXT NOT NULL DEFAULT '{}',
            UNIQUE (system_id, external_id)))"),

        QStringLiteral(R"(CREATE TABLE timesheet_line (
            id %ID%,
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            placement_id INTEGER REFERENCES placement(id) ON DELETE SET NULL,
            work_date TEXT NOT NULL,
            minutes INTEGER NOT NULL CHECK (minutes >= 0),
            bill_rate_minor INTEGER,
            pay_rate_minor INTEGER,
            currency TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'rejected')),
            billable INTEGER NOT NULL DEFAULT 1,
            invoice_id INTEGER REFERENCES invoice(id) ON DELETE SET NULL,
            modified_at TEXT NOT NULL,
            raw TEXT NOT NULL DEFAULT '{}',
            UNIQUE (system_id, external_id)))"),

        QStringLiteral(R"(CREATE TABLE expense (
            id %ID%,
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            placement_id INTEGER REFERENCES placement(id) ON DELETE SET NULL,
            expense_date TEXT NOT NULL,
            category TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            amount_minor INTEGER NOT NULL,
            currency TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'submitted' CHECK (status IN ('submitted', 'approved', 'rejected')),
            billable INTEGER NOT NULL DEFAULT 1,
            invoice_id INTEGER REFERENCES invoice(id) ON DELETE SET NULL,
            modified_at TEXT NOT NULL,
            raw TEXT NOT NULL DEFAULT '{}',
            UNIQUE (system_id, external_id)))"),

        QStringLiteral(R"(CREATE TABLE payment (
            id %ID%,
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            external_id TEXT NOT NULL,
            customer_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,
            invoice_id INTEGER REFERENCES invoice(id) ON DELETE SET NULL,
            payment_date TEXT NOT NULL,
            amount_minor INTEGER NOT NULL,
            currency TEXT NOT NULL DEFAULT '',
            modified_at TEXT NOT NULL,
            raw TEXT NOT NULL DEFAULT '{}',
            UNIQUE (system_id, external_id)))"),

        // The crosswalk: one canonical customer, at most one link per record of any system.
        QStringLiteral(R"(CREATE TABLE canonical_customer (
            id %ID%,
            name TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE link (
            id %ID%,
            canonical_id INTEGER NOT NULL REFERENCES canonical_customer(id) ON DELETE CASCADE,
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            external_id TEXT NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('auto', 'review', 'manual', 'import')),
            score REAL,
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT NOT NULL,
            UNIQUE (system_id, entity, external_id)))"),

        QStringLiteral(R"(CREATE TABLE match_candidate (
            id %ID%,
            left_customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
            right_customer_id INTEGER NOT NULL REFERENCES customer(id) ON DELETE CASCADE,
            score REAL NOT NULL,
            band TEXT NOT NULL CHECK (band IN ('auto', 'review', 'none')),
            explanation TEXT NOT NULL DEFAULT '{}',
            value_at_stake_minor INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'rejected')),
            created_at TEXT NOT NULL,
            decided_by TEXT NOT NULL DEFAULT '',
            decided_at TEXT,
            UNIQUE (left_customer_id, right_customer_id)))"),

        QStringLiteral(R"(CREATE TABLE sync_cursor (
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            cursor TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (system_id, entity)))"),

        QStringLiteral(R"(CREATE TABLE sync_run (
            id %ID%,
            flow TEXT NOT NULL,
            system_id INTEGER REFERENCES system(id) ON DELETE SET NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'cancelled')),
            read_count INTEGER NOT NULL DEFAULT 0,
            created_count INTEGER NOT NULL DEFAULT 0,
            updated_count INTEGER NOT NULL DEFAULT 0,
            skipped_count INTEGER NOT NULL DEFAULT 0,
            failed_count INTEGER NOT NULL DEFAULT 0,
            message TEXT NOT NULL DEFAULT ''))"),

        QStringLiteral(R"(CREATE TABLE sync_event (
            id %ID%,
            run_id INTEGER NOT NULL REFERENCES sync_run(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),
            entity TEXT NOT NULL DEFAULT '',
            external_id TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''))"),

        // One row per intended write; the idempotency key becomes the external id in Odoo.
        QStringLiteral(R"(CREATE TABLE outbox (
            id %ID%,
            idempotency_key TEXT NOT NULL UNIQUE,
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            operation TEXT NOT NULL,
            model TEXT NOT NULL DEFAULT '',
            payload TEXT NOT NULL DEFAULT '{}',
            state TEXT NOT NULL DEFAULT 'pending'
                CHECK (state IN ('pending', 'in_flight', 'done', 'failed', 'dead')),
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            remote_id TEXT NOT NULL DEFAULT '',
            last_error_category TEXT NOT NULL DEFAULT '',
            last_error_message TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),

        QStringLiteral(R"(CREATE TABLE failed_push (
            id %ID%,
            outbox_id INTEGER REFERENCES outbox(id) ON DELETE SET NULL,
            system_id INTEGER REFERENCES system(id) ON DELETE SET NULL,
            category TEXT NOT NULL,
            message TEXT NOT NULL,
            remote_message TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '{}',
            fingerprint TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 1,
            occurrences INTEGER NOT NULL DEFAULT 1,
            first_seen TEXT NOT NULL,
            last_seen TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'resolved')),
            resolution TEXT NOT NULL DEFAULT '',
            resolved_by TEXT NOT NULL DEFAULT '',
            resolved_at TEXT))"),

        QStringLiteral(R"(CREATE TABLE revenue_exception (
            id %ID%,
            rule TEXT NOT NULL,
            subject_entity TEXT NOT NULL,
            subject_id INTEGER NOT NULL,
            customer_id INTEGER REFERENCES customer(id) ON DELETE SET NULL,
            amount_minor INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT '',
            occurred_on TEXT,
            detail TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'acknowledged', 'resolved')),
            owner TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            detected_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (rule, subject_entity, subject_id)))"),

        QStringLiteral(R"(CREATE TABLE audit_log (
            id %ID%,
            at TEXT NOT NULL,
            actor TEXT NOT NULL,
            action TEXT NOT NULL,
            subject_type TEXT NOT NULL DEFAULT '',
            subject_id TEXT NOT NULL DEFAULT '',
            before_state TEXT NOT NULL DEFAULT '',
            after_state TEXT NOT NULL DEFAULT ''))"),

        // Known true matches of generated demo data, so matching can be measured; empty for
        // caches filled from real systems.
        QStringLiteral(R"(CREATE TABLE ground_truth (
            system_id INTEGER NOT NULL REFERENCES system(id) ON DELETE CASCADE,
            entity TEXT NOT NULL,
            external_id TEXT NOT NULL,
            truth_key TEXT NOT NULL,
            PRIMARY KEY (system_id, entity, external_id)))"),

        QStringLiteral("CREATE INDEX customer_by_name ON customer (system_id, name)"),
        QStringLiteral("CREATE INDEX placement_by_customer ON placement (customer_id)"),
        QStringLiteral("CREATE INDEX timesheet_by_placement ON timesheet_line (placement_id, work_date)"),
        QStringLiteral("CREATE INDEX expense_by_placement ON expense (placement_id)"),
        QStringLiteral("CREATE INDEX invoice_by_customer ON invoice (customer_id)"),
        QStringLiteral("CREATE INDEX payment_by_invoice ON payment (invoice_id)"),
        QStringLiteral("CREATE INDEX link_by_canonical ON link (canonical_id)"),
        QStringLiteral("CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at)"),
        QStringLiteral("CREATE INDEX failed_push_by_state ON failed_push (state, category)"),
        QStringLiteral("CREATE INDEX exception_by_state ON revenue_exception (state, rule)"),
        QStringLiteral("CREATE INDEX sync_event_by_run ON sync_event (run_id)"),
        QStringLiteral("CREATE INDEX audit_by_time ON audit_log (at)"),
    };
}

QStringList auditTriggers()
{
    return {
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END"),
    };
}

// Version 2: company-currency conversion for the KPIs, and the index that finds billed lines of
// an invoice (invoice drill-down, "hours invoiced twice").
QStringList schemaV2()
{
    return {
        QStringLiteral(R"(CREATE TABLE currency_rate (
            currency TEXT NOT NULL,
            rate_date TEXT NOT NULL,
            company_currency TEXT NOT NULL,
            rate_micros INTEGER NOT NULL CHECK (rate_micros > 0),
            PRIMARY KEY (currency, rate_date, company_currency)))"),
        QStringLiteral("CREATE INDEX timesheet_by_invoice ON timesheet_line (invoice_id)"),
    };
}

// Version 3: read paths of the dashboard KPIs (app/core/kpi). Indexes only: no summary tables
// and no triggers, so SQLite keeps them exact on every write, bulk loads included, without a
// refresh step a writer could forget. All three are covering (the KPI queries read no table row):
// - timesheet_unbilled: partial, the approved billable lines on no invoice, so "unbilled as of
//   today" reads only those;
// - timesheet_billed: partial, the approved billable lines on an invoice, by invoice and work
//   date, so "unbilled as of an earlier date" (the trend's previous period) reads only the lines
//   of invoices billed after that date that were worked by then;
// - timesheet_period replaces timesheet_by_placement (same leading columns, so every query that
//   used it still can) and carries what period figures and revenue rules read.
// Cost, measured by inserting 1.09 million demo-shaped lines (INSERT ... SELECT): 3.32 s of CPU
// against 2.66 s with schema 2, about 0.6 microseconds more per line (still above 300,000 lines per
// CPU second for SQLite's part). Without timesheet_billed it is 0.3 microseconds, but a 90-day
// trend then reads every line billed since (300 ms instead of 60 ms on a million lines).
QStringList schemaV3()
{
    return {
        QStringLiteral("DROP INDEX timesheet_by_placement"),
        QStringLiteral(
            "CREATE INDEX timesheet_period ON timesheet_line "
            "(placement_id, work_date, status, billable, minutes, bill_rate_minor, pay_rate_minor, "
            "invoice_id, currency)"),
        QStringLiteral(
            "CREATE INDEX timesheet_unbilled ON timesheet_line "
            "(placement_id, work_date, minutes, bill_rate_minor, currency, status, billable, invoice_id) "
            "WHERE status = 'approved' AND billable = 1 AND invoice_id IS NULL"),
        QStringLiteral(
            "CREATE INDEX timesheet_billed ON timesheet_line "
            "(invoice_id, work_date, placement_id, minutes, bill_rate_minor, currency, status, billable) "
            "WHERE status = 'approved' AND billable = 1 AND invoice_id IS NOT NULL"),
        QStringLiteral("CREATE INDEX invoice_by_date ON invoice (invoice_date)"),
        QStringLiteral("CREATE INDEX sync_run_by_system ON sync_run (system_id, status, finished_at)"),
        QStringLiteral("CREATE INDEX exception_by_customer ON revenue_exception (customer_id)"),
    };
}

// Version 7: the Unmatched page looks up each record's best candidate from both sides of the
// pair; the unique key serves the left side, this index the right one.
QStringList schemaV7()
{
    return {
        QStringLiteral("CREATE INDEX match_candidate_by_right ON match_candidate (right_customer_id, score)"),
    };
}

// Version 9: a sync killed mid-way left its run "running" for ever; the sync engine now closes
// such runs as 'interrupted' when it starts. A CHECK cannot be altered in place, so sync_run is
// rebuilt. sync_event is rebuilt with it: dropping sync_run would otherwise delete every event
// through ON DELETE CASCADE. Renaming the new tables carries their references along.
// sync_circuit keeps each system's circuit breaker between runs and processes, so the Sync page
// can show it and the next run does not hammer a system that just failed.
QStringList schemaV9()
{
    return {
        QStringLiteral(R"(CREATE TABLE sync_run_v9 (
            id %ID%,
            flow TEXT NOT NULL,
            system_id INTEGER REFERENCES system(id) ON DELETE SET NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'succeeded', 'partial', 'failed', 'cancelled', 'interrupted')),
            read_count INTEGER NOT NULL DEFAULT 0,
            created_count INTEGER NOT NULL DEFAULT 0,
            updated_count INTEGER NOT NULL DEFAULT 0,
            skipped_count INTEGER NOT NULL DEFAULT 0,
            failed_count INTEGER NOT NULL DEFAULT 0,
            message TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE sync_event_v9 (
            id %ID%,
            run_id INTEGER NOT NULL REFERENCES sync_run_v9(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            level TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),
            entity TEXT NOT NULL DEFAULT '',
            external_id TEXT NOT NULL DEFAULT '',
            message TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(
            "INSERT INTO sync_run_v9 SELECT id, flow, system_id, started_at, finished_at, status, "
            "read_count, created_count, updated_count, skipped_count, failed_count, message FROM sync_run"),
        QStringLiteral(
            "INSERT INTO sync_event_v9 SELECT id, run_id, at, level, entity, external_id, message, detail "
            "FROM sync_event"),
        QStringLiteral("DROP TABLE sync_event"),
        QStringLiteral("DROP TABLE sync_run"),
        QStringLiteral("ALTER TABLE sync_run_v9 RENAME TO sync_run"),
        QStringLiteral("ALTER TABLE sync_event_v9 RENAME TO sync_event"),
        QStringLiteral("CREATE INDEX sync_event_by_run ON sync_event (run_id)"),
        QStringLiteral("CREATE INDEX sync_run_by_system ON sync_run (system_id, status, finished_at)"),
        QStringLiteral(R"(CREATE TABLE sync_circuit (
            system_id INTEGER PRIMARY KEY REFERENCES system(id) ON DELETE CASCADE,
            state TEXT NOT NULL CHECK (state IN ('closed', 'open', 'half_open')),
            reopens_at TEXT,
            failures INTEGER NOT NULL DEFAULT 0,
            last_error TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL))"),
    };
}

// Version 10: a bulk load (a large file import or first pull) drops the indexes of its table
// whose entries land at scattered places and builds them afterwards (IndexSuspension). Each
// dropped index's statement is kept here, in the transaction that drops it, so a process killed
// mid-load leaves a note the next open acts on instead of a table without its indexes.
QStringList schemaV10()
{
    return {
        QStringLiteral(R"(CREATE TABLE suspended_index (
            name TEXT PRIMARY KEY,
            table_name TEXT NOT NULL,
            sql TEXT NOT NULL,
            suspended_at TEXT NOT NULL))"),
    };
}

// Version 11: every CHECK (column IN ('a', 'b', ...)) becomes CHECK (column = 'a' OR column =
// 'b' ...), which accepts the same values. Why: SQLite 3.40 builds a temporary table for the IN
// list each time it checks a row, about 9,000 instructions per customer, time entry or expense
// written, a quarter of a pull's write. Only the stored text of the tables changes, as SQLite's
// documentation allows for CHECK constraints, so no table is rebuilt; writable_schema = RESET
// reloads the schema of this connection. Other connections keep the old, equivalent form until
// they reopen.
QStringList schemaV11Sqlite()
{
    const QList<std::pair<QString, QStringList>> checks {
        { QStringLiteral("kind"),
          { QStringLiteral("odoo"), QStringLiteral("crm"), QStringLiteral("staffing"),
            QStringLiteral("file") } },
        { QStringLiteral("status"),
          { QStringLiteral("active"), QStringLiteral("archived"), QStringLiteral("not_customer") } },
        { QStringLiteral("state"),
          { QStringLiteral("draft"), QStringLiteral("posted"), QStringLiteral("cancel") } },
        { QStringLiteral("status"),
          { QStringLiteral("submitted"), QStringLiteral("approved"), QStringLiteral("rejected") } },
        { QStringLiteral("method"),
          { QStringLiteral("auto"), QStringLiteral("review"), QStringLiteral("manual"),
            QStringLiteral("import") } },
        { QStringLiteral("band"),
          { QStringLiteral("auto"), QStringLiteral("review"), QStringLiteral("none") } },
        { QStringLiteral("status"),
          { QStringLiteral("open"), QStringLiteral("accepted"), QStringLiteral("rejected") } },
        { QStringLiteral("status"),
          { QStringLiteral("running"), QStringLiteral("succeeded"), QStringLiteral("partial"),
            QStringLiteral("failed"), QStringLiteral("cancelled"), QStringLiteral("interrupted") } },
        { QStringLiteral("level"),
          { QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error") } },
        { QStringLiteral("state"),
          { QStringLiteral("pending"), QStringLiteral("in_flight"), QStringLiteral("done"),
            QStringLiteral("failed"), QStringLiteral("dead") } },
        { QStringLiteral("state"), { QStringLiteral("open"), QStringLiteral("resolved") } },
        { QStringLiteral("state"),
          { QStringLiteral("open"), QStringLiteral("acknowledged"), QStringLiteral("resolved") } },
        { QStringLiteral("state"),
          { QStringLiteral("closed"), QStringLiteral("open"), QStringLiteral("half_open") } },
    };
    const auto quoted = [](const QString &text) {
        return QStringLiteral("'%1'").arg(text);
    };
    const auto literal = [](const QString &sql) {
        return QStringLiteral("'%1'").arg(QString(sql).replace(QLatin1Char('\''), QStringLiteral("''")));
    };
    QStringList statements { QStringLiteral("PRAGMA writable_schema = ON") };
    for (const auto &[column, values] : checks) {
        QStringList listed;
        QStringList compared;
        for (const QString &value : values) {
            listed << quoted(value);
            compared << QStringLiteral("%1 = %2").arg(column, quoted(value));
        }
        const QString inList =
            QStringLiteral("CHECK (%1 IN (%2))").arg(column, listed.join(QStringLiteral(", ")));
        const QString ors = QStringLiteral("CHECK (%1)").arg(compared.join(QStringLiteral(" OR ")));
        statements << QStringLiteral("UPDATE sqlite_schema SET sql = replace(sql, %1, %2) "
                                     "WHERE type = 'table' AND instr(sql, %1) > 0")
                          .arg(literal(inList), literal(ors));
    }
    statements << QStringLiteral("PRAGMA writable_schema = RESET");
    return statements;
}

} // namespace

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all {
        { 1, "initial schema", schemaV1(), auditTriggers() },
        { 2, "currency rates, timesheet lines by invoice", schemaV2(), {} },
        { 3, "KPI read paths: covering unbilled, billed and period timesheet indexes", schemaV3(), {} },
        { 7, "match candidates by their right record", schemaV7(), {} },
        { 9, "sync runs can be closed as interrupted; circuit breakers kept per system", schemaV9(), {} },
        { 10, "indexes suspended by a bulk load, rebuilt after a crash", schemaV10(), {} },
        { 11,
          "CHECK constraints without IN lists, which SQLite checked through a table per row",
          {},
          schemaV11Sqlite() },
    };
    return all;
}

QString expandForSqlite(const QString &statement)
{
    QString out = statement;
    out.replace(QLatin1String("%ID%"), QLatin1String("INTEGER PRIMARY KEY"));
    return out;
}

} // namespace cw
