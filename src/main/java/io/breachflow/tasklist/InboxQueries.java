package io.breachflow.tasklist;

import io.breachflow.regimes.ObligationCatalog;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The inbox's reads over {@code human_task}: one page of visible open tasks by deadline with their
 * badges in the same statement (no query per row), the total for paging, and the live counts.
 */
@Repository
class InboxQueries {

    /** At risk when less than 12 hours are left (or less than a quarter of the window, see {@link #counts}). */
    static final long AT_RISK_SECONDS = 12 * 3600;

    private static final String ROW = """
            SELECT t.id, t.element_id, t.name, t.form_key, t.incident_id, t.subject_key, t.candidate_groups,
                t.assignee, t.due_at, t.state, t.created_at,
                (SELECT MAX(r.reminded_at) FROM human_task_reminder r WHERE r.incident_id = t.incident_id
                    AND r.subject_key = t.subject_key AND r.kind = 'REMINDER') AS reminded_at,
                (SELECT MAX(r.reminded_at) FROM human_task_reminder r WHERE r.incident_id = t.incident_id
                    AND r.subject_key = t.subject_key AND r.kind = 'ESCALATION') AS escalated_at
            FROM (SELECT * FROM human_task t WHERE %s ORDER BY t.state, t.due_instant, t.id LIMIT ? OFFSET ?) t
            ORDER BY t.due_instant, t.id""";

    /** How old the counts the inbox shows may be: a burst of page loads and polls costs one scan. */
    static final long COUNTS_MAX_AGE_NANOS = 5_000_000_000L;

    private record Cached(Counts counts, long until) {
    }

    private final Map<Visibility, Cached> recent = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;
    private final ObligationCatalog catalog;

    InboxQueries(JdbcClient jdbc, ObligationCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** The regimes the inbox can be narrowed to, in catalog order. */
    List<String> regimes() {
        return List.copyOf(catalog.rulesByRegime().keySet());
    }

    /** A task row with when it arrived, which opens the window the at-risk rule measures. */
    record InboxTask(HumanTask task, Instant createdAt) {
    }

    /** What the inbox is narrowed to; null or blank means no narrowing. */
    record Filter(String incidentId, String formKey, String regime, boolean mineOnly) {

        static final Filter NONE = new Filter(null, null, null, false);

        Filter {
            incidentId = blankToNull(incidentId);
            formKey = blankToNull(formKey);
            regime = blankToNull(regime);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value;
        }
    }

    /** The counts the inbox header polls. */
    record Counts(long open, long mine, long atRisk, long overdue) {
    }

    List<InboxTask> page(Visibility visibility, Filter filter, int page, int size) {
        List<Object> params = new ArrayList<>();
        String where = where(visibility, filter, params);
        params.add(size);
        params.add((long) page * size);
        // the page is cut first, so the badge subqueries run for its rows only
        return jdbc.sql(ROW.formatted(where))
                .params(params).query((rs, row) -> {
                    String groups = rs.getString("candidate_groups");
                    HumanTask task = new HumanTask(rs.getLong("id"), rs.getString("element_id"), rs.getString("name"),
                            rs.getString("form_key"), rs.getString("incident_id"), rs.getString("subject_key"),
                            groups.isEmpty() ? List.of() : Arrays.asList(groups.split(",")), rs.getString("assignee"),
                            rs.getString("due_at"), HumanTask.State.valueOf(rs.getString("state")),
                            instant(rs.getObject("reminded_at", OffsetDateTime.class)),
                            instant(rs.getObject("escalated_at", OffsetDateTime.class)));
                    return new InboxTask(task, instant(rs.getObject("created_at", OffsetDateTime.class)));
                }).list();
    }

    long count(Visibility visibility, Filter filter) {
        List<Object> params = new ArrayList<>();
        String where = where(visibility, filter, params);
        return jdbc.sql("SELECT COUNT(*) FROM human_task t WHERE " + where).params(params).query(Long.class).single();
    }

    /** As {@link #counts}, at most {@link #COUNTS_MAX_AGE_NANOS} old, per person. */
    Counts recentCounts(Visibility visibility, Instant now) {
        long at = System.nanoTime();
        Cached cached = recent.get(visibility);
        if (cached != null && at - cached.until() < 0) {
            return cached.counts();
        }
        if (recent.size() > 10_000) {
            recent.clear();
        }
        Counts fresh = counts(visibility, now);
        recent.put(visibility, new Cached(fresh, at + COUNTS_MAX_AGE_NANOS));
        return fresh;
    }

    /**
     * Open, mine, at risk and overdue among the visible tasks, in one pass. At risk: due in the future
     * with less than 12 hours or less than a quarter of the window (arrival → deadline) left, stored per
     * row as {@code at_risk_from} when the task arrives.
     */
    Counts counts(Visibility visibility, Instant now) {
        List<Object> params = new ArrayList<>();
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        params.add(visibility.username());
        params.add(at);
        params.add(at);
        params.add(at);
        String where = where(visibility, Filter.NONE, params);
        return jdbc.sql("""
                SELECT COUNT(*) AS open_count,
                    SUM(CASE WHEN t.assignee = ? THEN 1 ELSE 0 END) AS mine,
                    SUM(CASE WHEN t.due_instant > ? AND t.at_risk_from <= ? THEN 1 ELSE 0 END) AS at_risk,
                    SUM(CASE WHEN t.due_instant <= ? THEN 1 ELSE 0 END) AS overdue
                FROM human_task t WHERE\s""" + where)
                .params(params)
                .query((rs, row) -> new Counts(rs.getLong("open_count"), rs.getLong("mine"), rs.getLong("at_risk"),
                        rs.getLong("overdue")))
                .single();
    }

    /** The submitted form of a completed task (JSON), or null. */
    String submittedForm(long id) {
        return jdbc.sql("SELECT form_data FROM human_task WHERE id = ?").param(id).query(String.class)
                .optional().orElse(null);
    }

    private String where(Visibility visibility, Filter filter, List<Object> params) {
        StringBuilder where = new StringBuilder("t.state = 'OPEN' AND ").append(visibility.sql(params));
        if (present(filter.incidentId())) {
            where.append(" AND t.incident_id = ?");
            params.add(filter.incidentId().trim());
        }
        if (present(filter.formKey())) {
            where.append(" AND t.form_key = ?");
            params.add(filter.formKey());
        }
        if (present(filter.regime())) {
            // a task's subject is an obligation key: a rule id, or "rule:jurisdiction" for per-state duties
            List<String> rules = catalog.rulesByRegime().getOrDefault(filter.regime().toUpperCase(Locale.ROOT),
                    List.of());
            where.append(" AND (1 = 0");
            for (String rule : rules) {
                where.append(" OR t.subject_key = ? OR t.subject_key LIKE ?");
                params.add(rule);
                params.add(rule + ":%");
            }
            where.append(')');
        }
        if (filter.mineOnly()) {
            where.append(" AND t.assignee = ?");
            params.add(visibility.username());
        }
        return where.toString();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
