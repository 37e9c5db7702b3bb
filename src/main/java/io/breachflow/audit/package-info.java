/**
 * The audit trail (append-only, hash-chained, {@link io.breachflow.audit.AuditTrail}), the personal-data
 * access log ({@link io.breachflow.audit.AuditTrail#recordAccess}) and the breach register
 * ({@link io.breachflow.audit.BreachRegister}). Written from the other modules' events (incidents,
 * tasklist, workflow, filings, notices), so other modules never depend on audit except to read it or to log an
 * access; {@code POST /api/audit/verify} and {@code scripts/verify-audit.sh} check the chain.
 */
package io.breachflow.audit;
