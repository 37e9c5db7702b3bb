package io.breachflow.workflow;

import io.breachflow.tasklist.HumanTasks;
import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.Variable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code breach.send-reminder}: an open obligation reached a reminder point, so its tasks get the inbox
 * badge and {@link DeadlineReminderDue} is announced (mail to the team); at the last point it is also at
 * risk ({@code atRisk}), which tells the DPO. {@code obligation.reminders} ends with the at-risk point
 * ({@link ObligationVariables}), so the last iteration of the watch's loop is the at-risk one.
 */
@Component
public class SendReminderWorker {

    private final HumanTasks tasks;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SendReminderWorker(HumanTasks tasks, ApplicationEventPublisher events, TransactionTemplate transaction,
            ObjectProvider<Clock> clock) {
        this.tasks = tasks;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @JobWorker(type = JobTypes.SEND_REMINDER)
    public void remind(@Variable String incidentId, @Variable Map<String, Object> obligation,
            @Variable Integer loopCounter) {
        String key = (String) obligation.get("key");
        List<?> points = obligation.get("reminders") instanceof List<?> list ? list : List.of();
        boolean atRisk = loopCounter != null && loopCounter >= points.size();
        transaction.executeWithoutResult(status -> {
            tasks.remind(incidentId, key);
            events.publishEvent(new DeadlineReminderDue(incidentId, key, (String) obligation.get("dueAt"), atRisk,
                    deadline(obligation), clock.instant()));
        });
    }

    /** The instant an obligation is due: its legal deadline, else its internal target, else when it escalates. */
    static String deadline(Map<String, Object> obligation) {
        for (String name : List.of("dueAt", "targetAt", "deadlineAt")) {
            if (obligation.get(name) instanceof String time) {
                return time;
            }
        }
        return null;
    }
}
