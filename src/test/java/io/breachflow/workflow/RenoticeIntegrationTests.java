package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.audit.AuditTrail;
import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.ApprovedLetters;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDispatch;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.NoticeRenotices;
import io.breachflow.notices.NoticeWave;
import io.breachflow.notices.Renotice;
import io.breachflow.notices.RunStatus;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ElementInstance;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A regulator orders the letters of a finished run sent again, corrected (the Coupang case): through the REST API
 * and {@code bpmn/renotice.bpmn} on the embedded engine, via the real Camunda client. The corrected letter is the
 * next version of the same letter and goes out only once legal approved its exact text; it reaches exactly the
 * people the earlier run reached, and those it did not only when the order says so.
 */
@BreachflowIntegrationTest
class RenoticeIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    WebApplicationContext context;

    @Autowired
    NoticeDispatch notices;

    @Autowired
    NoticeDrafting drafting;

    @Autowired
    NoticeRenotices renotices;

    @Autowired
    ProcessInstances instances;

    @Autowired
    CamundaClient client;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    BreachApi api;

    @BeforeEach
    void setUp() {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        api = new BreachApi(mvc);
    }

    @Test
    void theApprovedCorrectionGoesToExactlyThePeopleTheEarlierRunReachedAndNamesTheEarlierRun() throws Exception {
        Earlier earlier = finishedRun();

        MockHttpServletResponse answer = api.post("/api/notice-runs/" + earlier.runId() + "/renotice", """
                {"reason": "The first letter named the wrong data categories", "orderReference": "PIPC-2025-7"}""",
                as("officer"));

        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(201);
        JsonNode body = json.readTree(answer.getContentAsString());
        assertThat(body.path("earlierRunId").asLong()).isEqualTo(earlier.runId());
        assertThat(body.path("orderReference").asText()).isEqualTo("PIPC-2025-7");
        assertThat(body.path("state").asText()).isEqualTo("AWAITING_APPROVAL");
        JsonNode letter = body.path("letter");
        assertThat(letter.path("number").asInt()).as("the next version of the same letter").isEqualTo(2);
        assertThat(letter.path("template").asText()).isEqualTo(earlier.version().template());
        assertThat(letter.path("status").asText()).isEqualTo("PENDING_APPROVAL");
        assertThat(letter.path("draftedBy").asText()).isEqualTo("officer");
        JsonNode task = body.path("task");
        assertThat(task.path("formKey").asText()).isEqualTo("approve-notice");
        assertThat(task.path("candidateGroups").get(0).asText()).isEqualTo("legal");
        LetterVersion corrected = drafting.find(letter.path("versionId").asLong()).orElseThrow();
        assertThat(corrected.fields()).containsEntry("correction", "The first letter named the wrong data categories")
                .containsEntry("whatHappened", earlier.version().fields().get("whatHappened"));
        assertThat(renotices.find(body.path("renoticeId").asLong()).orElseThrow().laterRunId())
                .as("nothing is sent before legal approves").isNull();

        MockHttpServletResponse approved = api.complete(task.path("id").asLong(),
                "{\"approved\": true, \"contentHash\": \"" + corrected.contentHash() + "\"}", as("legal"));
        assertThat(approved.getStatus()).as(approved.getContentAsString()).isEqualTo(204);

        long renoticeId = body.path("renoticeId").asLong();
        long laterRunId = awaitLaterRunFinished(renoticeId);
        assertThat(people(laterRunId)).containsExactlyInAnyOrder("a", "b");
        assertThat(notices.run(laterRunId).letter().contentHash()).isEqualTo(corrected.contentHash());
        assertThat(renotices.ofLaterRun(laterRunId)).map(Renotice::earlierRunId).contains(earlier.runId());
        assertThat(elementsOf(renoticeId)).contains("Task_DraftCorrectedLetter", "Task_ApproveNotice",
                "Task_RecordNoticeDecision", "Task_StartRenoticeRun", "ReceiveTask_RenoticeRunFinished",
                "EndEvent_Renotified");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(audit.page(earlier.incidentId(),
                "NOTICE_RENOTICE_RUN_STARTED", 0, 10).entries()).singleElement().satisfies(entry -> assertThat(
                entry.detail()).contains("earlierRun=" + earlier.runId(), "run=" + laterRunId, "order=PIPC-2025-7")));
    }

    @Test
    void thePeopleTheEarlierRunDidNotReachAreIncludedOnlyWhenTheOrderSaysSo() throws Exception {
        Earlier earlier = finishedRun();

        JsonNode body = json.readTree(api.post("/api/notice-runs/" + earlier.runId() + "/renotice",
                "{\"reason\": \"Resend to everyone\", \"includeUnreached\": true}", as("dpo")).getContentAsString());
        LetterVersion corrected = drafting.find(body.path("letter").path("versionId").asLong()).orElseThrow();
        assertThat(api.complete(body.path("task").path("id").asLong(),
                "{\"approved\": true, \"contentHash\": \"" + corrected.contentHash() + "\"}", as("legal")).getStatus())
                .isEqualTo(204);

        long laterRunId = awaitLaterRunFinished(body.path("renoticeId").asLong());
        assertThat(people(laterRunId)).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(notices.progress(laterRunId).suppressed()).as("c still has no address").isEqualTo(1);
    }

    @Test
    void aRunStillSendingIsAConflictAndBadInputNamesTheField() throws Exception {
        String incident = UUID.randomUUID().toString();
        ApprovedLetter letter = ApprovedLetters.korean(drafting, incident);
        long cohortId = cohort("""
                person_id,name,email,phone,jurisdiction,language
                s1,Kim,s1@example.com,,KR,ko
                s2,Lee,s2@example.com,,KR,ko
                s3,Park,s3@example.com,,KR,ko
                """);
        long runId = notices.startRun(cohortId, letter, new NoticeWave(1, 1), incident, "officer").id();

        MockHttpServletResponse sending = api.post("/api/notice-runs/" + runId + "/renotice",
                "{\"reason\": \"Wrong contact point\"}", as("officer"));
        assertThat(sending.getStatus()).isEqualTo(409);
        assertThat(sending.getContentType()).isEqualTo("application/problem+json");
        assertThat(json.readTree(sending.getContentAsString()).path("detail").asText())
                .startsWith("Expected notice run " + runId + " to be finished (COMPLETED or CANCELLED), but it is ");

        notices.cancel(runId, "officer");
        assertThat(field(api.post("/api/notice-runs/" + runId + "/renotice", "{\"orderReference\": \"X\"}",
                as("officer")))).isEqualTo("reason");
        assertThat(field(api.post("/api/notice-runs/" + runId + "/renotice",
                "{\"reason\": \"r\", \"includeUnreached\": \"yes\"}", as("officer")))).isEqualTo("includeUnreached");
        assertThat(field(api.post("/api/notice-runs/" + runId + "/renotice",
                "{\"reason\": \"r\", \"fields\": {\"name\": \"Someone\"}}", as("officer")))).isEqualTo("fields");
        assertThat(field(api.post("/api/notice-runs/" + runId + "/renotice", "{\"reason\": \"r\", \"surprise\": 1}",
                as("officer")))).isEqualTo("surprise");
        assertThat(api.post("/api/notice-runs/" + runId + "/renotice", "{\"reason\": \"r\"}", as("legal")).getStatus())
                .as("legal approves re-notices, it does not order them").isEqualTo(403);
        assertThat(api.post("/api/notice-runs/9123456789/renotice", "{\"reason\": \"r\"}", as("officer")).getStatus())
                .isEqualTo(404);
        assertThat(renotices.ofEarlierRun(runId)).as("nothing was asked for").isEmpty();
    }

    /** An incident's approved Korean letter sent to a, b (email) and c (no address: suppressed), finished. */
    private Earlier finishedRun() {
        String incident = UUID.randomUUID().toString();
        ApprovedLetter letter = ApprovedLetters.korean(drafting, incident);
        String tag = incident.substring(0, 8);
        long cohortId = cohort("person_id,name,email,phone,jurisdiction,language\n"
                + "a,Kim,a-" + tag + "@example.com,,KR,ko\n"
                + "b,Lee,b-" + tag + "@example.com,,KR,ko\n"
                + "c,Park,,,KR,ko\n");
        long runId = notices.startRun(cohortId, letter, notices.defaultWave(), incident, "officer").id();
        await().atMost(PATIENCE).until(() -> notices.progress(runId).status() == RunStatus.COMPLETED);
        LetterVersion version = drafting.find(Long.parseLong(letter.version())).orElseThrow();
        return new Earlier(incident, runId, version);
    }

    private record Earlier(String incidentId, long runId, LetterVersion version) {
    }

    private long cohort(String csv) {
        return notices.importCohort("renotice test", new StringReader(csv)).cohortId();
    }

    private long awaitLaterRunFinished(long renoticeId) {
        await().atMost(PATIENCE).until(() -> renotices.find(renoticeId).orElseThrow().laterRunId() != null);
        long laterRunId = renotices.find(renoticeId).orElseThrow().laterRunId();
        await().atMost(PATIENCE).until(() -> notices.progress(laterRunId).status() == RunStatus.COMPLETED);
        return laterRunId;
    }

    private List<String> people(long runId) {
        return jdbc.queryForList("SELECT r.person_id FROM notice_ledger l JOIN notice_recipient r ON r.id = "
                + "l.recipient_id WHERE l.run_id = ?", String.class, runId);
    }

    /** The elements the re-notice's process instance completed, once it has ended. */
    private List<String> elementsOf(long renoticeId) {
        String incident = renotices.find(renoticeId).orElseThrow().incidentId();
        long key = instances.instanceOf(incident, "renotice/" + renoticeId).orElseThrow();
        CaseSearches searches = new CaseSearches(client);
        await().atMost(PATIENCE).until(() -> searches.elementInstances(key).stream()
                .anyMatch(e -> "EndEvent_Renotified".equals(e.getElementId())));
        return searches.elementInstances(key).stream().map(ElementInstance::getElementId).toList();
    }

    private String field(MockHttpServletResponse answer) throws Exception {
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(400);
        assertThat(answer.getContentType()).isEqualTo("application/problem+json");
        return json.readTree(answer.getContentAsString()).path("errors").get(0).path("field").asText();
    }
}
