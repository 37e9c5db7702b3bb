package io.breachflow.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.zaxxer.hikari.HikariDataSource;
import io.breachflow.regimes.BreachFactsJson;
import io.breachflow.regimes.CalendarsEndingIn2027;
import io.breachflow.regimes.Deadline;
import io.breachflow.regimes.DeadlineGap;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.regimes.OpenObligations;
import io.breachflow.regimes.internal.RegimesProperties;
import jakarta.validation.Validation;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An obligation stored without a deadline keeps the catalog's reason (V56), so the deadline dashboard and the
 * workspace can say why, above all when a holiday calendar does not cover the year the clock needs; the reason
 * goes as soon as the deadline gets a date, whether a scope revision or the sending of a notice gives it one.
 */
class ObligationAwaitingTests {

    /** An SEC registrant that determined materiality on 1 March 2028, a year the calendars here do not cover. */
    private static final String FACTS = """
            {"title": "Payment service breached", "awareAt": "2026-01-10T09:00:00-08:00",
             "affected": [{"jurisdiction": "US-CA", "count": 501}],
             "dataCategories": ["NAME", "EMAIL"], "cause": "EXTERNAL_ATTACK", "unauthorizedAccess": true,
             "encrypted": false, "highRisk": true,
             "organization": {"homeCountry": "US", "secRegistrant": true, "onlineServiceProvider": false,
                              "criticalInfrastructure": false},
             "milestones": {"materialityDeterminedAt": "2028-03-01T10:00:00-05:00"}}
            """;

    private final HikariDataSource dataSource = new HikariDataSource();
    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    private final Incidents incidents;
    private final IncidentIntake intake;
    private final IncidentDeadlines dashboard;

    ObligationAwaitingTests() {
        dataSource.setJdbcUrl("jdbc:h2:mem:awaiting-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        Clock fixed = Clock.fixed(Instant.parse("2026-01-11T00:00:00Z"), ZoneOffset.UTC);
        beans.addBean("clock", fixed);
        incidents = new Incidents(JdbcClient.create(dataSource));
        FactsDocuments documents = new FactsDocuments(mapper, Validation.buildDefaultValidatorFactory().getValidator());
        intake = new IncidentIntake(incidents, documents,
                new ObligationCatalog(new CalendarsEndingIn2027(), RegimesProperties.defaults(), fixed), event -> { },
                beans.getBeanProvider(Clock.class));
        dashboard = new IncidentDeadlines(JdbcClient.create(dataSource), documents);
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    private Incidents.StoredObligation stored(IncidentId id, String key) {
        return incidents.obligations(id).stream().filter(o -> o.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void anSecFilingWhoseFourBusinessDaysFallInAnUncoveredYearIsStoredAsACalendarGap() throws Exception {
        IncidentId id = intake.report(mapper.readValue(FACTS, BreachFactsJson.class), "officer").id();

        Incidents.StoredObligation filing = stored(id, "us-sec-8k");
        assertThat(filing.dueAt()).isNull();
        assertThat(Deadline.calendarMissing(filing.awaiting())).as(filing.awaiting()).isTrue();
        OpenObligations.Tracked tracked = dashboard.open().stream().filter(o -> o.key().equals("us-sec-8k"))
                .findFirst().orElseThrow();
        DeadlineGap gap = tracked.gap();
        assertThat(gap.isError()).isTrue();
        assertThat(gap.calendar()).isEqualTo("US");
        assertThat(gap.year()).isEqualTo(2028);
        assertThat(tracked.incidentLabel()).isEqualTo("Payment service breached");
    }

    @Test
    void theCaliforniaSampleCopyWaitsForTheResidentNoticeUntilItIsSent() throws Exception {
        IncidentId id = intake.report(mapper.readValue(FACTS, BreachFactsJson.class), "officer").id();
        assertThat(Deadline.afterIndividualNotice(stored(id, "us-ca-ag:US-CA").awaiting())).isTrue();

        intake.fixDeadlinesAfterSending(id, "us-ca-individuals", Instant.parse("2026-02-01T20:00:00Z"));

        Incidents.StoredObligation copy = stored(id, "us-ca-ag:US-CA");
        assertThat(copy.dueAt()).isNotNull();
        assertThat(copy.awaiting()).isNull();
    }

    @Test
    void aRevisionThatMovesTheClockIntoACoveredYearGivesTheDeadlineADateAndDropsTheReason() throws Exception {
        IncidentId id = intake.report(mapper.readValue(FACTS, BreachFactsJson.class), "officer").id();
        ObjectNode corrected = (ObjectNode) mapper.readTree(
                "{\"milestones\": {\"materialityDeterminedAt\": \"2027-03-01T10:00:00-05:00\"}}");
        intake.revise(id, OffsetDateTime.parse("2026-01-12T10:00:00-05:00"), "Materiality date corrected", corrected,
                "officer");

        intake.recordRevisions(id, 7L);

        Incidents.StoredObligation filing = stored(id, "us-sec-8k");
        assertThat(OffsetDateTime.parse(filing.dueAt())).isEqualTo(OffsetDateTime.parse("2027-03-05T17:30:00-05:00"));
        assertThat(filing.awaiting()).isNull();
    }
}
