package io.breachflow.workflow;

import io.breachflow.tasklist.HumanTasks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * {@code breach.send-reminder}: an open obligation reached its reminder point, so its tasks get the
 * inbox badge and {@link DeadlineReminderDue} is announced (for mail and DPO escalation, still to come).
 */
@Component
public class SendReminderWorker {

    private final HumanTasks tasks;
    private final ApplicationEventPublisher events;

    SendReminderWorker(HumanTasks tasks, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.events = events;
    }

    @JobWorker(type = JobTypes.SEND_REMINDER)
    public void remind(@Variable String incidentId, @Variable Map<String, Object> obligation) {
        tasks.remind(incidentId, (String) obligation.get("key"));
        events.publishEvent(new DeadlineReminderDue(incidentId, (String) obligation.get("key"),
                (String) obligation.get("dueAt")));
    }
}
