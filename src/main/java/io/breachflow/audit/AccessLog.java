package io.breachflow.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The personal-data access log: every read, search, export or lookup of personal data is recorded here with
 * its user, kind, purpose and count of people, both as a link of the audit chain and as a row the
 * mass-access alarm sums. Recording runs in a transaction of its own, so it stands even if the caller's
 * work rolls back. Reads of a kind under an open alarm are refused before they happen, by the access
 * gate on the personal-data URLs ({@code AccessGateConfiguration}); a DPO is never refused, and what a DPO
 * reads under an alarm is recorded as emergency access.
 */
@Service
public class AccessLog {

    private final AuditTrail trail;
    private final AccessRecords records;
    private final AccessAlarms alarms;
    private final MassAccessAlarm alarm;
    private final AccessUsers users;
    private final TransactionTemplate separate;
    private final Clock clock;

    AccessLog(AuditTrail trail, AccessRecords records, AccessAlarms alarms, MassAccessAlarm alarm, AccessUsers users,
            PlatformTransactionManager transactions, ObjectProvider<Clock> clock) {
        this.trail = trail;
        this.records = records;
        this.alarms = alarms;
        this.alarm = alarm;
        this.users = users;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Records that {@code actor} read {@code access} (from the current request's address, when there is a
     * request) and raises the alarms it sets off.
     */
    public void record(String actor, PersonalDataAccess access) {
        Set<String> roles = users.rolesOf(actor);
        String address = clientAddress();
        Instant at = clock.instant();
        boolean emergency = roles.contains(AccessUsers.DPO)
                && alarms.open(actor, AccessAlarmRaised.Reason.THRESHOLD, access.kind()).isPresent();
        trail.recordAccess(actor, detail(access, emergency), access.incidentId());
        separate.executeWithoutResult(status -> {
            records.insert(at, actor, access, address, emergency);
            alarm.evaluate(actor, roles, access, address, at);
        });
    }

    private static String detail(PersonalDataAccess access, boolean emergency) {
        return access.what() + "; kind=" + access.kind() + "; purpose=" + access.purpose()
                + "; people=" + access.people() + (emergency ? "; DPO emergency access under an open alarm" : "");
    }

    private static String clientAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? address(attributes.getRequest()) : null;
    }

    private static String address(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address == null || address.length() <= 64 ? address : address.substring(0, 64);
    }
}
