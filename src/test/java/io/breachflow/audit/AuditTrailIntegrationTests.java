package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trail is a hash chain: each link names the previous link's hash, recomputing any hash over the
 * stored fields gives the stored hash, and verification names the first link where that fails. Every
 * test restores what it tampered with, since the application context (and its database) is shared.
 */
@BreachflowIntegrationTest
class AuditTrailIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

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
        assertThat(second.hash()).isEqualTo(ChainHash.of(previous, second.sequence(), second.at(), "officer",
                "TEST_SECOND", incident, "n=2"));
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
            assertThat(verification.brokenAt()).isEqualTo(removed.sequence() + 1);
            assertThat(verification.problem()).contains("Expected sequence " + removed.sequence());
        } finally {
            jdbc.update("INSERT INTO audit_entry (sequence, at, actor, action, incident_id, detail, prev_hash, hash) "
                    + "VALUES (?, ?, 'dpo', 'TEST_DELETE', NULL, NULL, ?, ?)", removed.sequence(),
                    removed.at().atOffset(java.time.ZoneOffset.UTC), previous, removed.hash());
        }
        assertThat(trail.verify().summary()).as("restored").startsWith("OK");
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
