package io.breachflow.incidents;

import io.breachflow.regimes.OpenObligations;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The open obligations of all incidents, one query, for the deadline dashboard in {@code regimes}. */
@Component
class IncidentDeadlines implements OpenObligations {

    private final JdbcClient jdbc;
    private final FactsDocuments documents;

    IncidentDeadlines(JdbcClient jdbc, FactsDocuments documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @Override
    public List<Tracked> open() {
        return jdbc.sql("""
                SELECT o.incident_id, o.obligation_key, o.regime, o.kind, o.recipient, o.jurisdiction, o.due_at,
                    o.awaiting, i.reported_at, r.facts
                FROM incident_obligation o JOIN incident i ON i.id = o.incident_id
                JOIN incident_revision r ON r.incident_id = i.id
                    AND r.number = (SELECT MAX(x.number) FROM incident_revision x WHERE x.incident_id = i.id)
                WHERE o.status = 'OPEN'""")
                .query((rs, row) -> new Tracked(rs.getString("incident_id"), rs.getString("obligation_key"),
                        rs.getString("regime"), rs.getString("kind"), rs.getString("recipient"),
                        rs.getString("jurisdiction"), parse(rs.getString("due_at")),
                        rs.getObject("reported_at", OffsetDateTime.class).toInstant(), rs.getString("awaiting"),
                        documents.read(rs.getString("facts")).title()))
                .list().stream()
                .sorted(Comparator.comparing(Tracked::dueAt,
                        Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant))))
                .toList();
    }

    private static OffsetDateTime parse(String dueAt) {
        try {
            return dueAt == null ? null : OffsetDateTime.parse(dueAt);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
