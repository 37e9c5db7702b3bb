package io.breachflow.workflow;

import io.breachflow.tasklist.HumanTasks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code breach.send-reminder}: an open obligation reached a reminder point, so its tasks get the inbox
 * badge and {@link DeadlineReminderDue} is announced (mail to the team); at the last point it is also at
 * risk ({@code atRisk}), which tells the DPO.
 */
@Component
public class SendReminderWorker {

    private final HumanTasks tasks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    SendReminderWorker(HumanTasks tasks, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.tasks = tasks;
        this.events = events;
        this.transaction = transaction;
    }

    @JobWorker(type = JobTypes.SEND_REMINDER)
    public void remind(@Variable String incidentId, @Variable Map<String, Object> obligation,
            @Variable Integer loopCounter) {
        String key = (String) obligation.get("key");
        List<?> points = obligation.get("reminders") instanceof List<?> list ? list : List.of();
        boolean atRisk = loopCounter != null && loopCounter >= points.size();
        transaction.executeWithoutResult(status -> {
            tasks.remind(incidentId, key);
            events.publishEvent(new DeadlineReminderDue(incidentId, key, (String) obligation.get("dueAt"),
                    atRisk));
        });
    }
}
