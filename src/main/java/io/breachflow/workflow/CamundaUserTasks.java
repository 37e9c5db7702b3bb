package io.breachflow.workflow;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which inbox tasks are Camunda user tasks ({@code workflow_user_task}); every other task is a job-based user
 * task of an instance started before the models moved (issue 20). The tasklist stays process-agnostic: it knows
 * a task by the key the engine gave it, and only this module decides which command reaches that key.
 */
@Repository
class CamundaUserTasks {

    private final JdbcClient jdbc;

    CamundaUserTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a Camunda user task; a listener job handed out twice records it once. */
    void record(long userTaskKey, Instant now) {
        if (createdAt(userTaskKey).isPresent()) {
            return;
        }
        try {
            jdbc.sql("INSERT INTO workflow_user_task (user_task_key, created_at) VALUES (?, ?)")
                    .params(userTaskKey, now.atOffset(ZoneOffset.UTC)).update();
        } catch (DuplicateKeyException recordedByAnotherNode) {
            // the same listener job worked on two nodes at once: recorded either way
        }
    }

    /** When the task was handed over, if it is a Camunda user task; empty for a job-based one. */
    Optional<Instant> createdAt(long key) {
        return jdbc.sql("SELECT created_at FROM workflow_user_task WHERE user_task_key = ?").param(key)
                .query(OffsetDateTime.class).optional().map(OffsetDateTime::toInstant);
    }

    boolean isUserTask(long key) {
        return createdAt(key).isPresent();
    }
}
