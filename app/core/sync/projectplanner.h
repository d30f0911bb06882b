#pragma once

#include "domain/result.h"
#include "util/clock.h"

#include <QCoreApplication>

#include <memory>

namespace cw {

class Database;

/// Plans the Odoo projects of closed-won deals: every deal with `won = 1` and a customer gets one
/// outbox row (operation create_project, model project.project, key
/// `odoo:project:<deal system id>:<deal external id>`). Whether the customer has an Odoo partner
/// is decided when the row is pushed (ProjectPusher), so an unmapped customer becomes a failed
/// push a person can fix.
///
/// The CRM owns the project's name: a row that landed is planned again (back to pending) when the
/// deal's name differs from the one its payload says was sent, and the pusher then updates the
/// same project (same external id). Any other key already in the outbox is left alone, so
/// planning twice plans nothing new. Thread affinity: the calling thread's cache connection.
class ProjectPlanner
{
    Q_DECLARE_TR_FUNCTIONS(cw::ProjectPlanner)

public:
    static inline const QString kOperation = QStringLiteral("create_project");

    ProjectPlanner(const Database &database, qint64 odooSystemId,
                   std::shared_ptr<Clock> clock = Clock::system());

    /// Plans in one statement, then queues again the rows whose customer got an Odoo partner since
    /// (OutboxPusher::requeueMapped()); returns the number of rows new or planned again.
    Result<qint64> plan() const;
    /// `odoo:project:<system id>:<external id>`.
    static QString key(qint64 dealSystemId, const QString &dealExternalId);

private:
    const Database &m_database;
    qint64 m_systemId;
    std::shared_ptr<Clock> m_clock;
};

} // namespace cw
