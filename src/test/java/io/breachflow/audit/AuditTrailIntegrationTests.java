package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trail is a keyed hash chain: each link names the previous link's hash, recomputing any HMAC over the
 * stored fields gives the stored hash, and verification names the first link where that fails, or where the
 * chain no longer reaches the last checkpoint. Every
 * test restores what it tampered with, since the application context (and its database) is shared.
 */
@BreachflowIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditKeys keys;

    @Autowired
    AuditChainMonitor monitor;

    @Test
    void eachEntryIsChainedToThePreviousOneAndTheChainVerifies() {
        String incident = UUID.randomUUID().toString();

        AuditEntry first = trail.append("officer", "TEST_FIRST", incident, "n=1");
        AuditEntry second = trail.append("officer", "TEST_SECOND", incident, "n=2");

        assertThat(second.sequence()).isGreaterThan(first.sequence());
        assertThat(trail.forIncident(incident)).containsExactly(first, second);
        String previous = jdbc.queryForObject("SELECT prev_hash FROM audit_entry WHERE sequence = ?", String.class,
                second.sequence());
        String before = jdbc.queryForObject("SELECT hash FROM audit_entry WHERE sequence = ?", String.class,
                second.sequence() - 1);
        assertThat(previous).isEqualTo(before);
        assertThat(second.hash()).isEqualTo(ChainHash.keyed(keys, keys.currentId(), previous, second.sequence(),
                second.at(), "officer", "TEST_SECOND", incident, "n=2").orElseThrow());
        assertThat(jdbc.queryForObject("SELECT scheme || ' ' || key_id FROM audit_entry WHERE sequence = ?",
                String.class, second.sequence())).isEqualTo("HMAC-SHA256 " + keys.currentId());
        assertThat(trail.verify().summary()).startsWith("OK");
    }

    @Test
    void aChangedEntryIsReportedAsTheFirstBrokenLink() {
        AuditEntry target = trail.append("dpo", "TEST_TAMPER", null, "approved=false");
        trail.append("dpo", "TEST_AFTER", null, null);
        try {
            jdbc.update("UPDATE audit_entry SET detail = 'approved=true' WHERE sequence = ?", target.sequence());

            AuditVerification verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(target.sequence());
            assertThat(verification.problem()).contains("the entry was changed");
            assertThat(verification.summary()).startsWith("BROKEN at sequence " + target.sequence());
        } finally {
            jdbc.update("UPDATE audit_entry SET detail = 'approved=false' WHERE sequence = ?", target.sequence());
        }
        assertThat(trail.verify().summary()).as("restored").startsWith("OK");
    }

    @Test
    void aDeletedEntryIsReportedWhereTheChainSkipsIt() {
        AuditEntry removed = trail.append("dpo", "TEST_DELETE", null, null);
        trail.append("dpo", "TEST_AFTER", null, null);
        String previous = jdbc.queryForObject("SELECT prev_hash FROM audit_entry WHERE sequence = ?", String.class,
                removed.sequence());
        try {
            jdbc.update("DELETE FROM audit_entry WHERE sequence = ?", removed.sequence());

            AuditVerification verification = trail.verify();

            assertThat(verification.intact()).isFalse();
            assertThat(verification.brokenAt()).isEqualTo(removed.sequence());
            assertThat(verification.problem()).contains("Expected sequence " + removed.sequence());
        } finally {
            jdbc.update("INSERT INTO audit_entry (sequence, at, actor, action, incident_id, detail, prev_hash, hash, "
                    + "scheme, key_id) VALUES (?, ?, 'dpo', 'TEST_DELETE', NULL, NULL, ?, ?, 'HMAC-SHA256', ?)",
                    removed.sequence(), removed.at().atOffset(java.time.ZoneOffset.UTC), previous, removed.hash(),
                    keys.currentId());
        }
        assertThat(trail.verify().summary()).as("restored").startsWith("OK");
    }

    @Test
    void aRewriteRecomputedWithoutTheKeyIsReportedAtTheChangedEntry() {
        AuditEntry target = trail.append("dpo", "TEST_REWRITE", null, "approved=false");
        trail.append("dpo", "TEST_AFTER", null, null);
        List<Map<String, Object>> original = jdbc.queryForList(
                "SELECT * FROM audit_entry WHERE sequence >= ? ORDER BY sequence", target.sequence());
        Map<String, Object> head = jdbc.queryForMap("SELECT sequence, hash FROM audit_chain_head WHERE id = 1");
        try {
            String previous = target.sequence() == 1 ? ChainHash.GENESIS : jdbc.queryForObject(
                    "SELECT hash FROM audit_entry WHERE sequence = ?", String.class, target.sequence() - 1);
            for (Map<String, Object> row : original) {
                long sequence = ((Number) row.get("sequence")).longValue();
                String detail = sequence == target.sequence() ? "approved=true" : (String) row.get("detail");
                String hash = ChainHash.of(previous, sequence, at(row), (String) row.get("actor"),
                        (String) row.get("action"), (String) row.get("incident_id"), detail);
                jdbc.update("UPDATE audit_entry SET detail = ?, prev_hash = ?, hash = ?, scheme = 'SHA-256', "
                        + "key_id = NULL WHERE sequence = ?", detail, previous, hash, sequence);
                previous = hash;
            }
            jdbc.update("UPDATE audit_chain_head SET hash = ? WHERE id = 1", previous);

            AuditVerification verification = trail.verify();

            assertThat(verification.brokenAt()).isEqualTo(target.sequence());
            assertThat(verification.problem()).contains("recomputed without the key");
        } finally {
            for (Map<String, Object> row : original) {
                jdbc.update("UPDATE audit_entry SET detail = ?, prev_hash = ?, hash = ?, scheme = ?, key_id = ? "
                        + "WHERE sequence = ?", row.get("detail"), row.get("prev_hash"), row.get("hash"),
                        row.get("scheme"), row.get("key_id"), row.get("sequence"));
            }
            jdbc.update("UPDATE audit_chain_head SET sequence = ?, hash = ? WHERE id = 1", head.get("sequence"),
                    head.get("hash"));
        }
        assertThat(trail.verify().summary()).as("restored").startsWith("OK");
    }

    @Test
    void aTruncationWithTheHeadMovedBackIsReportedAgainstTheLastCheckpoint() {
        AuditEntry kept = trail.append("dpo", "TEST_KEPT", null, null);
        AuditEntry lost = trail.append("dpo", "TEST_TRUNCATED", null, null);
        assertThat(monitor.run().checkpoint()).as("checkpointed").isGreaterThanOrEqualTo(lost.sequence());
        List<Map<String, Object>> removed = jdbc.queryForList(
                "SELECT * FROM audit_entry WHERE sequence > ? ORDER BY sequence", kept.sequence());
        Map<String, Object> head = jdbc.queryForMap("SELECT sequence, hash FROM audit_chain_head WHERE id = 1");
        try {
            jdbc.update("DELETE FROM audit_entry WHERE sequence > ?", kept.sequence());
            jdbc.update("UPDATE audit_chain_head SET sequence = ?, hash = ? WHERE id = 1", kept.sequence(),
                    kept.hash());

            AuditVerification verification = trail.verify();

            assertThat(verification.brokenAt()).isEqualTo(lost.sequence());
            assertThat(verification.problem()).contains("as checkpointed").contains("ends at " + kept.sequence());
        } finally {
            for (Map<String, Object> row : removed) {
                jdbc.update("INSERT INTO audit_entry (sequence, at, actor, action, incident_id, detail, prev_hash, "
                        + "hash, scheme, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("sequence"),
                        row.get("at"), row.get("actor"), row.get("action"), row.get("incident_id"), row.get("detail"),
                        row.get("prev_hash"), row.get("hash"), row.get("scheme"), row.get("key_id"));
            }
            jdbc.update("UPDATE audit_chain_head SET sequence = ?, hash = ? WHERE id = 1", head.get("sequence"),
                    head.get("hash"));
        }
        assertThat(trail.verify().summary()).as("restored").startsWith("OK");
    }

    private static java.time.Instant at(Map<String, Object> row) {
        Object at = row.get("at");
        return at instanceof java.time.OffsetDateTime offset ? offset.toInstant()
                : ((java.sql.Timestamp) at).toInstant();
    }

    @Test
    void concurrentAppendsKeepTheChainLinearAndVerifyWhileTheyRun() throws Exception {
        String incident = UUID.randomUUID().toString();
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int writer = t;
                writers.add(() -> {
                    for (int i = 0; i < each; i++) {
                        trail.append("writer-" + writer, "TEST_CONCURRENT", incident, "i=" + i);
                    }
                    return null;
                });
            }
            List<Future<Void>> running = writers.stream().map(pool::submit).toList();
            while (running.stream().anyMatch(writer -> !writer.isDone())) {
                assertThat(trail.verify().summary()).as("verified while appending").startsWith("OK");
            }
            for (Future<Void> done : running) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        List<AuditEntry> entries = trail.forIncident(incident);
        assertThat(entries).hasSize(threads * each);
        assertThat(entries.stream().map(AuditEntry::sequence).distinct()).hasSize(threads * each);
        assertThat(trail.verify().summary()).startsWith("OK");
    }
}
