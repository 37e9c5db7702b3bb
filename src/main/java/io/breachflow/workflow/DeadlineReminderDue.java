package io.breachflow.workflow;

/**
 * An obligation's reminder point passed while its work was still open. Listeners (mail, inbox badge,
 * audit) decide whom to tell; {@code atRisk} marks the last point before the deadline, when the DPO is
 * told too. The event carries references only.
 */
public record DeadlineReminderDue(String incidentId, String obligationKey, String dueAt, boolean atRisk) {
}
