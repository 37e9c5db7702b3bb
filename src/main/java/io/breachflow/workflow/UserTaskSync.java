package io.breachflow.workflow;

import io.breachflow.cluster.ClusterJob;
import io.breachflow.cluster.ClusterJobs;
import io.breachflow.tasklist.HumanTasks;
import io.camunda.client.api.command.ClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the inbox in step with the engine: a task whose Camunda user task was cancelled (its process cancelled,
 * its element left by an interrupting event) or completed outside Breachflow (e.g. in Camunda's Tasklist) is removed
 * from the inbox; so is a job-based task (an instance started before issue 20) whose job no longer exists, and every
 * other job-based task's job is held again, so none expires while it waits. Runs every
 * {@code breachflow.workflow.task-sync-interval} (ISO-8601, default {@code PT1M}), on one node of a cluster per
 * interval ({@link ClusterJobs}): holding a job from three nodes would only triple the engine calls. Its lock is held
 * at most ten minutes, longer than holding every open task's job takes, so a node that dies mid-sync delays the next
 * sync by at most that much (the jobs were held for thirty days, nothing expires meanwhile).
 */
@Component
class UserTaskSync {

    private static final Logger log = LoggerFactory.getLogger(UserTaskSync.class);

    /** The engine states of a user task that no longer waits for anyone. */
    private static final Set<String> GONE = Set.of("CANCELING", "CANCELED", "COMPLETED", "FAILED");

    /**
     * How long a Camunda user task may be unknown to the engine's search before it counts as gone: a real cluster
     * answers task queries from secondary storage, which lags the task's creation by seconds.
     */
    static final Duration SEARCH_LAG = Duration.ofMinutes(10);

    private final HumanTasks tasks;
    private final BreachProcesses processes;
    private final ClusterJobs cluster;
    private final ClusterJob job;
    private final Clock clock;

    UserTaskSync(HumanTasks tasks, BreachProcesses processes, ClusterJobs cluster,
            @Value("${breachflow.workflow.task-sync-interval:PT1M}") Duration interval, ObjectProvider<Clock> clock) {
        this.tasks = tasks;
        this.processes = processes;
        this.cluster = cluster;
        this.job = ClusterJob.periodic("workflow.user-task-sync", interval, Duration.ofMinutes(10));
        this.clock = clock.getIfAvailable(Clock::systemUTC);
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
        Optional<Instant> userTask = processes.userTaskCreatedAt(id);
        try {
            if (userTask.isPresent()) {
                String state = processes.userTaskState(id);
                if (GONE.contains(state) && tasks.cancel(id)) {
                    log.info("Task {} removed from the inbox: its user task is {}", id, state);
                }
            } else {
                processes.holdForPerson(id);
            }
        } catch (ClientException e) {
            boolean gone = EngineRefusals.notFound(e)
                    && userTask.map(created -> created.isBefore(clock.instant().minus(SEARCH_LAG))).orElse(true);
            if (gone && tasks.cancel(id)) {
                log.info("Task {} removed from the inbox: the engine no longer knows it", id);
            } else if (!EngineRefusals.notFound(e)) {
                log.warn("Could not check task {} with the engine: {}", id, EngineRefusals.describe(e));
            }
        }
    }
}
