package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.engine.EngineClock;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.LawEnforcementRequests;
import io.breachflow.notices.CohortImport;
import io.breachflow.notices.NoticeDispatch;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.io.StringReader;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * A police request to hold notices back: California lets law enforcement delay the resident notice, Korea
 * does not, so only the Californian notice waits — visibly, with its deadline moved by the length of the
 * hold — and its letters go out once the hold ends on the engine's clock.
 */
@BreachflowIntegrationTest
class LawEnforcementHoldIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    @Autowired
    EngineClock clock;

    @Autowired
    NoticeDispatch notices;

    @Autowired
    GreenMail smtp;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LawEnforcementRequests requests;

    BreachApi api;
    final ObjectMapper mapper = new ObjectMapper();

    @BeforeEach
    void setUp() {
        api = new BreachApi(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPoliceHoldDelaysOnlyTheNoticesWhoseLawAllowsItAndTheLettersFollowWhenItEnds() throws Exception {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneId.of("America/Los_Angeles"))
                .truncatedTo(ChronoUnit.SECONDS);
        String id = reportAwareAt(now);
        Map<String, Object> californian = obligation(id, "US-CA", "INDIVIDUAL_NOTICE");
        OffsetDateTime dueBefore = OffsetDateTime.parse((String) californian.get("dueAt"));

        MockHttpServletResponse recorded = api.post("/api/incidents/" + id + "/law-enforcement-holds", """
                {"requestedAt": "%s", "holdUntil": "%s", "agency": "Los Angeles Police Department",
                 "reference": "LAPD-2025-118", "note": "Notice would alert the suspect"}"""
                .formatted(now, now.plusDays(10)), as("officer"));

        assertThat(recorded.getStatus()).isEqualTo(201);
        Map<String, Object> hold = mapper.readValue(recorded.getContentAsString(), new TypeReference<>() { });
        assertThat((List<Map<String, Object>>) hold.get("held")).extracting(o -> o.get("regime"))
                .containsExactly("US-CA");
        assertThat((List<Map<String, Object>>) hold.get("notHeld")).extracting(o -> o.get("regime"))
                .as("Korea's PIPA has no police hold").contains("KR-PIPA");
        Map<String, Object> held = obligation(id, "US-CA", "INDIVIDUAL_NOTICE");
        assertThat(OffsetDateTime.parse((String) held.get("dueAt"))).isEqualTo(dueBefore.plusDays(10));
        assertThat((String) held.get("heldUntil")).isNotNull();
        assertThat((String) held.get("holdBasis")).contains("1798.82");
        assertThat(obligation(id, "KR-PIPA", "INDIVIDUAL_NOTICE").get("heldUntil")).isNull();

        String tag = UUID.randomUUID().toString().substring(0, 8);
        sendWave(id, "US-CA", tag);

        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> lettersTo(tag), letters -> letters == 0);
        clock.add(Duration.ofDays(10).plusHours(1));
        await().atMost(PATIENCE).until(() -> lettersTo(tag), letters -> letters == 2);
    }

    @Test
    void aHoldThatEndsBeforeItStartsIsRefusedAndChangesNothing() throws Exception {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneId.of("America/Los_Angeles"))
                .truncatedTo(ChronoUnit.SECONDS);
        String id = reportAwareAt(now);
        String dueBefore = (String) obligation(id, "US-CA", "INDIVIDUAL_NOTICE").get("dueAt");

        MockHttpServletResponse refused = api.post("/api/incidents/" + id + "/law-enforcement-holds", """
                {"requestedAt": "%s", "holdUntil": "%s", "agency": "LAPD", "reference": "X"}"""
                .formatted(now, now.minusDays(1)), as("officer"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(obligation(id, "US-CA", "INDIVIDUAL_NOTICE").get("dueAt")).isEqualTo(dueBefore);
        assertThat(api.post("/api/incidents/" + id + "/law-enforcement-holds", """
                {"requestedAt": "%s", "holdUntil": "%s", "agency": "LAPD", "reference": "X"}"""
                .formatted(now, now.plusDays(1)), as("auditor")).getStatus()).isEqualTo(403);
    }

    @Test
    void recordingTheSameCaliforniaHoldTwiceMovesTheDeadlineOnceAndAnswersWithTheFirstHold() throws Exception {
        ZoneId california = ZoneId.of("America/Los_Angeles");
        String id = reportAwareAt(OffsetDateTime.of(2026, 12, 6, 10, 0, 0, 0, california.getRules()
                .getOffset(java.time.LocalDateTime.of(2026, 12, 6, 10, 0))));
        OffsetDateTime dueBefore = OffsetDateTime.parse((String) obligation(id, "US-CA", "INDIVIDUAL_NOTICE")
                .get("dueAt"));
        assertThat(dueBefore.atZoneSameInstant(california).toLocalDate()).isEqualTo("2027-01-05");
        String request = """
                {"requestedAt": "2026-12-07T09:00:00-08:00", "holdUntil": "2026-12-21T09:00:00-08:00",
                 "agency": "Los Angeles Police Department", "reference": "LAPD-2026-4417"}""";

        MockHttpServletResponse first = api.post("/api/incidents/" + id + "/law-enforcement-holds", request,
                as("officer"));
        MockHttpServletResponse second = api.post("/api/incidents/" + id + "/law-enforcement-holds",
                request.replace("LAPD-2026-4417", " lapd-2026-4417 "), as("dpo"));

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(second.getStatus()).as("the same request again").isEqualTo(200);
        Map<String, Object> one = mapper.readValue(first.getContentAsString(), new TypeReference<>() { });
        Map<String, Object> again = mapper.readValue(second.getContentAsString(), new TypeReference<>() { });
        assertThat(again.get("holdId")).isEqualTo(one.get("holdId"));
        assertThat(again.get("alreadyRecorded")).isEqualTo(true);
        OffsetDateTime dueAfter = OffsetDateTime.parse((String) obligation(id, "US-CA", "INDIVIDUAL_NOTICE")
                .get("dueAt"));
        assertThat(dueAfter.atZoneSameInstant(california).toLocalDate()).as("moved by 14 days once, not to 2 Feb")
                .isEqualTo("2027-01-19");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM law_enforcement_hold WHERE incident_id = ?",
                Long.class, UUID.fromString(id))).isEqualTo(1L);
    }

    @Test
    void liftingAHoldGivesBackThePartOfThePauseNotUsed() throws Exception {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneId.of("America/Los_Angeles"))
                .truncatedTo(ChronoUnit.SECONDS);
        String id = reportAwareAt(now);
        OffsetDateTime dueBefore = OffsetDateTime.parse((String) obligation(id, "US-CA", "INDIVIDUAL_NOTICE")
                .get("dueAt"));
        MockHttpServletResponse recorded = api.post("/api/incidents/" + id + "/law-enforcement-holds", """
                {"requestedAt": "%s", "holdUntil": "%s", "agency": "FBI Los Angeles", "reference": "FBI-77"}"""
                .formatted(now, now.plusDays(20)), as("officer"));
        String holdId = (String) mapper.readValue(recorded.getContentAsString(), new TypeReference<Map<String, Object>>() { })
                .get("holdId");
        clock.add(Duration.ofDays(5));

        assertThat(requests.liftHold(IncidentId.of(id), holdId, "officer")).hasSize(1);

        Map<String, Object> lifted = obligation(id, "US-CA", "INDIVIDUAL_NOTICE");
        assertThat(OffsetDateTime.parse((String) lifted.get("dueAt")))
                .as("paused for the five days the hold stood (the engine's clock runs on while the test does)")
                .isBetween(dueBefore.plusDays(5), dueBefore.plusDays(5).plusMinutes(1));
        assertThat(lifted.get("heldUntil")).isNull();
        assertThat(requests.liftHold(IncidentId.of(id), holdId, "officer")).as("lifting twice").isEmpty();
    }

    @Test
    void liftingAHoldReleasesTheWaveAlreadyWaitingForItAtOnce() throws Exception {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneId.of("America/Los_Angeles"))
                .truncatedTo(ChronoUnit.SECONDS);
        String id = reportAwareAt(now);
        MockHttpServletResponse recorded = api.post("/api/incidents/" + id + "/law-enforcement-holds", """
                {"requestedAt": "%s", "holdUntil": "%s", "agency": "Los Angeles Police Department",
                 "reference": "LAPD-LIFT-1"}""".formatted(now, now.plusDays(30)), as("officer"));
        String holdId = (String) mapper.readValue(recorded.getContentAsString(), new TypeReference<Map<String, Object>>() { })
                .get("holdId");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        sendWave(id, "US-CA", tag);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
                .until(() -> lettersTo(tag), letters -> letters == 0);

        assertThat(requests.liftHold(IncidentId.of(id), holdId, "officer")).hasSize(1);

        await("the wave waiting for the hold goes without waiting 30 days").atMost(PATIENCE)
                .until(() -> lettersTo(tag), letters -> letters == 2);
    }

    /** Drafts, approves and prepares the regime's notice with a cohort of two addresses tagged {@code tag}. */
    private void sendWave(String id, String regime, String tag) throws Exception {
        Map<String, Object> draft = task(id, "Draft notice", regime);
        assertThat(api.complete(draft.get("id"), BreachApi.NOTICE_FORM,
                as("officer")).getStatus()).isEqualTo(204);
        Map<String, Object> approval = task(id, "Approve notice", regime);
        assertThat(api.complete(approval.get("id"), "{\"approved\": true}", as("legal")).getStatus()).isEqualTo(204);
        CohortImport cohort = notices.importCohort("hold-" + tag, new StringReader(
                "person_id,name,email,phone,jurisdiction,language\n"
                        + "p1,Alex,p1-" + tag + "@example.com,,US-CA,en\n"
                        + "p2,Sam,p2-" + tag + "@example.com,,US-CA,en\n"));
        Map<String, Object> wave = task(id, "Prepare notice wave", regime);
        assertThat(api.complete(wave.get("id"), "{\"cohortId\": \"" + cohort.cohortId() + "\"}", as("officer"))
                .getStatus()).isEqualTo(204);
    }

    /** The open task {@code name} about the regime's notice obligation. */
    private Map<String, Object> task(String id, String name, String regime) {
        return await().atMost(PATIENCE).until(() -> api.openTasks(id, name, as("dpo")).stream()
                        .filter(task -> String.valueOf(task.get("obligationKey")).startsWith(regime.toLowerCase() + "-"))
                        .findFirst().orElse(null),
                task -> task != null);
    }

    private long lettersTo(String tag) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> recipients(message).contains(tag)).count();
    }

    private static String recipients(Message message) {
        try {
            return Arrays.toString(message.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> obligation(String id, String regime, String kind) throws Exception {
        List<Map<String, Object>> obligations = (List<Map<String, Object>>) api.getObject("/api/incidents/" + id,
                as("dpo")).get("obligations");
        return obligations.stream().filter(o -> regime.equals(o.get("regime")) && kind.equals(o.get("kind")))
                .findFirst().orElseThrow(() -> new AssertionError("Expected a " + regime + " " + kind + " in "
                        + obligations));
    }

    private String reportAwareAt(OffsetDateTime awareAt) throws Exception {
        Map<String, Object> facts = mapper.readValue(BreachApi.DESIGN_EXAMPLE, new TypeReference<>() { });
        facts.put("awareAt", awareAt.toString());
        facts.put("detectedAt", awareAt.minusHours(1).toString());
        Map<String, Object> reported = mapper.readValue(api.post("/api/incidents", mapper.writeValueAsString(facts),
                as("officer")).getContentAsString(), new TypeReference<>() { });
        return (String) reported.get("id");
    }
}
