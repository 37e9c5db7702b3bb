package io.breachflow.workflow;

import io.breachflow.tasklist.HumanTasks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code breach.escalate-deadline}: the deadline of an obligation passed with its work open, so its
 * tasks get the escalation badge and {@link ObligationOverdue} is announced for the DPO.
 */
@Component
public class EscalateDeadlineWorker {

    private final HumanTasks tasks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    EscalateDeadlineWorker(HumanTasks tasks, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.tasks = tasks;
        this.events = events;
        this.transaction = transaction;
    }

    @JobWorker(type = JobTypes.ESCALATE_DEADLINE)
    public void escalate(@Variable String incidentId, @Variable Map<String, Object> obligation) {
        String key = (String) obligation.get("key");
        transaction.executeWithoutResult(status -> {
            tasks.escalate(incidentId, key);
            events.publishEvent(new ObligationOverdue(incidentId, key, (String) obligation.get("dueAt"),
                    SendReminderWorker.deadline(obligation)));
        });
    }
}
