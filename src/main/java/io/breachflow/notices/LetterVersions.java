package io.breachflow.notices;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.regimes.ObligationKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code letter_version} table. Rows are inserted once and only ever get their decision added. */
@Repository
class LetterVersions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, incident_id, regime, kind, number, languages, fields, template, "
            + "content_hash, status, drafted_by, drafted_at, decided_by, decided_at, decision_comment";

    private final JdbcClient jdbc;

    LetterVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int nextNumber(String incidentId, String regime, ObligationKind kind) {
        return jdbc.sql("SELECT COALESCE(MAX(number), 0) + 1 FROM letter_version WHERE incident_id = ? AND regime = ? "
                + "AND kind = ?").params(incidentId, regime, kind.name()).query(Integer.class).single();
    }

    long insert(LetterVersion v) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO letter_version (incident_id, regime, kind, number, languages, fields, template, "
                        + "content_hash, status, drafted_by, drafted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(v.incidentId(), v.regime(), v.kind().name(), v.number(), String.join(",", v.languages()),
                        json(v.fields()), v.template(), v.contentHash(), v.status().name(), v.draftedBy(),
                        v.draftedAt().toEpochMilli())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<LetterVersion> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM letter_version WHERE id = ?").param(id).query(this::map).optional();
    }

    Optional<LetterVersion> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM letter_version WHERE id = ? FOR UPDATE").param(id)
                .query(this::map).optional();
    }

    List<LetterVersion> forIncident(String incidentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM letter_version WHERE incident_id = ? ORDER BY regime, kind, number")
                .param(incidentId).query(this::map).list();
    }

    Optional<LetterVersion> latestApprovedBefore(LetterVersion v) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM letter_version WHERE incident_id = ? AND regime = ? AND kind = ? "
                        + "AND number < ? AND status = 'APPROVED' ORDER BY number DESC FETCH FIRST 1 ROWS ONLY")
                .params(v.incidentId(), v.regime(), v.kind().name(), v.number()).query(this::map).optional();
    }

    /** Records the decision; only a pending version can be decided, so a decided one never changes. */
    boolean decide(long id, ApprovalStatus status, String by, Instant at, String comment) {
        return jdbc.sql("UPDATE letter_version SET status = ?, decided_by = ?, decided_at = ?, decision_comment = ? "
                        + "WHERE id = ? AND status = 'PENDING_APPROVAL'")
                .params(status.name(), by, at.toEpochMilli(), comment, id).update() == 1;
    }

    /** Marks a pending or approved version overtaken by a scope revision; false when it was neither. */
    boolean supersede(long id) {
        return jdbc.sql("UPDATE letter_version SET status = 'SUPERSEDED' WHERE id = ? "
                + "AND status IN ('PENDING_APPROVAL', 'APPROVED')").param(id).update() == 1;
    }

    private LetterVersion map(ResultSet rs, int row) throws SQLException {
        long decidedAt = rs.getLong("decided_at");
        Instant decided = rs.wasNull() ? null : Instant.ofEpochMilli(decidedAt);
        return new LetterVersion(rs.getLong("id"), rs.getString("incident_id"), rs.getString("regime"),
                ObligationKind.valueOf(rs.getString("kind")), rs.getInt("number"),
                List.copyOf(Arrays.asList(rs.getString("languages").split(","))), fields(rs.getString("fields")),
                rs.getString("template"), rs.getString("content_hash"), ApprovalStatus.valueOf(rs.getString("status")),
                rs.getString("drafted_by"), Instant.ofEpochMilli(rs.getLong("drafted_at")), rs.getString("decided_by"),
                decided, rs.getString("decision_comment"));
    }

    static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(new TreeMap<>(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, String> fields(String json) {
        try {
            return java.util.Collections.unmodifiableMap(JSON.readValue(json, new TypeReference<TreeMap<String, String>>() { }));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
