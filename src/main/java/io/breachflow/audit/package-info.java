/**
 * The audit trail (append-only, hash-chained with HMAC-SHA256 and a key outside the database, held against
 * signed checkpoints in a file outside the database, verified at start-up and on schedule,
 * {@link io.breachflow.audit.AuditTrail}; the auditors' page {@code /audit}), the personal-data access log
 * ({@link io.breachflow.audit.AccessLog}: user, kind, purpose and count of people of every read or export), the
 * mass-access alarm with its second-approver gate ({@link io.breachflow.audit.AccessGate}, {@code /audit/alarms})
 * and the breach register ({@link io.breachflow.audit.BreachRegister}). Written from the other modules' events
 * (incidents, tasklist, workflow, filings, notices), so other modules never depend on audit except to read it or
 * to log an access; {@code POST /api/audit/verify} and {@code scripts/verify-audit.sh} check the chain.
 */
package io.breachflow.audit;
