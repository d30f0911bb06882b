#pragma once

#include "tempcache.h"

#include <QDate>
#include <QString>
#include <QVariant>

#include <optional>

namespace cw::test {

/// Writes small, hand-built cache contents for KPI and exception-rule tests: each add() inserts
/// one row with sensible defaults and returns its id (-1 on failure, with a warning). Fields are
/// designated-initializer friendly: `b.add(Line { .placement = p, .date = "2026-03-31" })`.
/// For tests only; use on the test's thread.
class KpiCacheBuilder
{
public:
    struct Customer
    {
        qint64 system = 0;
        QString name = QStringLiteral("Customer");
        QString currency = QStringLiteral("EUR");
        QString businessUnit {};
        QString externalId {};
    };

    struct Placement
    {
        qint64 system = 0;
        qint64 customer = 0;
        qint64 consultant = 0;
        std::optional<qint64> billRate = 6000;
        std::optional<qint64> payRate = 4000;
        QString currency = QStringLiteral("EUR");
        QString costCenter {};
        QString start = QStringLiteral("2025-01-01");
        QString end {};
        QString title = QStringLiteral("Consultant");
    };

    struct Line
    {
        qint64 placement = 0;
        QString date {};
        int minutes = 480;
        std::optional<qint64> billRate = 6000;
        std::optional<qint64> payRate = 4000;
        QString status = QStringLiteral("approved");
        bool billable = true;
        qint64 invoice = 0;
        QString currency {};
        QString externalId {};
        /// 0 takes the builder's default staffing system.
        qint64 system = 0;
    };

    struct Invoice
    {
        qint64 customer = 0;
        qint64 placement = 0;
        QString date {};
        QString due {};
        QString state = QStringLiteral("posted");
        qint64 untaxed = 0;
        qint64 total = 0;
        qint64 residual = 0;
        QString currency = QStringLiteral("EUR");
        QString moveType = QStringLiteral("out_invoice");
        QString modifiedAt = QStringLiteral("2026-01-01T00:00:00Z");
        QString number {};
    };

    struct Payment
    {
        qint64 customer = 0;
        qint64 invoice = 0;
        QString date {};
        qint64 amount = 0;
        QString currency = QStringLiteral("EUR");
    };

    struct FailedPush
    {
        QString category = QStringLiteral("validation");
        QString firstSeen {};
        QString state = QStringLiteral("open");
        QString resolvedAt {};
        /// Model of the outbox row written with it; empty writes none.
        QString model = QStringLiteral("account.move");
        QString operation = QStringLiteral("create_invoice");
    };

    struct Exception
    {
        QString rule = QStringLiteral("invoice_overdue");
        QString entity = QStringLiteral("invoice");
        qint64 subject = 1;
        qint64 customer = 0;
        qint64 amount = 0;
        QString currency = QStringLiteral("EUR");
        QString occurredOn {};
        QString state = QStringLiteral("open");
        QString detectedAt = QStringLiteral("2026-01-01T00:00:00Z");
        QString updatedAt = QStringLiteral("2026-01-01T00:00:00Z");
        QString owner {};
    };

    /// Adds a staffing system and an Odoo system, the defaults of the rows below.
    explicit KpiCacheBuilder(const TempCache &cache);

    qint64 staffing() const { return m_staffing; }
    qint64 odoo() const { return m_odoo; }

    qint64 add(const Customer &c);
    qint64 add(const Placement &p);
    qint64 add(const Line &l);
    qint64 add(const Invoice &i);
    qint64 add(const Payment &p);
    qint64 add(const FailedPush &f);
    qint64 add(const Exception &e);
    qint64 consultant(const QString &name);
    /// Links @p customer to canonical customer @p canonical (0 creates one); returns the canonical id.
    qint64 link(qint64 customer, qint64 canonical = 0,
                const QString &decidedAt = QStringLiteral("2026-01-01T00:00:00Z"));
    qint64 rate(qint64 placement, const QString &effective, std::optional<qint64> bill,
                std::optional<qint64> pay);
    void currencyRate(const QString &currency, const QString &date, const QString &company, qint64 micros);
    qint64 expense(qint64 placement, qint64 invoice, qint64 amount, const QString &date);
    qint64 syncRun(qint64 system, const QString &status, const QString &finishedAt);

private:
    qint64 insert(const QString &sql, const QVariantList &values);
    QString nextExternalId(const QString &prefix);

    const TempCache &m_cache;
    qint64 m_staffing = 0;
    qint64 m_odoo = 0;
    int m_counter = 0;
};

} // namespace cw::test
