package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.audit.BreachRegister;
import io.breachflow.audit.RegisterEntry;
import io.breachflow.engine.EngineClock;
import io.breachflow.regimes.ObligationNames;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * What a scope revision does to work already under way: a deadline that moves re-times the reminders of the
 * running report, and an obligation the new facts no longer require stops its work.
 */
@BreachflowIntegrationTest
class ScopeRevisionIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    @Autowired
    EngineClock clock;

    @Autowired
    BreachRegister register;

    @Autowired
    ObligationNames names;

    MockMvc mvc;
    BreachApi api;
    final ObjectMapper mapper = new ObjectMapper();

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
    void anEarlierAwarenessTimeMovesTheReportDeadlineAndItsRemindersComeSooner() throws Exception {
        OffsetDateTime awareAt = now();
        String id = reportAwareAt(awareAt, 501);
        Map<String, Object> draft = draftFor(id, "kr-pipa");
        Duration window = Duration.between(awareAt, OffsetDateTime.parse((String) draft.get("dueAt")));
        OffsetDateTime earlier = awareAt.minus(window.minusHours(12));

        assertThat(api.post("/api/incidents/" + id + "/revisions", """
                {"revisedAt": "%s", "note": "Logs show access began earlier", "facts": {"awareAt": "%s"}}"""
                .formatted(awareAt, earlier), as("officer")).getStatus()).isEqualTo(202);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(OffsetDateTime.parse(
                (String) draftFor(id, "kr-pipa").get("dueAt")).toInstant())
                .isEqualTo(awareAt.plusHours(12).toInstant()));
        clock.add(Duration.ofHours(6).plusMinutes(5));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(draftFor(id, "kr-pipa").get("remindedAt"))
                .as("the window runs from the earlier awareness: its 90 %% point is 4.8 h ahead, not half of the"
                        + " original %s", window).isNotNull());
    }

    @Test
    void anObligationTheRevisedFactsNoLongerRequireStopsItsWork() throws Exception {
        String id = reportAwareAt(now(), 501);
        draftFor(id, "us-ca-ag");

        assertThat(api.post("/api/incidents/" + id + "/revisions", """
                {"revisedAt": "%s", "note": "Only 10 Californians after deduplication",
                 "facts": {"affected": [{"jurisdiction": "KR", "count": 4500}, {"jurisdiction": "US-CA", "count": 10}]}}"""
                .formatted(now()), as("officer")).getStatus()).isEqualTo(202);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(obligations(id)).filteredOn(o -> String.valueOf(o.get("key")).startsWith("us-ca-ag"))
                .extracting(o -> o.get("status")).containsOnly("NO_LONGER_REQUIRED"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.openTasks(id, "Draft report", as("dpo")))
                .extracting(task -> String.valueOf(task.get("obligationKey"))).noneMatch(k -> k.startsWith("us-ca-ag")));
        assertThat(obligations(id)).filteredOn(o -> String.valueOf(o.get("key")).startsWith("us-ca-ag"))
                .extracting(o -> o.get("status")).containsOnly("NO_LONGER_REQUIRED");
        assertThat(api.openTasks(id, "Draft report", as("dpo"))).as("the other reports go on").isNotEmpty();
    }

    @Test
    void afterARevisionTheRegisterListsTheObligationsOfTheLatestFactsAndTheirRevision() throws Exception {
        String id = reportAwareAt(now(), 501);
        String californiaAg = await().atMost(PATIENCE).until(() -> register.entry(id)
                .map(RegisterEntry::obligationKeys).orElse(List.of()).stream()
                .filter(key -> key.startsWith("us-ca-ag")).findFirst().orElse(null), key -> key != null);

        assertThat(api.post("/api/incidents/" + id + "/revisions", """
                {"revisedAt": "%s", "note": "No Californians after deduplication; 50 people in Germany",
                 "facts": {"affected": [{"jurisdiction": "KR", "count": 4500}, {"jurisdiction": "DE", "count": 50}]}}"""
                .formatted(now()), as("officer")).getStatus()).isEqualTo(202);

        RegisterEntry entry = await().atMost(PATIENCE).until(() -> register.entry(id).orElseThrow(),
                e -> e.obligationKeys().stream().anyMatch(key -> key.startsWith("eu-gdpr")));
        assertThat(entry.obligationKeys()).as("the obligations the API shows as still required")
                .containsExactlyInAnyOrderElementsOf(obligations(id).stream()
                        .filter(o -> !"NO_LONGER_REQUIRED".equals(o.get("status"))).map(o -> (String) o.get("key"))
                        .toList())
                .noneMatch(key -> key.startsWith("us-ca"));
        assertThat(entry.latestRevision()).isEqualTo(2);
        assertThat(entry.affectedDetail()).isEqualTo("KR 4500, DE 50");
        String gdpr = entry.obligationKeys().stream().filter(key -> key.startsWith("eu-gdpr")).findFirst()
                .orElseThrow();
        String page = mvc.perform(get("/register").with(user("dpo").roles("DPO"))).andReturn().getResponse()
                .getContentAsString();
        String shown = page.substring(page.indexOf("id=\"entry-" + id + "\""));
        shown = shown.substring(0, shown.indexOf("</article>"));
        assertThat(shown).contains(names.of(gdpr, Locale.ENGLISH).full()).contains("revision 2")
                .doesNotContain(names.of(californiaAg, Locale.ENGLISH).full());
    }

    private Map<String, Object> draftFor(String id, String keyPrefix) {
        return await().atMost(PATIENCE).until(() -> api.openTasks(id, "Draft report", as("dpo")).stream()
                .filter(task -> String.valueOf(task.get("obligationKey")).startsWith(keyPrefix)).findFirst()
                .orElse(null), task -> task != null);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> obligations(String id) throws Exception {
        return (List<Map<String, Object>>) api.getObject("/api/incidents/" + id, as("dpo")).get("obligations");
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul")).truncatedTo(ChronoUnit.SECONDS);
    }

    private String reportAwareAt(OffsetDateTime awareAt, int californians) throws Exception {
        Map<String, Object> facts = mapper.readValue(BreachApi.DESIGN_EXAMPLE, new TypeReference<>() { });
        facts.put("awareAt", awareAt.toString());
        facts.put("detectedAt", awareAt.minusHours(1).toString());
        facts.put("affected", List.of(Map.of("jurisdiction", "KR", "count", 4500),
                Map.of("jurisdiction", "US-CA", "count", californians)));
        Map<String, Object> reported = mapper.readValue(api.post("/api/incidents", mapper.writeValueAsString(facts),
                as("officer")).getContentAsString(), new TypeReference<>() { });
        return (String) reported.get("id");
    }
}
