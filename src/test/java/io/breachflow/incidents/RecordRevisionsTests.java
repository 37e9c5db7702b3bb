package io.breachflow.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Recording scope revisions for the lifecycle's {@code breach.record-revision} job: each revision is
 * recorded once, and a job retried after its recording committed gets the same obligations to start again.
 */
class RecordRevisionsTests {

    private static final String FACTS = """
            {"title": "Customer data accessed by former employee",
             "awareAt": "2025-11-18T22:00:00+09:00", "detectedAt": "2025-11-18T20:30:00+09:00",
             "affected": [{"jurisdiction": "KR", "count": 4500}],
             "dataCategories": ["NAME", "EMAIL"], "cause": "INSIDER", "unauthorizedAccess": true,
             "encrypted": false, "highRisk": true,
             "organization": {"homeCountry": "KR", "secRegistrant": false, "onlineServiceProvider": true,
                              "criticalInfrastructure": false}}
            """;

    private final HikariDataSource dataSource = new HikariDataSource();
    private final ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    private final List<Object> events = new ArrayList<>();
    private final IncidentIntake intake;

    RecordRevisionsTests() {
        dataSource.setJdbcUrl("jdbc:h2:mem:revisions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUsername("sa");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/h2").load().migrate();
        StaticListableBeanFactory clock = new StaticListableBeanFactory();
        Clock fixed = Clock.fixed(Instant.parse("2025-11-22T00:00:00Z"), ZoneOffset.UTC);
        clock.addBean("clock", fixed);
        intake = new IncidentIntake(new Incidents(JdbcClient.create(dataSource)),
                new FactsDocuments(mapper, Validation.buildDefaultValidatorFactory().getValidator()),
                new ObligationCatalog(new Weekdays(), RegimesProperties.defaults(), fixed), events::add,
                clock.getBeanProvider(Clock.class));
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void aRetriedRecordingStartsTheSameObligationsAndAnotherJobFindsNothingLeft() throws Exception {
        IncidentId id = intake.report(mapper.readValue(FACTS, BreachFactsJson.class), "officer").id();
        intake.revise(id, OffsetDateTime.parse("2025-11-20T10:00:00+09:00"), "33.7 million and Californians",
                (ObjectNode) mapper.readTree("""
                        {"affected": [{"jurisdiction": "KR", "count": 33700000}, {"jurisdiction": "US-CA", "count": 900}]}
                        """), "officer");

        RecordedRevisions first = intake.recordRevisions(id, 41L);
        RecordedRevisions retried = intake.recordRevisions(id, 41L);
        RecordedRevisions otherJob = intake.recordRevisions(id, 42L);

        assertThat(keys(first.started())).anyMatch(key -> key.startsWith("us-ca-individuals"));
        assertThat(retried.latestRevision()).isEqualTo(first.latestRevision()).isEqualTo(2);
        assertThat(keys(retried.started())).containsExactlyElementsOf(keys(first.started()));
        assertThat(retried.started()).isEqualTo(first.started());
        assertThat(retried.moved()).isEqualTo(first.moved());
        assertThat(otherJob.started()).isEmpty();
        assertThat(otherJob.latestRevision()).isZero();
    }

    @Test
    void aRetryAlsoRecordsARevisionThatArrivedInTheMeantimeOnce() throws Exception {
        IncidentId id = intake.report(mapper.readValue(FACTS, BreachFactsJson.class), "officer").id();
        intake.revise(id, OffsetDateTime.parse("2025-11-20T10:00:00+09:00"), "Californians",
                (ObjectNode) mapper.readTree("{\"affected\": [{\"jurisdiction\": \"KR\", \"count\": 4500}, "
                        + "{\"jurisdiction\": \"US-CA\", \"count\": 900}]}"), "officer");
        List<String> first = keys(intake.recordRevisions(id, 7L).started());
        intake.revise(id, OffsetDateTime.parse("2025-11-21T10:00:00+09:00"), "EU residents too",
                (ObjectNode) mapper.readTree("{\"affected\": [{\"jurisdiction\": \"KR\", \"count\": 4500}, "
                        + "{\"jurisdiction\": \"US-CA\", \"count\": 900}, {\"jurisdiction\": \"DE\", \"count\": 50}]}"),
                "officer");

        List<String> retried = keys(intake.recordRevisions(id, 7L).started());
        List<String> thirdsOwnJob = keys(intake.recordRevisions(id, 8L).started());

        assertThat(retried).containsAll(first).hasSizeGreaterThan(first.size());
        assertThat(retried).anyMatch(key -> key.startsWith("eu-gdpr"));
        assertThat(thirdsOwnJob).isEmpty();
    }

    @Test
    void recordingARevisionAnnouncesItOnceAndTheRequiredObligationsFollowTheLatestFacts() throws Exception {
        IncidentId id = intake.report(mapper.readValue(FACTS, BreachFactsJson.class), "olivia").id();
        intake.revise(id, OffsetDateTime.parse("2025-11-20T10:00:00+09:00"), "Californians too",
                (ObjectNode) mapper.readTree("{\"affected\": [{\"jurisdiction\": \"KR\", \"count\": 4500}, "
                        + "{\"jurisdiction\": \"US-CA\", \"count\": 900}]}"), "dana");
        intake.recordRevisions(id, 7L);
        intake.revise(id, OffsetDateTime.parse("2025-11-21T10:00:00+09:00"), "No Californians after all",
                (ObjectNode) mapper.readTree("{\"affected\": [{\"jurisdiction\": \"KR\", \"count\": 4500}]}"),
                "olivia");

        intake.recordRevisions(id, 8L);
        intake.recordRevisions(id, 8L);

        assertThat(events).filteredOn(IncidentReported.class::isInstance).singleElement()
                .extracting(event -> ((IncidentReported) event).reportedBy()).isEqualTo("olivia");
        assertThat(events).filteredOn(ScopeRevised.class::isInstance)
                .extracting(event -> ((ScopeRevised) event).revisedBy()).containsExactly("dana", "olivia");
        assertThat(events).filteredOn(RevisionsRecorded.class::isInstance).as("a retried recording announces nothing")
                .containsExactly(new RevisionsRecorded(id, 2), new RevisionsRecorded(id, 3));
        assertThat(intake.requiredObligationKeys(id))
                .as("the Californians' notice came with revision 2 and went with 3")
                .isNotEmpty().noneMatch(key -> key.startsWith("us-ca"));
    }

    private static List<String> keys(List<Obligation> obligations) {
        return obligations.stream().map(Obligation::key).toList();
    }
}
