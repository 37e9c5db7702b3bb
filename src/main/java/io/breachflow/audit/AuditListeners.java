package io.breachflow.audit;

import io.breachflow.incidents.IncidentReported;
import io.breachflow.incidents.RevisionsRecorded;
import io.breachflow.incidents.ScopeRevised;
import io.breachflow.incidents.SuspectedIncidentOpened;
import io.breachflow.workflow.DeadlineReminderDue;
import io.breachflow.workflow.IncidentClosed;
import io.breachflow.workflow.ObligationOverdue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Writes the audit trail and the breach register from the incidents and workflow modules' events. Each
 * listener runs after the publishing transaction committed and is tracked by the event publication
 * registry, so a crash in between replays it; register writes are idempotent. Workflow's job workers
 * publish outside a transaction, hence {@code fallbackExecution}; a failure there is logged rather than
 * failing the worker's job (which would send the reminder again).
 */
@Component
class AuditListeners {

    static final String SYSTEM = "system";

    /**
     * Who did what an event reports: the user it names, or {@link #SYSTEM} for events published before
     * they carried one (still waiting in the publication registry across an upgrade).
     */
    static String actor(String user) {
        return user == null || user.isBlank() ? SYSTEM : user;
    }

    private static final Logger log = LoggerFactory.getLogger(AuditListeners.class);

    private final AuditTrail trail;
    private final BreachRegister register;

    AuditListeners(AuditTrail trail, BreachRegister register) {
        this.trail = trail;
        this.register = register;
    }

    @Async
    @TransactionalEventListener
    void on(SuspectedIncidentOpened opened) {
        String id = opened.suspectedIncidentId().toString();
        register.suspected(id);
        trail.append(SYSTEM, "SUSPECTED_INCIDENT_OPENED", id, null);
    }

    @Async
    @TransactionalEventListener
    void on(IncidentReported reported) {
        String id = reported.incidentId().toString();
        register.reported(id);
        trail.append(actor(reported.reportedBy()), "INCIDENT_REPORTED", id,
                "obligations=" + String.join(",", reported.obligationKeys()));
    }

    @Async
    @TransactionalEventListener
    void on(ScopeRevised revised) {
        String id = revised.incidentId().toString();
        register.revised(id, revised.revision());
        trail.append(actor(revised.revisedBy()), "SCOPE_REVISED", id, "revision=" + revised.revision());
    }

    @Async
    @TransactionalEventListener
    void on(io.breachflow.incidents.DeadlineCounted counted) {
        trail.append(actor(counted.countedBy()), "DEADLINE_COUNTED", counted.incidentId().toString(),
                "obligation=" + counted.key() + " dueAt=" + counted.dueAt());
    }

    @Async
    @TransactionalEventListener
    void on(RevisionsRecorded recorded) {
        register.obligationsRevised(recorded.incidentId().toString());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DeadlineReminderDue due) {
        appendQuietly("DEADLINE_REMINDER_DUE", due.incidentId(),
                "obligation=" + due.obligationKey() + " dueAt=" + due.dueAt() + " atRisk=" + due.atRisk());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ObligationOverdue overdue) {
        appendQuietly("OBLIGATION_OVERDUE", overdue.incidentId(),
                "obligation=" + overdue.obligationKey() + " dueAt=" + overdue.dueAt());
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(IncidentClosed closed) {
        try {
            register.closed(closed.incidentId(), closed.closedAt());
        } catch (RuntimeException e) {
            log.error("Could not record the closure of {} in the breach register", closed.incidentId(), e);
        }
        appendQuietly("INCIDENT_CLOSED", closed.incidentId(), "closedAt=" + closed.closedAt());
    }

    private void appendQuietly(String action, String incidentId, String detail) {
        try {
            trail.append(SYSTEM, action, incidentId, detail);
        } catch (RuntimeException e) {
            log.error("Could not append {} for {} to the audit trail", action, incidentId, e);
        }
    }
}
