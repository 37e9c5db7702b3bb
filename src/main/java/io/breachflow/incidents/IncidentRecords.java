package io.breachflow.incidents;

import io.breachflow.regimes.BreachFactsJson;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incidents module's read side for screens: the incident list and one incident's complete record.
 * Each answer takes a fixed, small number of queries whatever the number of incidents, revisions or
 * obligations, so the list and the case workspace stay fast as cases grow.
 */
@Service
public class IncidentRecords {

    private final JdbcClient jdbc;
    private final FactsDocuments documents;

    IncidentRecords(JdbcClient jdbc, FactsDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    /** Every reported incident, most recently reported first. */
    @Transactional(readOnly = true)
    public List<IncidentSummary> summaries() {
        Map<UUID, List<IncidentRecord.ObligationEntry>> obligations = new HashMap<>();
        jdbc.sql("SELECT incident_id, obligation_key, regime, kind, recipient, jurisdiction, due_at, status,"
                        + " since_revision, awaiting, counted_by FROM incident_obligation")
                .query((RowCallbackHandler) rs -> obligations
                        .computeIfAbsent(rs.getObject("incident_id", UUID.class), id -> new ArrayList<>())
                        .add(obligation(rs)));
        return jdbc.sql("""
                SELECT i.id, i.reported_at, r.number, r.facts FROM incident i
                JOIN incident_revision r ON r.incident_id = i.id
                WHERE r.number = (SELECT MAX(x.number) FROM incident_revision x WHERE x.incident_id = i.id)
                ORDER BY i.reported_at DESC, i.id""")
                .query((rs, row) -> summary(rs, obligations.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    /** Whether the incident was reported. */
    @Transactional(readOnly = true)
    public boolean exists(IncidentId id) {
        return jdbc.sql("SELECT COUNT(*) FROM incident WHERE id = ?").param(id.value()).query(Integer.class)
                .single() > 0;
    }

    /** The incident's record, or empty when there is no such incident. */
    @Transactional(readOnly = true)
    public Optional<IncidentRecord> find(IncidentId id) {
        Optional<Map.Entry<Instant, String>> incident = jdbc.sql(
                        "SELECT reported_at, reported_by FROM incident WHERE id = ?").param(id.value())
                .query((rs, row) -> Map.entry(instant(rs, "reported_at"), rs.getString("reported_by")))
                .optional();
        if (incident.isEmpty()) {
            return Optional.empty();
        }
        List<IncidentRecord.Revision> revisions = jdbc.sql("""
                SELECT number, revised_at, stored_at, stored_by, note, facts, recorded_at FROM incident_revision
                WHERE incident_id = ? ORDER BY number""").param(id.value())
                .query((rs, row) -> new IncidentRecord.Revision(rs.getInt("number"),
                        rs.getObject("revised_at", OffsetDateTime.class), instant(rs, "stored_at"),
                        rs.getString("stored_by"), rs.getString("note"), documents.read(rs.getString("facts")),
                        instant(rs, "recorded_at")))
                .list();
        List<IncidentRecord.ObligationEntry> obligations = jdbc.sql("""
                SELECT obligation_key, regime, kind, recipient, jurisdiction, due_at, status, since_revision,
                    awaiting, counted_by
                FROM incident_obligation WHERE incident_id = ? ORDER BY since_revision, obligation_key""")
                .param(id.value()).query((rs, row) -> obligation(rs)).list();
        return Optional.of(new IncidentRecord(id, incident.get().getKey(), incident.get().getValue(), revisions,
                obligations));
    }

    private IncidentSummary summary(ResultSet rs, List<IncidentRecord.ObligationEntry> obligations)
            throws SQLException {
        BreachFactsJson facts = documents.read(rs.getString("facts"));
        List<IncidentRecord.ObligationEntry> open = obligations.stream()
                .filter(o -> o.status() == ObligationStatus.OPEN).toList();
        IncidentRecord.ObligationEntry next = open.stream().filter(o -> o.dueAt() != null)
                .min((a, b) -> a.dueAt().toInstant().compareTo(b.dueAt().toInstant())).orElse(null);
        return new IncidentSummary(new IncidentId(rs.getObject("id", UUID.class)), facts.title(),
                facts.awareAt() == null ? null : OffsetDateTime.parse(facts.awareAt()), instant(rs, "reported_at"),
                rs.getInt("number"), obligations.size(), open.size(), next == null ? null : next.dueAt(), next);
    }

    private static IncidentRecord.ObligationEntry obligation(ResultSet rs) throws SQLException {
        String due = rs.getString("due_at");
        return new IncidentRecord.ObligationEntry(rs.getString("obligation_key"), rs.getString("regime"),
                rs.getString("kind"), rs.getString("recipient"), rs.getString("jurisdiction"),
                due == null ? null : OffsetDateTime.parse(due), ObligationStatus.valueOf(rs.getString("status")),
                rs.getInt("since_revision"), rs.getString("awaiting"), rs.getString("counted_by"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }
}
