package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An existing database whose trail was written with plain SHA-256 keeps verifying after the upgrade
 * (migration V46 marks those entries), the first checkpoint records where they end, and new entries are
 * keyed after them (a plain entry after that point is a rewrite: {@code ChainVerifierTests}). Runs on H2, and on PostgreSQL when {@code BREACHFLOW_TEST_POSTGRES_URL} points at an
 * empty database (it then migrates a schema of its own).
 */
class AuditChainUpgradeTests {

    private static final Instant AT = Instant.parse("2025-11-18T13:00:00.123456Z");

    @TempDir
    Path dir;

    @Test
    void plainSha256EntriesFromBeforeTheUpgradeStillVerifyAndKeyedOnesFollowThem() {
        DriverManagerDataSource h2 = new DriverManagerDataSource(
                "jdbc:h2:mem:upgrade-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        upgradeAndVerify(h2, "h2", null);
    }

    @Test
    void theSameOnPostgresql() {
        String url = System.getenv("BREACHFLOW_TEST_POSTGRES_URL");
        org.junit.jupiter.api.Assumptions.assumeTrue(url != null && !url.isBlank(), "no PostgreSQL configured");
        String schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DriverManagerDataSource postgres = new DriverManagerDataSource(url + (url.contains("?") ? "&" : "?")
                + "currentSchema=" + schema, System.getenv("BREACHFLOW_TEST_POSTGRES_USER"),
                System.getenv().getOrDefault("BREACHFLOW_TEST_POSTGRES_PASSWORD", ""));
        upgradeAndVerify(postgres, "postgresql", schema);
    }

    private void upgradeAndVerify(DataSource data, String vendor, String schema) {
        migrate(data, vendor, schema, "44");
        JdbcClient jdbc = JdbcClient.create(data);
        String previous = ChainHash.GENESIS;
        for (long sequence = 1; sequence <= 3; sequence++) {
            String hash = ChainHash.of(previous, sequence, AT, "officer", "INCIDENT_REPORTED", null, "n=" + sequence);
            jdbc.sql("INSERT INTO audit_entry (sequence, at, actor, action, incident_id, detail, prev_hash, hash) "
                    + "VALUES (?, ?, 'officer', 'INCIDENT_REPORTED', NULL, ?, ?, ?)")
                    .params(sequence, AT.atOffset(ZoneOffset.UTC), "n=" + sequence, previous, hash).update();
            jdbc.sql("UPDATE audit_chain_head SET sequence = ?, hash = ? WHERE id = 1").params(sequence, hash).update();
            previous = hash;
        }
        migrate(data, vendor, schema, "latest");

        AuditKeys keys = new AuditKeys("a-test-audit-key-of-at-least-32-characters", List.of());
        AuditEntries entries = new AuditEntries(jdbc);
        AuditCheckpoints checkpoints = new AuditCheckpoints(new AuditProperties(null, null, List.of(),
                dir.resolve(vendor + ".log"), Duration.ofMinutes(15), null, null, null), keys);
        ChainVerifier verifier = new ChainVerifier(entries, keys, checkpoints);
        assertThat(jdbc.sql("SELECT DISTINCT scheme FROM audit_entry").query(String.class).list())
                .containsExactly("SHA-256");
        ChainVerifier.Result upgraded = verifier.verify(100);
        assertThat(upgraded.verification().summary()).isEqualTo("OK 3 entries verified");
        assertThat(upgraded.legacyUpTo()).isEqualTo(3);
        checkpoints.append(checkpoints.sign(3, upgraded.headHash(), AT, upgraded.legacyUpTo()));

        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("clock", Clock.systemUTC());
        AuditTrail trail = new AuditTrail(entries, keys, checkpoints, new DataSourceTransactionManager(data),
                beans.getBeanProvider(Clock.class));
        AuditEntry keyed = trail.append("dpo", "TEST_AFTER_UPGRADE", null, null);
        assertThat(keyed.sequence()).isEqualTo(4);
        assertThat(trail.verify().summary()).isEqualTo("OK 4 entries verified, last checkpoint at sequence 3");
    }

    private static void migrate(DataSource data, String vendor, String schema, String target) {
        var flyway = Flyway.configure().dataSource(data).locations("classpath:db/migration/" + vendor).target(target);
        if (schema != null) {
            flyway.schemas(schema).createSchemas(true);
        }
        flyway.load().migrate();
    }
}
