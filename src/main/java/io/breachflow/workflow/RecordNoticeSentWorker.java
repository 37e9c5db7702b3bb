package io.breachflow.workflow;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import java.time.Clock;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code breach.record-notice-sent}: the notice went out (a finished run, a published notice), so it is met;
 * and the duties the law counts from it (an attorney general "within 15 days after notifying consumers", "no
 * later than the individual notice") get their deadline now, before it is marked met so a retry redoes both.
 */
@Component
public class RecordNoticeSentWorker {

    private final IncidentIntake incidents;
    private final Clock clock;

    RecordNoticeSentWorker(IncidentIntake incidents, ObjectProvider<Clock> clock) {
        this.incidents = incidents;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @JobWorker(type = JobTypes.RECORD_NOTICE_SENT)
    public void record(@Variable String incidentId, @Variable Map<String, Object> obligation) {
        IncidentId id = IncidentId.of(incidentId);
        String key = (String) obligation.get("key");
        incidents.fixDeadlinesAfterSending(id, key, clock.instant());
        incidents.markMet(id, key);
    }
}
