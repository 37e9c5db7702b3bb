package io.breachflow.tasklist;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Repository;

/** The {@code human_task} table. State changes are conditional updates, so a race has one winner. */
@Repository
class Tasks {

    private static final String COLUMNS =
            "id, element_id, name, form_key, incident_id, subject_key, candidate_groups, assignee, due_at, state";

    private static final String SELECT = "SELECT " + COLUMNS + ", " + badge("REMINDER") + " AS reminded_at, "
            + badge("ESCALATION") + " AS escalated_at FROM human_task t";

    private static String badge(String kind) {
        return "(SELECT MAX(r.reminded_at) FROM human_task_reminder r WHERE r.incident_id = t.incident_id"
                + " AND r.subject_key = t.subject_key AND r.kind = '" + kind + "')";
    }

    /** {@code due_instant} of a task without a deadline: sorts after every real one (see V35). */
    static final OffsetDateTime NO_DEADLINE = OffsetDateTime.parse("9999-12-31T00:00:00Z");

    private static final String COMPLETED = "SELECT id, name, form_key, completed_by, completed_at, form_data "
            + "FROM human_task WHERE state = 'COMPLETED' AND incident_id = ?";

    private final JdbcClient jdbc;
    private final String onConflict;

    Tasks(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.onConflict = postgres(dataSource) ? " ON CONFLICT (id) DO NOTHING" : "";
    }

    private static boolean postgres(DataSource dataSource) {
        try {
            return "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(dataSource,
                    metaData -> metaData.getDatabaseProductName()));
        } catch (org.springframework.jdbc.support.MetaDataAccessException unknown) {
            return false;
        }
    }

    /**
     * Inserts the task unless a task with that job key exists; true when inserted. Two nodes handing over the same
     * job at once (it was handed out again while the first still worked on it) store it once: on PostgreSQL the
     * loser's insert does nothing ({@code ON CONFLICT}, which leaves its transaction usable), elsewhere it fails on
     * the key and is ignored.
     */
    boolean insertIfAbsent(NewHumanTask task, Instant now) {
        if (find(task.jobKey()).isPresent()) {
            return false;
        }
        OffsetDateTime due = dueInstant(task.dueAt());
        try {
            return jdbc.sql("INSERT INTO human_task (" + COLUMNS + ", created_at, due_instant, at_risk_from, note)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)" + onConflict)
                    .params(task.jobKey(), task.elementId(), task.name(), task.formKey(), task.incidentId(),
                            task.subjectKey(), String.join(",", task.candidateGroups()), task.assignee(), task.dueAt(),
                            HumanTask.State.OPEN.name(), now.atOffset(ZoneOffset.UTC), due == null ? NO_DEADLINE : due,
                            due == null ? null : Urgency.atRiskFrom(due.toInstant(), now).atOffset(ZoneOffset.UTC),
                            task.note())
                    .update() == 1;
        } catch (DuplicateKeyException handedOverElsewhere) {
            return false;
        }
    }

    Optional<String> note(long id) {
        return jdbc.sql("SELECT note FROM human_task WHERE id = ?").param(id).query(String.class).optional();
    }

    Optional<HumanTask> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id).query(Tasks::map).optional();
    }

    List<HumanTask> open() {
        return jdbc.sql(SELECT + " WHERE state = 'OPEN' ORDER BY id")
                .query(Tasks::map).list();
    }

    List<HumanTask> openForIncident(String incidentId) {
        return jdbc.sql(SELECT + " WHERE state = 'OPEN' AND incident_id = ? ORDER BY id")
                .param(incidentId).query(Tasks::map).list();
    }

    /** Who last completed a task with {@code formKey} for this incident and subject (null: none), if anyone. */
    Optional<String> lastCompletedBy(String formKey, String incidentId, String subjectKey) {
        return lastCompleted(incidentId, formKey, false, subjectKey).map(HumanTasks.CompletedForm::completedBy);
    }

    /**
     * The last completed {@code formKey} task of the incident: about {@code subjectKey} (null: about no
     * subject), or about any subject when {@code anySubject}.
     */
    Optional<HumanTasks.CompletedForm> lastCompleted(String incidentId, String formKey, boolean anySubject,
            String subjectKey) {
        String subject = anySubject ? "" : subjectKey == null ? " AND subject_key IS NULL" : " AND subject_key = ?";
        List<Object> params = new java.util.ArrayList<>(List.of(incidentId, formKey));
        if (!anySubject && subjectKey != null) {
            params.add(subjectKey);
        }
        return jdbc.sql(COMPLETED + " AND form_key = ?" + subject + " ORDER BY completed_at DESC, id DESC LIMIT 1")
                .params(params).query(Tasks::completedForm).optional();
    }

    void insertReminder(String incidentId, String subjectKey, boolean escalation, Instant at) {
        jdbc.sql("INSERT INTO human_task_reminder (incident_id, subject_key, kind, reminded_at) VALUES (?, ?, ?, ?)")
                .params(incidentId, subjectKey, escalation ? "ESCALATION" : "REMINDER", at.atOffset(ZoneOffset.UTC))
                .update();
    }

    /** Completed tasks about the same incident and subject, oldest first, with their submitted forms. */
    List<HumanTasks.CompletedForm> history(String incidentId, String subjectKey) {
        return jdbc.sql(COMPLETED + " AND subject_key = ? ORDER BY completed_at, id").params(incidentId, subjectKey)
                .query(Tasks::completedForm).list();
    }

    List<HumanTasks.CompletedForm> completedForIncident(String incidentId) {
        return jdbc.sql(COMPLETED + " ORDER BY completed_at, id").param(incidentId).query(Tasks::completedForm).list();
    }

    List<Long> openIds() {
        return jdbc.sql("SELECT id FROM human_task WHERE state = 'OPEN' ORDER BY id").query(Long.class).list();
    }

    /** Moves the deadline of the open tasks about the subject, with the inbox's sort and at-risk columns. */
    void reschedule(String incidentId, String subjectKey, String dueAt) {
        OffsetDateTime due = dueInstant(dueAt);
        jdbc.sql("SELECT id, created_at FROM human_task WHERE incident_id = ? AND subject_key = ? AND state = 'OPEN'")
                .params(incidentId, subjectKey)
                .query((rs, row) -> java.util.Map.entry(rs.getLong("id"), instant(rs, "created_at"))).list()
                .forEach(task -> jdbc.sql("UPDATE human_task SET due_at = ?, due_instant = ?, at_risk_from = ?"
                                + " WHERE id = ? AND state = 'OPEN'")
                        .params(dueAt, due == null ? NO_DEADLINE : due,
                                due == null ? null : Urgency.atRiskFrom(due.toInstant(), task.getValue())
                                        .atOffset(ZoneOffset.UTC), task.getKey())
                        .update());
    }

    boolean cancel(long id) {
        return jdbc.sql("UPDATE human_task SET state = 'CANCELLED' WHERE id = ? AND state = 'OPEN'").param(id)
                .update() == 1;
    }

    boolean claim(long id, String username) {
        return jdbc.sql("""
                UPDATE human_task SET assignee = ?
                WHERE id = ? AND state = 'OPEN' AND (assignee IS NULL OR assignee = ?)""")
                .params(username, id, username).update() == 1;
    }

    boolean unclaim(long id, String username) {
        return jdbc.sql("UPDATE human_task SET assignee = NULL WHERE id = ? AND state = 'OPEN' AND assignee = ?")
                .params(id, username).update() == 1;
    }

    boolean complete(long id, String username, String formData, Instant now) {
        return jdbc.sql("""
                UPDATE human_task SET state = 'COMPLETED', assignee = ?, completed_by = ?, completed_at = ?,
                    form_data = ?
                WHERE id = ? AND state = 'OPEN' AND (assignee IS NULL OR assignee = ?)""")
                .params(username, username, now.atOffset(ZoneOffset.UTC), formData, id, username).update() == 1;
    }

    private static HumanTask map(ResultSet rs, int row) throws SQLException {
        String groups = rs.getString("candidate_groups");
        return new HumanTask(rs.getLong("id"), rs.getString("element_id"), rs.getString("name"),
                rs.getString("form_key"), rs.getString("incident_id"), rs.getString("subject_key"),
                groups.isEmpty() ? List.of() : Arrays.asList(groups.split(",")), rs.getString("assignee"),
                rs.getString("due_at"), HumanTask.State.valueOf(rs.getString("state")),
                instant(rs, "reminded_at"), instant(rs, "escalated_at"));
    }

    /** The deadline as an instant for sorting; a due date the inbox cannot parse sorts last. */
    private static OffsetDateTime dueInstant(String dueAt) {
        try {
            return dueAt == null ? null : OffsetDateTime.parse(dueAt).withOffsetSameInstant(ZoneOffset.UTC);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static HumanTasks.CompletedForm completedForm(ResultSet rs, int row) throws SQLException {
        return new HumanTasks.CompletedForm(rs.getLong("id"), rs.getString("name"), rs.getString("form_key"),
                rs.getString("completed_by"), instant(rs, "completed_at"), rs.getString("form_data"));
    }
}
