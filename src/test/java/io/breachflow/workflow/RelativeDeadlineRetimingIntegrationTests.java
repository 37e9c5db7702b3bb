package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.engine.EngineClock;
import io.breachflow.notices.CohortImport;
import io.breachflow.notices.NoticeDispatch;
import io.breachflow.notices.NoticeRun;
import io.breachflow.notices.RunStatus;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Issue 18, a deadline relative to another notice, through the real client: California's attorney general
 * wants a sample copy "within 15 calendar days of notifying consumers" (Civ. Code §1798.82(f)). Until the
 * Californians' notice goes out the AG report has no date; when its run finishes, the obligation, the AG
 * report's tasks and its process's reminders all count from that sending — not towards 15 days after
 * awareness, the estimate the undated duty's reminders ran to until then.
 */
@BreachflowIntegrationTest
class RelativeDeadlineRetimingIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final RequestPostProcessor OFFICER = user("officer").roles("COMPLIANCE_OFFICER");
    private static final String NOTICE = "us-ca-individuals";
    private static final String SAMPLE_COPY = "us-ca-ag:US-CA";
    private static final ZoneId SACRAMENTO = ZoneId.of("America/Los_Angeles");

    @Autowired
    WebApplicationContext context;

    @Autowired
    NoticeDispatch notices;

    @Autowired
    EngineClock clock;

    MockMvc mvc;
    BreachApi api;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        api = new BreachApi(mvc);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theSampleCopyIsDueFifteenDaysAfterTheCaliforniansWereToldAndItsRemindersCountFromThen() throws Exception {
        String id = reportAwareNow();
        assertThat(dueAt(id, SAMPLE_COPY)).as("no date before the consumers are notified").isNull();
        Map<String, Object> draftReport = task(id, "Draft report", SAMPLE_COPY);

        draftOnTheDesk(id);
        assertThat(api.complete(task(id, "Approve notice", NOTICE).get("id"), "{\"approved\": true}", as("legal"))
                .getStatus()).isEqualTo(204);
        CohortImport cohort = californians(3);
        clock.add(Duration.ofDays(5)); // the letters go out five days after awareness
        Instant before = clock.instant();
        assertThat(api.complete(task(id, "Prepare notice wave", NOTICE).get("id"),
                "{\"cohortId\": \"" + cohort.cohortId() + "\"}", as("officer")).getStatus()).isEqualTo(204);
        NoticeRun run = await().atMost(PATIENCE).until(() -> notices.recentRuns(500).stream()
                .filter(r -> id.equals(r.incidentId())).findFirst().orElse(null), r -> r != null);
        await().atMost(PATIENCE).until(() -> notices.progress(run.id()).status() == RunStatus.COMPLETED);
        await().atMost(PATIENCE).until(() -> "MET".equals(field(id, NOTICE, "status")));
        Instant after = clock.instant();

        OffsetDateTime due = OffsetDateTime.parse(await().atMost(PATIENCE).until(() -> dueAt(id, SAMPLE_COPY),
                d -> d != null));
        assertThat(due).as("the end of the 15th day in Sacramento after the sending")
                .isIn(endOfFifteenthDay(before), endOfFifteenthDay(after));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(taskDue(id, draftReport.get("id")))
                .as("the officer's task shows the new deadline").isEqualTo(due.toInstant()));

        // until now the report's reminders ran towards 15 days after awareness (half-time: day 7.5); from the
        // sending on day 5 they run towards day 20 (half-time: day 12.5)
        clock.add(Duration.ofDays(4));
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10))
                .until(() -> task(id, "Draft report", SAMPLE_COPY).get("remindedAt") == null);
        clock.add(Duration.ofDays(4));
        await().atMost(PATIENCE).until(() -> task(id, "Draft report", SAMPLE_COPY).get("remindedAt") != null);
        assertThat(task(id, "Draft report", SAMPLE_COPY).get("escalatedAt")).as("still before the deadline").isNull();
    }

    private static OffsetDateTime endOfFifteenthDay(Instant sentAt) {
        return sentAt.atZone(SACRAMENTO).toLocalDate().plusDays(15).atTime(LocalTime.of(23, 59, 59))
                .atZone(SACRAMENTO).toOffsetDateTime();
    }

    private String reportAwareNow() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        Map<String, Object> facts = mapper.readValue(BreachApi.DESIGN_EXAMPLE, new TypeReference<>() { });
        OffsetDateTime awareAt = OffsetDateTime.ofInstant(clock.instant(), SACRAMENTO).truncatedTo(ChronoUnit.SECONDS);
        facts.put("awareAt", awareAt.toString());
        facts.put("detectedAt", awareAt.minusHours(1).toString());
        MockHttpServletResponse reported = api.post("/api/incidents", mapper.writeValueAsString(facts), as("officer"));
        assertThat(reported.getStatus()).as(reported.getContentAsString()).isEqualTo(201);
        return (String) mapper.readValue(reported.getContentAsString(), new TypeReference<Map<String, Object>>() { })
                .get("id");
    }

    private void draftOnTheDesk(String id) throws Exception {
        Object draft = task(id, "Draft notice", NOTICE).get("id");
        Map<String, String> form = SheetForms.fields(page(get("/tasks/" + draft)));
        form.replaceAll((field, value) -> value.isBlank() && !"factsRevision".equals(field) ? "Stated." : value);
        MockHttpServletRequestBuilder request = post("/tasks/" + draft).param("action", "submit");
        form.forEach(request::param);
        MockHttpServletResponse sent = mvc.perform(request.with(csrf()).with(OFFICER)).andReturn().getResponse();
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(302);
    }

    private CohortImport californians(int people) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("person_id,name,email,phone,jurisdiction,language\n");
        for (int i = 0; i < people; i++) {
            csv.append(tag).append('-').append(i).append(",Lee,").append(tag).append('-').append(i)
                    .append("@example.com,,US-CA,en\n");
        }
        return notices.importCohort("californians-" + tag, new StringReader(csv.toString()));
    }

    private Map<String, Object> task(String incidentId, String name, String subject) {
        return api.awaitTask(incidentId, name, subject, as("dpo"));
    }

    private Instant taskDue(String incidentId, Object taskId) throws Exception {
        Map<String, Object> task = api.openTasks(incidentId, null, as("dpo")).stream()
                .filter(t -> taskId.equals(t.get("id"))).findFirst().orElseThrow();
        return task.get("dueAt") == null ? null : OffsetDateTime.parse((String) task.get("dueAt")).toInstant();
    }

    private String dueAt(String id, String key) throws Exception {
        return field(id, key, "dueAt");
    }

    @SuppressWarnings("unchecked")
    private String field(String id, String key, String field) throws Exception {
        List<Map<String, Object>> obligations = (List<Map<String, Object>>) api.getObject("/api/incidents/" + id,
                as("dpo")).get("obligations");
        Map<String, Object> obligation = obligations.stream().filter(o -> key.equals(o.get("key"))).findFirst()
                .orElseThrow(() -> new AssertionError("No obligation " + key + " in " + obligations));
        return (String) obligation.get(field);
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(OFFICER)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
