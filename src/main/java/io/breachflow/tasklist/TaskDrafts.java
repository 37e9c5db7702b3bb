package io.breachflow.tasklist;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Forms saved but not submitted ({@code human_task_draft}): one per task and person, replaced on save. */
@Repository
class TaskDrafts {

    private final JdbcClient jdbc;

    TaskDrafts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void save(long taskId, String username, String form, Instant at) {
        delete(taskId, username);
        jdbc.sql("INSERT INTO human_task_draft (task_id, username, form, saved_at) VALUES (?, ?, ?, ?)")
                .params(taskId, username, form, at.atOffset(ZoneOffset.UTC)).update();
    }

    Optional<String> find(long taskId, String username) {
        return jdbc.sql("SELECT form FROM human_task_draft WHERE task_id = ? AND username = ?")
                .params(taskId, username).query(String.class).optional();
    }

    void delete(long taskId, String username) {
        jdbc.sql("DELETE FROM human_task_draft WHERE task_id = ? AND username = ?").params(taskId, username).update();
    }
}
