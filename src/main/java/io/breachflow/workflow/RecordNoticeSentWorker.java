package io.breachflow.workflow;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.regimes.Obligation;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code breach.record-notice-sent}: the notice went out (a finished run, a published notice), so it is met;
 * and the duties the law counts from it (an attorney general "within 15 days after notifying consumers", "no
 * later than the individual notice") get their deadline now, before it is marked met so a retry redoes both.
 * Their running processes are re-timed like a moved deadline: until now their deadline watch ran on the
 * window Breachflow gives an undated duty, and their tasks showed "after the individual notice".
 */
@Component
public class RecordNoticeSentWorker {

    private final IncidentIntake incidents;
    private final BreachProcesses processes;
    private final TaskDueDates dueDates;
    private final ObligationVariables variables;
    private final Clock clock;

    RecordNoticeSentWorker(IncidentIntake incidents, BreachProcesses processes, TaskDueDates dueDates,
            ObligationVariables variables, ObjectProvider<Clock> clock) {
        this.incidents = incidents;
        this.processes = processes;
        this.dueDates = dueDates;
        this.variables = variables;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @JobWorker(type = JobTypes.RECORD_NOTICE_SENT)
    public void record(@Variable String incidentId, @Variable Map<String, Object> obligation) {
        IncidentId id = IncidentId.of(incidentId);
        String key = (String) obligation.get("key");
        Instant sentAt = clock.instant();
        for (Obligation dependent : incidents.fixDeadlinesAfterSending(id, key, sentAt)) {
            // the window of the dependent duty opens with the sending it counts from
            Map<String, Object> retimed = variables.of(dependent, sentAt, sentAt);
            processes.moveDeadline(incidentId, retimed, null,
                    "after-sending/" + incidentId + "/" + dependent.key() + "/" + retimed.get("dueAt"));
            dueDates.move(incidentId, dependent.key(), (String) retimed.get("dueAt"));
        }
        incidents.markMet(id, key);
    }
}
