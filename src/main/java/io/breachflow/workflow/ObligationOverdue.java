package io.breachflow.workflow;

/**
 * An obligation's deadline (or internal target) passed while its work was still open: the DPO must
 * know. Carries references and times only.
 *
 * @param dueAt      the legal deadline (ISO-8601 with the regime's offset), or null where the law sets no time
 * @param deadlineAt the instant that passed: {@code dueAt}, else the internal target; null only in events
 *                   recorded before it was carried
 */
public record ObligationOverdue(String incidentId, String obligationKey, String dueAt, String deadlineAt) {

    /** An escalation without its deadline (as recorded before it was carried). */
    public ObligationOverdue(String incidentId, String obligationKey, String dueAt) {
        this(incidentId, obligationKey, dueAt, dueAt);
    }
}
