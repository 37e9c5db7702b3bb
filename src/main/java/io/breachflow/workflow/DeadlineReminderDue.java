package io.breachflow.workflow;

/**
 * An obligation's reminder timer fired while its work was still open. Listeners (mail, inbox badge,
 * DPO escalation) decide whom to tell; the event carries references only.
 */
public record DeadlineReminderDue(String incidentId, String obligationKey, String dueAt) {
}
