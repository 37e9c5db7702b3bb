package io.breachflow.audit;

import io.breachflow.audit.AccessAlarmRaised.Reason;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second-approver gate: while a threshold alarm about a user is open, their reads of that kind are
 * refused unless another DPO approved one more access (each approval admits exactly one read) or a DPO
 * cleared the alarm. A DPO is never refused (their reads under an alarm are recorded as emergency access);
 * no one approves or clears an alarm about themselves. Refusals, approvals and clearings are links of the
 * audit chain.
 */
@Service
public class AccessGate {

    private final AccessAlarms alarms;
    private final AuditTrail trail;
    private final Clock clock;

    AccessGate(AccessAlarms alarms, AuditTrail trail, ObjectProvider<Clock> clock) {
        this.alarms = alarms;
        this.trail = trail;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Lets {@code actor} read personal data of {@code kind}, or throws when a second person must approve. */
    @Transactional
    public void admit(String actor, Set<String> roles, AccessKind kind) {
        if (roles.contains(AccessUsers.DPO)) {
            return;
        }
        AccessAlarm open = alarms.open(actor, Reason.THRESHOLD, kind).orElse(null);
        if (open == null) {
            return;
        }
        if (!alarms.useApproval(open.id(), clock.instant())) {
            // a link of its own: it stands although the refusal rolls this transaction back
            trail.append(actor, "PERSONAL_DATA_ACCESS_REFUSED", null, "alarm=" + open.id() + " kind=" + kind);
            throw new AccessApprovalRequiredException(actor, kind, open.id());
        }
        trail.append(actor, "ACCESS_APPROVAL_USED", null, "alarm=" + open.id() + " kind=" + kind);
    }

    /** {@code dpo} (another person than the alarm's user) admits one more read of the alarm's kind. */
    @Transactional
    public void approveOnce(long alarmId, String dpo, Set<String> roles) {
        AccessAlarm alarm = reviewable(alarmId, dpo, roles);
        if (!alarm.open() || !alarm.gates()) {
            throw new IllegalStateException("Expected an open threshold alarm, but alarm " + alarmId + " is "
                    + (alarm.open() ? alarm.reason() : "cleared"));
        }
        alarms.approve(alarmId, dpo, clock.instant());
        trail.append(dpo, "ACCESS_APPROVED_ONCE", null, "alarm=" + alarmId + " user=" + alarm.actor());
    }

    /** {@code dpo} clears the alarm: the user's reads are no longer gated and their window counts afresh. */
    @Transactional
    public void clear(long alarmId, String dpo, Set<String> roles) {
        reviewable(alarmId, dpo, roles);
        if (!alarms.clear(alarmId, dpo, clock.instant())) {
            throw new IllegalStateException("Expected an open alarm, but alarm " + alarmId + " is already cleared");
        }
        trail.append(dpo, "ACCESS_ALARM_CLEARED", null, "alarm=" + alarmId);
    }

    /** Open alarms first, then the most recent. */
    @Transactional(readOnly = true)
    public List<AccessAlarm> recent(int limit) {
        return alarms.recent(limit);
    }

    /** How many one-time approvals of the alarm are still unused. */
    @Transactional(readOnly = true)
    public long unusedApprovals(long alarmId) {
        return alarms.unusedApprovals(alarmId);
    }

    private AccessAlarm reviewable(long alarmId, String dpo, Set<String> roles) {
        AccessAlarm alarm = alarms.find(alarmId).orElseThrow(() -> new NoSuchElementException("alarm " + alarmId));
        if (!roles.contains(AccessUsers.DPO)) {
            throw new IllegalStateException("Expected the DPO role to review alarm " + alarmId + ", but it is missing");
        }
        if (alarm.actor().equals(dpo)) {
            throw new IllegalStateException("Expected a second person to review alarm " + alarmId
                    + ", but it is about the reviewer");
        }
        return alarm;
    }
}
