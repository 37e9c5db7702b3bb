package io.breachflow.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.breachflow.regimes.BreachFactsJson;
import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.regimes.Weekdays;
import io.breachflow.regimes.internal.RegimesProperties;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What {@code breach.record-notice-sent} does before marking the notice met: the duties the law counts from
 * the resident notice (California's sample copy "within 15 days after notifying consumers", Connecticut's
 * Attorney General "no later than" it) get their deadline from the moment it went out.
 */
class DeadlinesAfterSendingTests {

    private static final String FACTS = """
            {"title": "Order export bucket left public", "awareAt": "2026-02-10T09:00:00-08:00",
             "affected": [{"jurisdiction": "US-CA", "count": 501}, {"jurisdiction": "US-CT", "count": 3}],
             "dataCategories": ["NAME", "EMAIL"], "cause": "SYSTEM_ERROR", "unauthorizedAccess": true,
             "encrypted": false, "highRisk": true}
            """;

    private final HikariDataSource dataSource = new HikariDataSource();
    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    private final Incidents incidents;
    private final IncidentIntake intake;

    DeadlinesAfterSendingTests() {
        dataSource.setJdbcUrl("jdbc:h2:mem:after-sending-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        Clock fixed = Clock.fixed(Instant.parse("2026-02-11T00:00:00Z"), ZoneOffset.UTC);
        beans.addBean("clock", fixed);
        incidents = new Incidents(JdbcClient.create(dataSource));
        intake = new IncidentIntake(incidents, new FactsDocuments(mapper, Validation.buildDefaultValidatorFactory().getValidator()),
                new ObligationCatalog(new Weekdays(), RegimesProperties.defaults(), fixed), event -> { },
                beans.getBeanProvider(Clock.class));
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    private String dueAt(IncidentId id, String key) {
        return incidents.obligations(id).stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow().dueAt();
    }

    @Test
    void theCaliforniaSampleCopyIsDueFifteenDaysAfterTheResidentNoticeWentOut() throws Exception {
        IncidentId id = intake.report(mapper.readValue(FACTS, BreachFactsJson.class), "officer").id();
        assertThat(dueAt(id, "us-ca-ag:US-CA")).isNull();

        assertThat(intake.fixDeadlinesAfterSending(id, "us-ca-individuals", Instant.parse("2026-03-01T20:00:00Z")))
                .extracting(Obligation::key).containsExactly("us-ca-ag:US-CA");

        assertThat(OffsetDateTime.parse(dueAt(id, "us-ca-ag:US-CA"))).isEqualTo(OffsetDateTime.parse("2026-03-16T23:59:59-07:00"));
        assertThat(dueAt(id, "us-ct-ag:US-CT")).isNull();
    }

    @Test
    void aRetryLaterNeverMovesTheDeadlineLater() throws Exception {
        IncidentId id = intake.report(mapper.readValue(FACTS, BreachFactsJson.class), "officer").id();

        intake.fixDeadlinesAfterSending(id, "us-ct-individuals", Instant.parse("2026-03-01T20:00:00Z"));
        List<Obligation> again = intake.fixDeadlinesAfterSending(id, "us-ct-individuals", Instant.parse("2026-03-01T20:05:00Z"));

        assertThat(again).isEmpty();
        assertThat(OffsetDateTime.parse(dueAt(id, "us-ct-ag:US-CT"))).isEqualTo(OffsetDateTime.parse("2026-03-01T15:00:00-05:00"));
    }
}
