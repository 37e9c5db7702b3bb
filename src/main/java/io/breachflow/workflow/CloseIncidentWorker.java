package io.breachflow.workflow;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** {@code breach.close-incident}: every obligation is done and reviewed, so the incident is closed. */
@Component
public class CloseIncidentWorker {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CloseIncidentWorker(ApplicationEventPublisher events, TransactionTemplate transaction,
            ObjectProvider<Clock> clock) {
        this.events = events;
        this.transaction = transaction;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @JobWorker(type = JobTypes.CLOSE_INCIDENT)
    public void close(@Variable String incidentId) {
        // in a transaction, so the event publication registry keeps the event until audit has it
        transaction.executeWithoutResult(status -> events.publishEvent(new IncidentClosed(incidentId,
                clock.instant())));
    }
}
