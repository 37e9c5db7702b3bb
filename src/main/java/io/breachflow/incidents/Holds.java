package io.breachflow.incidents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code law_enforcement_hold} and {@code law_enforcement_hold_obligation} tables: each recorded request
 * and, per obligation it held, the deadline before and after, so a lift can give back what the hold took.
 */
@Repository
class Holds {

    private final JdbcClient jdbc;

    Holds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void held(String holdId, String obligationKey, OffsetDateTime dueBefore, OffsetDateTime dueAfter, String basis) {
        jdbc.sql("""
                INSERT INTO law_enforcement_hold_obligation (hold_id, obligation_key, due_before, due_after, basis)
                VALUES (?, ?, ?, ?, ?)""")
                .params(holdId, obligationKey, text(dueBefore), text(dueAfter), basis).update();
    }

    /** Every hold of the incident, oldest first, with what each held. Two queries. */
    List<LawEnforcementRequests.HoldView> of(IncidentId id) {
        Map<String, List<LawEnforcementRequests.HeldEntry>> held = new HashMap<>();
        jdbc.sql("""
                SELECT o.hold_id, o.obligation_key, o.due_before, o.due_after, o.basis
                FROM law_enforcement_hold_obligation o JOIN law_enforcement_hold h ON h.id = o.hold_id
                WHERE h.incident_id = ? ORDER BY o.obligation_key""").param(id.value())
                .query((RowCallbackHandler) rs -> held.computeIfAbsent(rs.getString("hold_id"), k -> new ArrayList<>())
                        .add(new LawEnforcementRequests.HeldEntry(rs.getString("obligation_key"),
                                time(rs.getString("due_before")), time(rs.getString("due_after")),
                                rs.getString("basis"))));
        return jdbc.sql("""
                SELECT id, requested_at, hold_until, agency, reference, note, recorded_by, recorded_at, lifted_at,
                    lifted_by FROM law_enforcement_hold WHERE incident_id = ? ORDER BY recorded_at, id""")
                .param(id.value())
                .query((rs, row) -> view(rs, held.getOrDefault(rs.getString("id"), List.of()))).list();
    }

    Optional<LawEnforcementRequests.HoldView> find(IncidentId id, String holdId) {
        return of(id).stream().filter(hold -> hold.id().equals(holdId)).findFirst();
    }

    void lift(String holdId, String liftedBy, Instant at) {
        jdbc.sql("UPDATE law_enforcement_hold SET lifted_at = ?, lifted_by = ? WHERE id = ? AND lifted_at IS NULL")
                .params(at.atOffset(ZoneOffset.UTC), liftedBy, holdId).update();
    }

    private static LawEnforcementRequests.HoldView view(ResultSet rs, List<LawEnforcementRequests.HeldEntry> held)
            throws SQLException {
        OffsetDateTime lifted = rs.getObject("lifted_at", OffsetDateTime.class);
        return new LawEnforcementRequests.HoldView(rs.getString("id"),
                rs.getObject("requested_at", OffsetDateTime.class), rs.getObject("hold_until", OffsetDateTime.class),
                rs.getString("agency"), rs.getString("reference"), rs.getString("note"), rs.getString("recorded_by"),
                rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                lifted == null ? null : lifted.toInstant(), rs.getString("lifted_by"), held);
    }

    private static OffsetDateTime time(String text) {
        return text == null ? null : OffsetDateTime.parse(text);
    }

    private static String text(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}
