package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.audit.AuditEntry;
import io.breachflow.audit.AuditTrail;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Cohorts and notice runs through the REST API, as an officer, a DPO and an auditor would use them. */
@BreachflowIntegrationTest
class NoticeRunsApiIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    NoticeDispatch notices;

    @Autowired
    NoticeDrafting drafting;

    @Autowired
    AuditTrail audit;

    @Autowired
    ObjectMapper json;

    private MockMvc api;
    private ApplicationEventMulticaster multicaster;
    private final List<NoticeRunFinished> finished = new CopyOnWriteArrayList<>();
    private final ApplicationListener<ApplicationEvent> recorder = event -> {
        if (event instanceof PayloadApplicationEvent<?> payload && payload.getPayload() instanceof NoticeRunFinished f) {
            finished.add(f);
        }
    };

    @BeforeEach
    void setUp() {
        api = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        multicaster = context.getBean(AbstractApplicationContext.APPLICATION_EVENT_MULTICASTER_BEAN_NAME,
                ApplicationEventMulticaster.class);
        multicaster.addApplicationListener(recorder);
    }

    @AfterEach
    void tearDown() {
        multicaster.removeApplicationListener(recorder);
    }

    @Test
    void uploadsACohortAndReportsEachRejectWithItsLineNumber() throws Exception {
        api.perform(multipart("/api/cohorts").file(csv("""
                        person_id,name,email,phone,jurisdiction,language
                        p1,Kim,kim@example.com,,KR,ko
                        p2,Bad,bad@example.com,,KR,xx
                        p1,Again,again@example.com,,KR,ko
                        """)).param("label", "upload").with(httpBasic("officer", "demo")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.accepted").value(1))
                .andExpect(jsonPath("$.rejected").value(1))
                .andExpect(jsonPath("$.duplicates").value(1))
                .andExpect(jsonPath("$.firstRejects[0].line").value(3))
                .andExpect(jsonPath("$.firstRejects[0].reason").value("language must be one of ko, en, ja"))
                .andExpect(jsonPath("$.firstRejects[1].line").value(4))
                .andExpect(jsonPath("$.firstRejects[1].reason").value("duplicate person_id"));
    }

    @Test
    void refusesAFileWithoutTheCohortHeaderAsAProblemNamingTheFile() throws Exception {
        api.perform(multipart("/api/cohorts").file(csv("id,mail\n1,a@example.com\n")).with(httpBasic("dpo", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"));
    }

    @Test
    void startsARunForAnIncidentReachesEveryoneOnTheirChannelAndPublishesItsEnd() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long cohortId = upload("person_id,name,email,phone,jurisdiction,language\n"
                + "a,Kim,a-" + tag + "@example.com,,KR,ko\n"
                + "b,Lee,,+8210" + (10_000_000 + Math.abs(tag.hashCode() % 89_999_999)) + ",KR,ko\n"
                + "c,Park,,,KR,ko\n");

        JsonNode run = json.readTree(api.perform(post("/api/notice-runs").with(httpBasic("officer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(startRun(cohortId, "INC-" + tag)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        long runId = run.get("id").asLong();
        await().atMost(Duration.ofSeconds(30)).until(() -> notices.progress(runId).status() == RunStatus.COMPLETED);

        api.perform(get("/api/notice-runs/" + runId).with(httpBasic("auditor", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.incidentId").value("INC-" + tag))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.sent").value(2))
                .andExpect(jsonPath("$.suppressed").value(1))
                .andExpect(jsonPath("$.remaining").value(0));
        await().atMost(Duration.ofSeconds(10)).until(() -> finished.stream().anyMatch(f -> f.runId() == runId));
        assertThat(finished).filteredOn(f -> f.runId() == runId)
                .containsExactly(new NoticeRunFinished(runId, "INC-" + tag, RunStatus.COMPLETED, 2, 0, 0, 1));
        api.perform(get("/outbox").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;run-" + runId + "-p-")));
    }

    @Test
    void anAuditorReadsRunsButCannotStartPauseOrUpload() throws Exception {
        long cohortId = upload("person_id,name,email,phone,jurisdiction,language\nz,Z,z@example.com,,KR,ko\n");

        api.perform(post("/api/notice-runs").with(httpBasic("auditor", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(startRun(cohortId, null)))
                .andExpect(status().isForbidden());
        api.perform(multipart("/api/cohorts").file(csv("person_id,name,email,phone,jurisdiction,language\n"))
                        .with(httpBasic("auditor", "demo")))
                .andExpect(status().isForbidden());
        api.perform(post("/api/notice-runs/1/pause").with(httpBasic("legal", "demo"))).andExpect(status().isForbidden());
        api.perform(get("/api/notice-runs/999999").with(httpBasic("auditor", "demo")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void pausingAFinishedRunIsAConflictThatNamesItsState() throws Exception {
        long cohortId = upload("person_id,name,email,phone,jurisdiction,language\ny,Y,y@example.com,,KR,en\n");
        long runId = notices.startRun(cohortId, approved(), notices.defaultWave(), null, "officer").id();
        await().atMost(Duration.ofSeconds(30)).until(() -> notices.progress(runId).status() == RunStatus.COMPLETED);

        api.perform(post("/api/notice-runs/" + runId + "/pause").with(httpBasic("dpo", "demo")))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Expected run " + runId + " to be running, but it is COMPLETED"));
    }

    @Test
    void refusesABadContentHashAndUnknownFieldsAsFieldProblems() throws Exception {
        api.perform(post("/api/notice-runs").with(httpBasic("officer", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cohortId\": 1, \"template\": \"generic/notice\", \"version\": \"v1\", "
                                + "\"contentHash\": \"xyz\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contentHash"));
        api.perform(post("/api/notice-runs").with(httpBasic("officer", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cohortId\": 1, \"template\": \"../../etc/passwd\", \"version\": \"v1\", "
                                + "\"contentHash\": \"" + "0".repeat(64) + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("template"));
        api.perform(post("/api/notice-runs").with(httpBasic("officer", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cohortId\": 1, \"surprise\": true}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("surprise"));
    }

    @Test
    void refusesAnUnversionedTemplateAs409AndAuditsTheUserWhoTried() throws Exception {
        String incident = UUID.randomUUID().toString();
        long cohortId = upload("person_id,name,email,phone,jurisdiction,language\nu,U,u@example.com,,KR,ko\n");

        api.perform(post("/api/notice-runs").with(httpBasic("officer", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(startRun(cohortId, incident, new ApprovedLetter("generic/notice", "v1", "a".repeat(64)))))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Expected the letter to name an approved version such as "
                        + "generic/notice@v42, but generic/notice names no version"));

        assertThat(refusal(incident).actor()).isEqualTo("officer");
        assertThat(refusal(incident).detail()).startsWith("cohort=" + cohortId + " reason=NO_VERSION "
                + "template=generic/notice version=v1");
        assertThat(audit.page(incident, "NOTICE_RUN_STARTED", 0, 10).entries()).isEmpty();
    }

    @Test
    void refusesAVersionLegalHasNotApprovedAs409AndAuditsTheUserWhoTried() throws Exception {
        String incident = UUID.randomUUID().toString();
        LetterVersion pending = ApprovedLetters.draftKorean(drafting, incident);
        long cohortId = upload("person_id,name,email,phone,jurisdiction,language\nv,V,v@example.com,,KR,ko\n");
        ApprovedLetter unapproved = new ApprovedLetter("KR-PIPA/individual-notice@v" + pending.id(),
                String.valueOf(pending.id()), pending.contentHash());

        api.perform(post("/api/notice-runs").with(httpBasic("dpo", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(startRun(cohortId, incident, unapproved)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Expected letter version " + pending.id()
                        + " to be APPROVED, but it is PENDING_APPROVAL"));

        assertThat(refusal(incident).actor()).isEqualTo("dpo");
        assertThat(refusal(incident).detail()).contains("reason=NOT_APPROVED");
    }

    @Test
    void refusesAContentHashOtherThanTheApprovedOneAs409AndAuditsIt() throws Exception {
        String incident = UUID.randomUUID().toString();
        ApprovedLetter approved = ApprovedLetters.korean(drafting, incident);
        long cohortId = upload("person_id,name,email,phone,jurisdiction,language\nw,W,w@example.com,,KR,ko\n");
        ApprovedLetter otherHash = new ApprovedLetter(approved.template(), approved.version(), "b".repeat(64));

        api.perform(post("/api/notice-runs").with(httpBasic("officer", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content(startRun(cohortId, incident, otherHash)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Expected letter " + approved.template() + " to hash to the "
                        + "approved " + approved.contentHash() + ", but the request names " + "b".repeat(64)));

        assertThat(refusal(incident).actor()).isEqualTo("officer");
        assertThat(refusal(incident).detail()).contains("reason=HASH_MISMATCH").contains("contentHash=" + "b".repeat(64));
    }

    @Test
    void refusesACohortIdThatIsNotAWholeNumberInsteadOfRoundingItToAnotherCohort() throws Exception {
        String hash = "c".repeat(64);
        for (String cohortId : List.of("1.5", "\"1\"", "1e0", "99999999999999999999")) {
            api.perform(post("/api/notice-runs").with(httpBasic("officer", "demo")).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"cohortId\": " + cohortId + ", \"template\": \"KR-PIPA/individual-notice@v1\", "
                                    + "\"version\": \"1\", \"contentHash\": \"" + hash + "\"}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.errors[0].field").value("cohortId"))
                    .andExpect(jsonPath("$.errors[0].message").value("must be a whole number, not a decimal or a string"));
        }
        api.perform(post("/api/notice-runs").with(httpBasic("officer", "demo")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"cohortId\": 1, \"template\": \"KR-PIPA/individual-notice@v1\", \"version\": \"1\", "
                                + "\"contentHash\": \"" + hash + "\", \"sessions\": 2.5}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("sessions"));
    }

    @Test
    void auditsWhoStartedPausedResumedAndCancelledARun() throws Exception {
        String incident = UUID.randomUUID().toString();
        StringBuilder csv = new StringBuilder("person_id,name,email,phone,jurisdiction,language\n");
        for (int i = 0; i < 100; i++) {
            csv.append("s").append(i).append(",S,s").append(i).append("-").append(incident).append("@example.com,,KR,ko\n");
        }
        long cohortId = upload(csv.toString());
        String body = startRun(cohortId, incident, ApprovedLetters.korean(drafting, incident))
                .replace("}", ", \"messagesPerSecond\": 5, \"sessions\": 1}");
        long runId = json.readTree(api.perform(post("/api/notice-runs").with(httpBasic("officer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .get("id").asLong();

        api.perform(post("/api/notice-runs/" + runId + "/pause").with(httpBasic("dpo", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PAUSED"));
        api.perform(post("/api/notice-runs/" + runId + "/resume").with(httpBasic("officer", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("RUNNING"));
        api.perform(post("/api/notice-runs/" + runId + "/cancel").with(httpBasic("dpo", "demo")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"));

        for (String[] expected : List.of(new String[] {"NOTICE_RUN_STARTED", "officer"},
                new String[] {"NOTICE_RUN_PAUSED", "dpo"}, new String[] {"NOTICE_RUN_RESUMED", "officer"},
                new String[] {"NOTICE_RUN_CANCELLED", "dpo"})) {
            AuditEntry entry = awaitEntry(incident, expected[0]);
            assertThat(entry.actor()).as(expected[0]).isEqualTo(expected[1]);
            assertThat(entry.detail()).as(expected[0]).startsWith("run=" + runId);
        }
        assertThat(awaitEntry(incident, "NOTICE_RUN_STARTED").detail()).contains("cohort=" + cohortId);
    }

    private AuditEntry refusal(String incident) {
        return awaitEntry(incident, "NOTICE_RUN_REFUSED");
    }

    private AuditEntry awaitEntry(String incident, String action) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> audit.page(incident, action, 0, 10).entries(), entries -> entries.size() == 1).get(0);
    }

    private long upload(String csv) throws Exception {
        String body = api.perform(multipart("/api/cohorts").file(csv(csv)).with(httpBasic("officer", "demo")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return json.readTree(body).get("cohortId").asLong();
    }

    private String startRun(long cohortId, String incidentId) throws Exception {
        return startRun(cohortId, incidentId, approved());
    }

    private String startRun(long cohortId, String incidentId, ApprovedLetter letter) throws Exception {
        return json.writeValueAsString(new java.util.LinkedHashMap<>(java.util.Map.of("cohortId", cohortId,
                "template", letter.template(), "version", letter.version(), "contentHash", letter.contentHash()))) 
                .replace("}", incidentId == null ? "}" : ", \"incidentId\": \"" + incidentId + "\"}");
    }

    private ApprovedLetter approved() {
        return ApprovedLetters.korean(drafting, UUID.randomUUID().toString());
    }

    private static MockMultipartFile csv(String content) {
        return new MockMultipartFile("file", "cohort.csv", "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }
}
