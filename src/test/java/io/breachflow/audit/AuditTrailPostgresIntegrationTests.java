package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The audit trail on a real PostgreSQL (skipped without {@code BREACHFLOW_TEST_POSTGRES_URL}, as
 * {@code PostgresMigrationIntegrationTests}, whose context it shares): concurrent appends stay one linear
 * chain under the head row lock, and the database itself refuses to change or delete an entry.
 */
@EnabledIfEnvironmentVariable(named = "BREACHFLOW_TEST_POSTGRES_URL", matches = ".+")
@ActiveProfiles("postgres")
@SpringBootTest(properties = {
        "spring.datasource.url=${BREACHFLOW_TEST_POSTGRES_URL}",
        "spring.datasource.username=${BREACHFLOW_TEST_POSTGRES_USER}",
        "spring.datasource.password=${BREACHFLOW_TEST_POSTGRES_PASSWORD:}",
        "breachflow.engine.port=0"})
class AuditTrailPostgresIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void concurrentAppendsKeepTheChainLinear() throws Exception {
        String incident = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Callable<Void>> writers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                writers.add(() -> {
                    for (int i = 0; i < 20; i++) {
                        trail.append("writer", "TEST_CONCURRENT", incident, "i=" + i);
                    }
                    return null;
                });
            }
            for (Future<Void> done : pool.invokeAll(writers)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(trail.forIncident(incident)).hasSize(120);
        assertThat(trail.page(incident, "TEST_CONCURRENT", 0, 10).total()).isEqualTo(120);
        assertThat(trail.page(null, null, 1, 5).entries()).hasSize(5);
        assertThat(trail.verify().summary()).startsWith("OK");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntry() {
        AuditEntry entry = trail.append("dpo", "TEST_APPEND_ONLY", null, "approved=false");

        assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET detail = 'approved=true' WHERE sequence = ?",
                entry.sequence())).isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE sequence = ?", entry.sequence()))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(trail.verify().summary()).startsWith("OK");
    }
}
