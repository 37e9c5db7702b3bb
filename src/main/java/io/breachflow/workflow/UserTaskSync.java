package io.breachflow.workflow;

import io.breachflow.cluster.ClusterJob;
import io.breachflow.cluster.ClusterJobs;
import io.breachflow.tasklist.HumanTasks;
import io.camunda.client.api.command.ClientException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox in step with the engine: every open task's job is held again (so no task expires
 * while it waits), and a task whose job no longer exists, because its process was cancelled or its
 * element left by an interrupting event, is removed from the inbox. Runs every
 * {@code breachflow.workflow.task-sync-interval} (ISO-8601, default {@code PT1M}), on one node of a cluster per
 * interval ({@link ClusterJobs}): holding a job from three nodes would only triple the engine calls. Its lock is held
 * at most ten minutes, longer than holding every open task's job takes, so a node that dies mid-sync delays the next
 * sync by at most that much (the jobs were held for thirty days, nothing expires meanwhile).
 */
@Component
class UserTaskSync {

    private static final Logger log = LoggerFactory.getLogger(UserTaskSync.class);

    private final HumanTasks tasks;
    private final BreachProcesses processes;
    private final ClusterJobs cluster;
    private final ClusterJob job;

    UserTaskSync(HumanTasks tasks, BreachProcesses processes, ClusterJobs cluster,
            @Value("${breachflow.workflow.task-sync-interval:PT1M}") Duration interval) {
        this.tasks = tasks;
        this.processes = processes;
        this.cluster = cluster;
        this.job = ClusterJob.periodic("workflow.user-task-sync", interval, Duration.ofMinutes(10));
    }

    /** Syncs the open tasks about one obligation now, e.g. right after its process was told to stop. */
    void syncSubject(String incidentId, String subjectKey) {
        tasks.openForSubject(incidentId, subjectKey).forEach(task -> syncTask(task.id()));
    }

    /** The periodic pass: one node of the cluster per interval. */
    @Scheduled(fixedDelayString = "${breachflow.workflow.task-sync-interval:PT1M}",
            initialDelayString = "${breachflow.workflow.task-sync-interval:PT1M}")
    void scheduledSync() {
        cluster.runOnce(job, this::sync);
    }

    /** Syncs every open task now, whatever the schedule did lately (the lock only spaces the periodic passes). */
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
