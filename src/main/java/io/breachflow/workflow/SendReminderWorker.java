package io.breachflow.workflow;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** {@code breach.send-reminder}: announces that an open obligation reached its reminder point. */
@Component
public class SendReminderWorker {

    private final ApplicationEventPublisher events;

    SendReminderWorker(ApplicationEventPublisher events) {
        this.events = events;
    }

    @JobWorker(type = JobTypes.SEND_REMINDER)
    public void remind(@Variable String incidentId, @Variable Map<String, Object> obligation) {
        events.publishEvent(new DeadlineReminderDue(incidentId, (String) obligation.get("key"),
                (String) obligation.get("dueAt")));
    }
}
