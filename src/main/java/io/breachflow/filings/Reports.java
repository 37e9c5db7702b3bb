package io.breachflow.filings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.notices.ApprovalStatus;
import io.breachflow.regimes.ObligationKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code authority_report} table. Rows are inserted once and only ever get their decision added. */
@Repository
class Reports {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, incident_id, obligation_key, regime, kind, recipient, language, number, "
            + "fields, template, html, content_hash, status, drafted_by, drafted_at, decided_by, decided_at, "
            + "decision_comment";

    private final JdbcClient jdbc;

    Reports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextNumber(String incidentId, String obligationKey) {
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM authority_report WHERE incident_id = ? "
                + "AND obligation_key = ?").params(incidentId, obligationKey).query(Integer.class).single();
    }

    long insert(ReportDraft d) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO authority_report (incident_id, obligation_key, regime, kind, recipient, language, number, "
                        + "fields, template, html, content_hash, status, drafted_by, drafted_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(d.incidentId(), d.obligationKey(), d.regime(), d.kind().name(), d.recipient(), d.language(),
                        d.number(), json(d.fields()), d.template(), d.html(), d.contentHash(), d.status().name(),
                        d.draftedBy(), d.draftedAt().toEpochMilli())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<ReportDraft> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM authority_report WHERE id = ?").param(id).query(this::map).optional();
    }

    Optional<ReportDraft> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM authority_report WHERE id = ? FOR UPDATE").param(id)
                .query(this::map).optional();
    }

    List<ReportDraft> forIncident(String incidentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM authority_report WHERE incident_id = ? "
                + "ORDER BY obligation_key, number").param(incidentId).query(this::map).list();
    }

    /** Marks a pending or approved draft overtaken by a scope revision; false when it was neither. */
    boolean supersede(long id) {
        return jdbc.sql("UPDATE authority_report SET status = 'SUPERSEDED' WHERE id = ? "
                + "AND status IN ('PENDING_APPROVAL', 'APPROVED')").param(id).update() == 1;
    }

    /** Records the decision; only a pending draft can be decided, so a decided one never changes. */
    boolean decide(long id, ApprovalStatus status, String by, Instant at, String comment) {
        return jdbc.sql("UPDATE authority_report SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ? "
                        + "WHERE id = ? AND status = 'PENDING_APPROVAL'")
                .params(status.name(), by, at.toEpochMilli(), comment, id).update() == 1;
    }

    private ReportDraft map(ResultSet rs, int row) throws SQLException {
        long decidedAt = rs.getLong("decided_at");
        Instant decided = rs.wasNull() ? null : Instant.ofEpochMilli(decidedAt);
        return new ReportDraft(rs.getLong("id"), rs.getString("incident_id"), rs.getString("obligation_key"),
                rs.getString("regime"), ObligationKind.valueOf(rs.getString("kind")), rs.getString("recipient"),
                rs.getString("language"), rs.getInt("number"), fields(rs.getString("fields")), rs.getString("template"),
                rs.getString("html"), rs.getString("content_hash"), ApprovalStatus.valueOf(rs.getString("status")),
                rs.getString("drafted_by"), Instant.ofEpochMilli(rs.getLong("drafted_at")), rs.getString("decided_by"),
                decided, rs.getString("decision_comment"));
    }

    private static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> fields(String json) {
        try {
            return Collections.unmodifiableMap(JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
