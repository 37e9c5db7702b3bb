package io.breachflow.audit;

import io.breachflow.audit.AccessAlarmRaised.Reason;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code access_alarm} and {@code access_approval} rows. */
@Repository
class AccessAlarms {

    private final JdbcClient jdbc;

    AccessAlarms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(Instant at, String actor, Reason reason, AccessKind kind, long people, Long threshold,
            String address) {
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO access_alarm (raised_at, actor, reason, kind, people_in_window, threshold, client_address)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(AccessRecords.utc(at), actor, reason.name(), kind == null ? null : kind.name(), people,
                        threshold, address)
                .update(id, "id");
        return id.getKey().longValue();
    }

    /** The open alarm of {@code reason} (and {@code kind}, when not null) for {@code actor}, if any. */
    Optional<AccessAlarm> open(String actor, Reason reason, AccessKind kind) {
        String open = "SELECT * FROM access_alarm WHERE actor = ? AND reason = ? AND cleared_at IS NULL";
        String newest = " ORDER BY id DESC FETCH FIRST 1 ROWS ONLY";
        return kind == null
                ? jdbc.sql(open + newest).params(actor, reason.name()).query(AccessAlarms::alarm).optional()
                : jdbc.sql(open + " AND kind = ?" + newest).params(actor, reason.name(), kind.name())
                        .query(AccessAlarms::alarm).optional();
    }

    Optional<AccessAlarm> find(long id) {
        return jdbc.sql("SELECT * FROM access_alarm WHERE id = ?").param(id).query(AccessAlarms::alarm).optional();
    }

    /** When {@code actor}'s last threshold alarm was cleared: the window counts afresh from there. */
    Optional<Instant> lastCleared(String actor) {
        return jdbc.sql("SELECT MAX(cleared_at) FROM access_alarm WHERE actor = ? AND reason = 'THRESHOLD'")
                .param(actor).query((rs, n) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class)))
                .single().map(OffsetDateTime::toInstant);
    }

    /** Open alarms first, then the most recent; at most {@code limit}. */
    List<AccessAlarm> recent(int limit) {
        return jdbc.sql("""
                SELECT * FROM access_alarm ORDER BY CASE WHEN cleared_at IS NULL THEN 0 ELSE 1 END, id DESC
                FETCH FIRST ? ROWS ONLY""").param(limit).query(AccessAlarms::alarm).list();
    }

    boolean clear(long id, String by, Instant at) {
        return jdbc.sql("UPDATE access_alarm SET cleared_by = ?, cleared_at = ? WHERE id = ? AND cleared_at IS NULL")
                .params(by, AccessRecords.utc(at), id).update() == 1;
    }

    void approve(long alarmId, String by, Instant at) {
        jdbc.sql("INSERT INTO access_approval (alarm_id, approved_by, approved_at) VALUES (?, ?, ?)")
                .params(alarmId, by, AccessRecords.utc(at)).update();
    }

    long unusedApprovals(long alarmId) {
        return jdbc.sql("SELECT COUNT(*) FROM access_approval WHERE alarm_id = ? AND used_at IS NULL").param(alarmId)
                .query(Long.class).single();
    }

    /** Uses one unused approval of the alarm; false when there was none (or another request took it). */
    boolean useApproval(long alarmId, Instant at) {
        Optional<Long> approval = jdbc.sql("""
                SELECT id FROM access_approval WHERE alarm_id = ? AND used_at IS NULL ORDER BY id FETCH FIRST 1 ROWS ONLY""")
                .param(alarmId).query(Long.class).optional();
        return approval.isPresent() && jdbc.sql("UPDATE access_approval SET used_at = ? WHERE id = ? AND used_at IS NULL")
                .params(AccessRecords.utc(at), approval.get()).update() == 1;
    }

    private static AccessAlarm alarm(ResultSet rs, int row) throws SQLException {
        String kind = rs.getString("kind");
        OffsetDateTime cleared = rs.getObject("cleared_at", OffsetDateTime.class);
        long threshold = rs.getLong("threshold");
        boolean noThreshold = rs.wasNull();
        return new AccessAlarm(rs.getLong("id"), rs.getObject("raised_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), Reason.valueOf(rs.getString("reason")),
                kind == null ? null : AccessKind.valueOf(kind), rs.getLong("people_in_window"),
                noThreshold ? null : threshold, rs.getString("client_address"), rs.getString("cleared_by"),
                cleared == null ? null : cleared.toInstant());
    }
}
