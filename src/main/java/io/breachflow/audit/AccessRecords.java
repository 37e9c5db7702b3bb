package io.breachflow.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code personal_data_access} rows: one per access, summed per user over the alarm's window with an
 * index on (actor, accessed_at), so the check is one indexed range query however long the log grows.
 */
@Repository
class AccessRecords {

    private final JdbcClient jdbc;

    AccessRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, String actor, PersonalDataAccess access, String address, boolean emergency) {
        jdbc.sql("""
                INSERT INTO personal_data_access
                    (accessed_at, actor, kind, purpose, people, incident_id, client_address, emergency)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(utc(at), actor, access.kind().name(), cut(access.purpose(), 500), access.people(),
                        access.incidentId(), address, emergency)
                .update();
    }

    /** People read by {@code actor} at or after {@code since}. */
    long peopleSince(String actor, Instant since) {
        return jdbc.sql("SELECT COALESCE(SUM(people), 0) FROM personal_data_access WHERE actor = ? AND accessed_at >= ?")
                .params(actor, utc(since)).query(Long.class).single();
    }

    /** How many of {@code actor}'s accesses came from {@code address}. */
    long countFrom(String actor, String address) {
        return jdbc.sql("SELECT COUNT(*) FROM personal_data_access WHERE actor = ? AND client_address = ?")
                .params(actor, address).query(Long.class).single();
    }

    /** How many of {@code actor}'s accesses came from another address than {@code address}. */
    long countFromOthers(String actor, String address) {
        return jdbc.sql("SELECT COUNT(*) FROM personal_data_access WHERE actor = ? AND client_address <> ?")
                .params(actor, address).query(Long.class).single();
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
