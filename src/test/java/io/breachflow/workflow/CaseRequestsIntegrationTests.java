package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.engine.EngineClock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Requests that reach a running case from outside: an officer asks for a police referral the cause did not
 * call for (an incident gets one referral, however it is asked for), and a regulator asks a follow-up
 * question that becomes an answering task.
 */
@BreachflowIntegrationTest
class CaseRequestsIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    BreachApi api;
    final ObjectMapper mapper = new ObjectMapper();

    @Autowired
    EngineClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @BeforeEach
    void setUp() {
        api = new BreachApi(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
    }

    @Test
    void anOfficerCanAskForAReferralOfAnIncidentWhoseCauseIsNoCrimeOnce() throws Exception {
        String id = report("SYSTEM_ERROR");
        awaitTasks(id, "Record awareness", 1);
        assertThat(api.openTasks(id, "Prepare evidence package", as("dpo"))).isEmpty();

        MockHttpServletResponse asked = api.post("/api/incidents/" + id + "/police-referral",
                "{\"reason\": \"The misconfiguration was exploited deliberately\"}", as("officer"));

        assertThat(asked.getStatus()).isEqualTo(202);
        awaitTasks(id, "Prepare evidence package", 1);
        MockHttpServletResponse again = api.post("/api/incidents/" + id + "/police-referral",
                "{\"reason\": \"again\"}", as("dpo"));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(again.getContentType()).isEqualTo("application/problem+json");
        assertThat(api.post("/api/incidents/" + id + "/police-referral", "{\"reason\": \"x\"}", as("legal"))
                .getStatus()).as("legal may not start a referral").isEqualTo(403);
    }

    @Test
    void anInsiderIncidentGetsItsReferralFromTheCauseAndNoSecondOneOnRequest() throws Exception {
        String id = report("INSIDER");
        awaitTasks(id, "Prepare evidence package", 1);

        assertThat(api.post("/api/incidents/" + id + "/police-referral", "{\"reason\": \"insider\"}",
                as("officer")).getStatus()).isEqualTo(409);
        assertThat(api.openTasks(id, "Prepare evidence package", as("dpo"))).hasSize(1);
    }

    @Test
    void aRegulatorsQuestionOpensAnAnsweringTaskThatTheOfficerCompletes() throws Exception {
        String id = report("SYSTEM_ERROR");
        MockHttpServletResponse recorded = api.post("/api/incidents/" + id + "/regulator-questions", """
                {"authority": "PIPC", "reference": "PIPC-2025-77", "receivedAt": "2025-11-20T09:00:00+09:00",
                 "answerDue": "2025-11-27T18:00:00+09:00",
                 "question": "How many accounts had delivery addresses exposed?"}""", as("officer"));
        assertThat(recorded.getStatus()).isEqualTo(201);

        Map<String, Object> task = awaitTasks(id, "Answer regulator question", 1).get(0);
        assertThat(task).containsEntry("formKey", "answer-regulator-question");
        assertThat(api.complete(task.get("id"), "{\"answer\": \"All 33.7 million\"}", as("officer")).getStatus())
                .isEqualTo(204);
        awaitTasks(id, "Answer regulator question", 0);
        assertThat(api.post("/api/incidents/" + id + "/regulator-questions", """
                {"authority": "PIPC", "receivedAt": "2025-11-20T09:00:00+09:00", "question": ""}""",
                as("officer")).getStatus()).isEqualTo(400);
    }

    @Test
    void aRegulatorsOrderOpensATaskDueWhenTheOrderIsDueThatIsRemindedAndEscalatedToTheDpo() throws Exception {
        String id = report("SYSTEM_ERROR");
        OffsetDateTime received = OffsetDateTime.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul"))
                .truncatedTo(ChronoUnit.SECONDS);
        OffsetDateTime due = received.plusDays(10);
        MockHttpServletResponse recorded = api.post("/api/incidents/" + id + "/regulator-questions", """
                {"kind": "ORDER", "authority": "PIPC", "reference": "PIPC-ORDER-9", "receivedAt": "%s",
                 "answerDue": "%s", "question": "Notify the remaining account holders again by post"}"""
                .formatted(received, due), as("officer"));
        assertThat(recorded.getStatus()).isEqualTo(201);

        Map<String, Object> task = awaitTasks(id, "Answer regulator question", 1).get(0);
        assertThat(OffsetDateTime.parse((String) task.get("dueAt")).toInstant()).isEqualTo(due.toInstant());
        assertThat(task.get("remindedAt")).isNull();

        clock.add(Duration.ofDays(6));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(awaitTasks(id, "Answer regulator question", 1)
                .get(0).get("remindedAt")).as("reminded at half of the ten days").isNotNull());
        assertThat(awaitTasks(id, "Answer regulator question", 1).get(0).get("escalatedAt")).isNull();
        clock.add(Duration.ofDays(4).plusHours(1));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(awaitTasks(id, "Answer regulator question", 1)
                .get(0).get("escalatedAt")).as("escalated to the DPO at the due date").isNotNull());
    }

    @Test
    void anOrderWithoutADueDateIsRefusedNamingTheField() throws Exception {
        String id = report("SYSTEM_ERROR");
        MockHttpServletResponse refused = api.post("/api/incidents/" + id + "/regulator-questions", """
                {"kind": "ORDER", "authority": "PIPC", "receivedAt": "2026-12-01T09:00:00+09:00",
                 "question": "Notify again"}""", as("officer"));
        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("answerDue");
    }

    private String report(String cause) throws Exception {
        String facts = BreachApi.DESIGN_EXAMPLE.replace("\"cause\": \"INSIDER\"", "\"cause\": \"" + cause + "\"");
        Map<String, Object> reported = mapper.readValue(api.post("/api/incidents", facts, as("officer"))
                .getContentAsString(), new TypeReference<>() { });
        return (String) reported.get("id");
    }

    private List<Map<String, Object>> awaitTasks(String incidentId, String name, long count) {
        return await().atMost(PATIENCE).until(() -> api.openTasks(incidentId, name, as("dpo")),
                tasks -> tasks.size() == count);
    }
}
