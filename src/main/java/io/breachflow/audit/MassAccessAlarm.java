package io.breachflow.audit;

import io.breachflow.audit.AccessAlarmRaised.Reason;
import java.time.Instant;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Decides whether an access just recorded sets off an alarm: the people {@code actor} read in the window
 * (counted afresh from the moment the DPO last cleared one of their threshold alarms) reached their role's
 * threshold, the access came outside working hours, or from an address the user was never seen at.
 * At most one open alarm per user and reason (and kind, for the threshold), so a night of reading raises
 * one alarm, not one per page.
 */
@Component
class MassAccessAlarm {

    private final AccessRecords records;
    private final AccessAlarms alarms;
    private final AccessAlarmProperties properties;
    private final AuditTrail trail;
    private final ApplicationEventPublisher events;

    MassAccessAlarm(AccessRecords records, AccessAlarms alarms, AccessAlarmProperties properties, AuditTrail trail,
            ApplicationEventPublisher events) {
        this.records = records;
        this.alarms = alarms;
        this.properties = properties;
        this.trail = trail;
        this.events = events;
    }

    /** Called after {@code access} was inserted, in the same transaction. */
    void evaluate(String actor, Set<String> roles, PersonalDataAccess access, String address, Instant at) {
        Instant since = at.minus(properties.window());
        Instant cleared = alarms.lastCleared(actor).orElse(since);
        long people = records.peopleSince(actor, cleared.isAfter(since) ? cleared : since);
        long threshold = properties.thresholdFor(actor, roles);
        if (people >= threshold && alarms.open(actor, Reason.THRESHOLD, access.kind()).isEmpty()) {
            raise(actor, Reason.THRESHOLD, access.kind(), people, threshold, address, at);
        }
        AccessAlarmProperties.WorkingHours hours = properties.workingHours();
        if (hours.enabled() && !hours.contains(at.atZone(hours.zone()).toLocalTime())
                && alarms.open(actor, Reason.UNUSUAL_HOUR, null).isEmpty()) {
            raise(actor, Reason.UNUSUAL_HOUR, access.kind(), people, null, address, at);
        }
        if (properties.newAddresses() && address != null && isNewAddress(actor, address)) {
            raise(actor, Reason.NEW_ADDRESS, access.kind(), people, null, address, at);
        }
    }

    /** The row just inserted is the only one from this address, and the user was seen from others before. */
    private boolean isNewAddress(String actor, String address) {
        return records.countFrom(actor, address) == 1 && records.countFromOthers(actor, address) > 0;
    }

    private void raise(String actor, Reason reason, AccessKind kind, long people, Long threshold, String address,
            Instant at) {
        long id = alarms.insert(at, actor, reason, kind, people, threshold, address);
        trail.append(actor, "ACCESS_ALARM_RAISED", null, "alarm=" + id + " reason=" + reason + " kind=" + kind
                + " people=" + people + (threshold == null ? "" : " threshold=" + threshold));
        events.publishEvent(new AccessAlarmRaised(id, actor, reason, kind, people, threshold, at));
    }
}
