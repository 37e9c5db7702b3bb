package io.breachflow.workflow;

import java.time.Instant;

/**
 * An obligation's reminder point passed while its work was still open. Listeners (mail, inbox badge,
 * audit) decide whom to tell; {@code atRisk} marks the last point before the deadline, when the DPO is
 * told too. The event carries references and times only.
 *
 * @param dueAt      the legal deadline (ISO-8601 with the regime's offset), or null where the law sets no time
 * @param deadlineAt the instant the obligation is due: {@code dueAt}, else the internal target; null only in
 *                   events recorded before it was carried
 * @param remindedAt when the reminder point fired, for "due in 12 h"; null as {@code deadlineAt}
 */
public record DeadlineReminderDue(String incidentId, String obligationKey, String dueAt, boolean atRisk,
                                  String deadlineAt, Instant remindedAt) {

    /** A reminder without its deadline and firing time (as recorded before they were carried). */
    public DeadlineReminderDue(String incidentId, String obligationKey, String dueAt, boolean atRisk) {
        this(incidentId, obligationKey, dueAt, atRisk, dueAt, null);
    }
}
