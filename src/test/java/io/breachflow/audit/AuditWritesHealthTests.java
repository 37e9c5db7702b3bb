package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

class AuditWritesHealthTests {

    private static final Instant NOW = Instant.parse("2025-11-20T10:00:00Z");

    private final JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.h2.Driver(),
            "jdbc:h2:mem:health-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    private final AuditWritesHealth health = new AuditWritesHealth(jdbc, Clock.fixed(NOW, ZoneOffset.UTC));

    AuditWritesHealthTests() {
        jdbc.execute("""
                CREATE TABLE event_publication (id UUID NOT NULL, completion_date TIMESTAMP(9) WITH TIME ZONE,
                event_type VARCHAR(512) NOT NULL, listener_id VARCHAR(512) NOT NULL,
                publication_date TIMESTAMP(9) WITH TIME ZONE NOT NULL, serialized_event VARCHAR(4000) NOT NULL)""");
    }

    @AfterEach
    void drop() {
        jdbc.execute("DROP ALL OBJECTS");
    }

    private void publication(String listener, Instant at, Instant completed) {
        jdbc.update("INSERT INTO event_publication VALUES (?, ?, 'IncidentReported', ?, ?, '{}')", UUID.randomUUID(),
                completed == null ? null : java.sql.Timestamp.from(completed), listener, java.sql.Timestamp.from(at));
    }

    @Test
    void aRegisterWriteStillFailingAfterTheGraceTimeDegradesHealthNamingTheListener() {
        publication("io.breachflow.audit.BreachRegister.on(IncidentReported)", NOW.minusSeconds(600), null);

        assertThat(health.health().getStatus()).isEqualTo(AuditWritesHealth.DEGRADED);
        assertThat(health.health().getDetails()).containsEntry("io.breachflow.audit.BreachRegister.on(IncidentReported)", 1L);
    }

    @Test
    void completedFreshOrOtherModulesEventsLeaveHealthUp() {
        publication("io.breachflow.audit.AuditListeners.on(IncidentReported)", NOW.minusSeconds(600), NOW.minusSeconds(590));
        publication("io.breachflow.audit.AuditListeners.on(ScopeRevised)", NOW.minusSeconds(30), null);
        publication("io.breachflow.workflow.ProcessTriggers.on(IncidentReported)", NOW.minusSeconds(600), null);

        assertThat(health.health().getStatus()).isEqualTo(Status.UP);
    }
}
