package io.breachflow.workflow;

import io.breachflow.tasklist.HumanTasks;
import io.camunda.client.api.command.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox in step with the engine: every open task's job is held again (so no task expires
 * while it waits), and a task whose job no longer exists, because its process was cancelled or its
 * element left by an interrupting event, is removed from the inbox. Runs every
 * {@code breachflow.workflow.task-sync-interval} (ISO-8601, default {@code PT1M}).
 */
@Component
class UserTaskSync {

    private static final Logger log = LoggerFactory.getLogger(UserTaskSync.class);

    private final HumanTasks tasks;
    private final BreachProcesses processes;

    UserTaskSync(HumanTasks tasks, BreachProcesses processes) {
        this.tasks = tasks;
        this.processes = processes;
    }

    /** Syncs the open tasks about one obligation now, e.g. right after its process was told to stop. */
    void syncSubject(String incidentId, String subjectKey) {
        tasks.openForSubject(incidentId, subjectKey).forEach(task -> syncTask(task.id()));
    }

    @Scheduled(fixedDelayString = "${breachflow.workflow.task-sync-interval:PT1M}",
            initialDelayString = "${breachflow.workflow.task-sync-interval:PT1M}")
    void sync() {
        tasks.openTaskIds().forEach(this::syncTask);
    }

    private void syncTask(long id) {
        try {
            processes.holdForPerson(id);
        } catch (ClientException e) {
            if (EngineRefusals.notFound(e) && tasks.cancel(id)) {
                log.info("Task {} removed from the inbox: its job no longer exists", id);
            } else if (!EngineRefusals.notFound(e)) {
                log.warn("Could not hold the job of task {}: {}", id, EngineRefusals.describe(e));
            }
        }
    }
}
