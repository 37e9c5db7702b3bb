package io.breachflow.workflow;

/**
 * An obligation's deadline (or internal target) passed while its work was still open: the DPO must
 * know. Carries references only.
 */
public record ObligationOverdue(String incidentId, String obligationKey, String dueAt) {
}
