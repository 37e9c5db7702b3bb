/**
 * The case read side: the incident list and the incident workspace (facts and revisions side by side,
 * obligations with countdowns, one timeline merging engine history, the audit trail and completed human
 * tasks, the case's BPMN diagrams with their state, documents), and {@code GET /api/incidents/{id}/timeline}.
 * It only reads other modules' front doors and writes nothing; no module depends on it.
 */
package io.breachflow.cases;
