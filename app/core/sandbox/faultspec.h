#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace cw {

/// Which faults a simulator injects and how often: the parsed form of one system's part of
/// `--faults "odoo:latency_ms=20,p_5xx=0.05,p_429=0.05;crm:p_timeout=0.01"`.
///
/// Keys (all optional; probabilities in [0, 1] are drawn per API call, their sum at most 1):
/// `latency_ms` extra delay before every answer; `p_5xx` HTTP 502/503/504; `p_429` HTTP 429 with
/// Retry-After; `p_timeout` no answer at all (the client's deadline fires); `p_malformed` a
/// truncated, non-JSON body with status 200; `p_drop_after_commit` the call runs and commits,
/// then the connection closes without an answer; `p_serialization` a database serialization
/// failure (the call is rolled back); `session_ttl_s` web sessions expire this many seconds after
/// login (0 = never); `retry_after_s` the Retry-After value sent with 429/503 (default 1).
/// Each simulator (Odoo, CRM, staffing) reads its own part; the meaning of a key is the same
/// everywhere.
/// A plain value; thread-safe to copy.
struct FaultSpec
{
    Q_DECLARE_TR_FUNCTIONS(cw::FaultSpec)

public:
    int latencyMs = 0;
    double p5xx = 0;
    double p429 = 0;
    double pTimeout = 0;
    double pMalformed = 0;
    double pDropAfterCommit = 0;
    double pSerialization = 0;
    int sessionTtlS = 0;
    int retryAfterS = 1;

    /// True when no fault and no latency is configured.
    bool isEmpty() const;
    /// Sum of all per-call probabilities.
    double totalProbability() const;

    /// Parses one system's options: "latency_ms=20,p_5xx=0.05". Empty text gives the empty spec.
    /// Unknown keys, bad numbers, probabilities outside [0, 1] or summing above 1 are errors
    /// (category Config) naming the offending part.
    static Result<FaultSpec> parse(const QString &options);
    /// Parses the whole `--faults` value: `system:options` parts separated by ';'. A system may
    /// appear once. Keys are lowercase system names ("odoo").
    static Result<QHash<QString, FaultSpec>> parseSystems(const QString &text);
    /// Canonical text form, parseable by parse(); only non-default keys, fixed order.
    QString toString() const;
};

} // namespace cw
