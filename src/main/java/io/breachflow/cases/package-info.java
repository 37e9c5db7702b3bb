/**
 * The case read side: the incident list and the incident workspace (facts and revisions side by side,
 * obligations with countdowns, one timeline merging engine history, the audit trail and completed human
 * tasks, the case's BPMN diagrams with their state, documents), and {@code GET /api/incidents/{id}/timeline}.
 * Everything is said in the reader's words: obligations by name ("PIPC report — PIPA Art. 34"), deadlines in
 * their regime's zone, codes as words, the timeline as business events with the engine's steps on request;
 * countdowns count from the application's clock ({@code templates/cases/countdown.html}, used by the inbox and
 * the deadline dashboard too). It only reads other modules' front doors and writes nothing; no module
 * depends on it.
 */
package io.breachflow.cases;
