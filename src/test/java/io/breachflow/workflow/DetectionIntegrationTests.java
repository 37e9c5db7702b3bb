package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.incidents.IncidentId;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Signals open suspected incidents, related signals join them, and triage decides: a confirmed breach
 * becomes the incident and starts its lifecycle; a false alarm is closed and kept with its reasoning.
 */
@BreachflowIntegrationTest
class DetectionIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    @Autowired
    BreachProcesses processes;

    MockMvc mvc;
    BreachApi api;

    /** A signal type of this test alone, so signals of other tests never join its suspected incidents. */
    String type;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        api = new BreachApi(mvc);
        type = "DATA_EXFILTRATION_" + UUID.randomUUID();
    }

    @Test
    void twoSiemSignalsAboutTheSameEventAreGroupedAndConfirmedAsABreach() throws Exception {
        String first = signal("siem-1", "2025-11-18T20:30:00+09:00");
        String second = signal("siem-2", "2025-11-18T21:10:00+09:00");

        assertThat(second).isEqualTo(first);
        assertThat(signal("siem-1", "2025-11-18T20:30:00+09:00")).as("sent again").isEqualTo(first);
        Map<String, Object> triage = awaitTriage(first);
        assertThat(api.complete(triage.get("id"), """
                {"outcome": "BREACH", "awareAt": "2025-11-18T22:00:00+09:00",
                 "reasoning": "Exported customer table confirmed by the database audit log"}""", as("officer"))
                .getStatus()).isEqualTo(204);

        await().atMost(PATIENCE).until(() -> processes.lifecycleOf(IncidentId.of(first)).isPresent());
        Map<String, Object> incident = api.getObject("/api/incidents/" + first, as("dpo"));
        Map<?, ?> facts = (Map<?, ?>) incident.get("facts");
        assertThat(facts.get("awareAt")).isEqualTo("2025-11-18T22:00:00+09:00");
        assertThat(OffsetDateTime.parse((String) facts.get("detectedAt")).toInstant()).as("the first signal")
                .isEqualTo(OffsetDateTime.parse("2025-11-18T20:30:00+09:00").toInstant());
        Map<String, Object> suspected = api.getObject("/api/suspected-incidents/" + first, as("auditor"));
        assertThat(suspected).containsEntry("status", "BREACH").containsEntry("decidedBy", "officer")
                .containsEntry("reasoning", "Exported customer table confirmed by the database audit log");
        assertThat((List<?>) suspected.get("signals")).hasSize(2);
    }

    @Test
    void aFalseAlarmIsClosedWithItsReasoningAndStartsNoClock() throws Exception {
        String id = signal("ticket-7", "2025-11-20T09:00:00+09:00");
        Map<String, Object> triage = awaitTriage(id);

        assertThat(api.complete(triage.get("id"), "{\"outcome\": \"BREACH\", \"reasoning\": \"x\"}", as("officer"))
                .getStatus()).as("a breach needs its awareness time").isEqualTo(400);
        assertThat(api.complete(triage.get("id"), """
                {"outcome": "FALSE_ALARM", "reasoning": "Scheduled backup job, not an exfiltration"}""",
                as("officer")).getStatus()).isEqualTo(204);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.getObject("/api/suspected-incidents/" + id,
                as("dpo"))).containsEntry("status", "FALSE_ALARM")
                .containsEntry("reasoning", "Scheduled backup job, not an exfiltration"));
        assertThat(api.getObject("/api/incidents/" + id, as("dpo"))).containsEntry("status", 404);
        assertThat(processes.lifecycleOf(IncidentId.of(id))).isEmpty();
    }

    @Test
    void theTriageTaskIsDueADayAfterTheFirstSignalAndShowsTheSignalsBehindIt() throws Exception {
        String id = signal("siem-9", "2025-11-20T09:00:00+09:00");

        Map<String, Object> triage = awaitTriage(id);

        assertThat(OffsetDateTime.parse((String) triage.get("dueAt")).toInstant()).as("observed + 24 h")
                .isEqualTo(OffsetDateTime.parse("2025-11-21T09:00:00+09:00").toInstant());
        String task = mvc.perform(get("/tasks/{id}", triage.get("id"))
                .with(user("officer").roles("COMPLIANCE_OFFICER"))).andReturn().getResponse().getContentAsString();
        assertThat(task).contains("hx-get=\"/suspected-incidents/" + id + "/signals\"");
        MockHttpServletResponse panel = mvc.perform(get("/suspected-incidents/{id}/signals", id)
                .with(user("dana").roles("DPO"))).andReturn().getResponse();
        assertThat(panel.getStatus()).isEqualTo(200);
        assertThat(panel.getContentAsString()).contains("Signals behind this suspected incident", "siem", "High",
                "2025-11-20 00:00 UTC", "Unusual outbound transfer", type).doesNotContain("<html");
        assertThat(mvc.perform(get("/suspected-incidents/{id}/signals", id).param("lang", "ko")
                .with(user("officer").roles("COMPLIANCE_OFFICER"))).andReturn().getResponse().getContentAsString())
                .contains("높음", "관측 시각");
        assertThat(mvc.perform(get("/suspected-incidents/{id}/signals", "not-an-id")
                .with(user("officer").roles("COMPLIANCE_OFFICER"))).andReturn().getResponse().getStatus())
                .isEqualTo(404);
    }

    @Test
    void signalsNeedTheirIdentifyingFields() throws Exception {
        assertThat(api.post("/api/signals", "{\"source\": \"siem\"}", as("officer")).getStatus()).isEqualTo(400);
        assertThat(api.post("/api/signals", """
                {"source": "siem", "reference": "r", "type": "T", "severity": "HIGH",
                 "observedAt": "2025-11-20T09:00:00+09:00"}""", as("auditor")).getStatus()).isEqualTo(403);
    }

    private String signal(String reference, String observedAt) throws Exception {
        var answer = api.post("/api/signals", """
                {"source": "siem", "reference": "%s", "type": "%s", "severity": "HIGH", "observedAt": "%s",
                 "summary": "Unusual outbound transfer"}""".formatted(reference + type, type, observedAt),
                as("officer"));
        assertThat(answer.getStatus()).isEqualTo(202);
        return (String) new com.fasterxml.jackson.databind.ObjectMapper().readValue(answer.getContentAsString(),
                Map.class).get("suspectedIncidentId");
    }

    private Map<String, Object> awaitTriage(String id) {
        return await().atMost(PATIENCE).until(() -> api.openTasks(id, "Triage suspected incident", as("officer")),
                tasks -> tasks.size() == 1).get(0);
    }
}
