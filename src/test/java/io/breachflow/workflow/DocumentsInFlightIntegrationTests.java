package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.filings.AuthorityReports;
import io.breachflow.filings.ReportDraft;
import io.breachflow.notices.ApprovalStatus;
import io.breachflow.notices.CohortImport;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDispatch;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.NoticeRun;
import io.breachflow.notices.RunStatus;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Issue 15 through the real client: a scope revision reaches every document still in flight. The PIPC report
 * drafted and approved for 4,500 people cannot be filed once the count becomes 33.7 million; the officer gets
 * a redraft that shows what changed and already says 33.7 million, legal approves the new version, and that is
 * what is filed. The same when the revision arrives while legal has the draft, and for a letter whose run has
 * not started: the run sends the new version only, to the revised cohort. A revision that only moves a
 * deadline leaves the document as it is.
 */
@BreachflowIntegrationTest
class DocumentsInFlightIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final RequestPostProcessor OFFICER = user("officer").roles("COMPLIANCE_OFFICER");
    private static final String PIPC = "kr-pipa-report";

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuthorityReports reports;

    @Autowired
    NoticeDrafting letters;

    @Autowired
    NoticeDispatch notices;

    MockMvc mvc;
    BreachApi api;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        api = new BreachApi(mvc);
    }

    @Test
    void anApprovedReportOvertakenByTheRevisionIsRedraftedApprovedAgainAndFiledWithTheNewCount() throws Exception {
        String id = (String) api.report().get("id");
        draftOnTheDesk(id, PIPC, "Draft report");
        approve(id, PIPC, "Approve report");
        Map<String, Object> submit = task(id, "Submit report", PIPC);
        ReportDraft approved = report(id, ApprovalStatus.APPROVED);

        revise(id, 33_700_000);

        String redraft = await().atMost(PATIENCE).until(() -> openTask(id, "Draft report", PIPC), t -> t != null);
        assertThat(api.openTasks(id, "Submit report", as("dpo"))).as("the submit task ended")
                .noneMatch(t -> t.get("id").equals(submit.get("id")));
        assertThat(reports.find(approved.id()).orElseThrow().status()).isEqualTo(ApprovalStatus.SUPERSEDED);
        assertThatThrownBy(() -> reports.approvedForFiling(approved.id(), "officer"))
                .as("the approval bound to the old facts no longer authorises filing")
                .hasMessageContaining("drafted for revision 1").hasMessageContaining("changed in revision 2");
        MockHttpServletResponse late = api.complete(submit.get("id"),
                "{\"channel\": \"PORTAL\", \"receiptNumber\": \"R-1\"}", as("officer"));
        assertThat(late.getStatus()).as("filing the superseded report is refused").isEqualTo(409);
        assertThat(late.getContentAsString()).contains("drafted for revision 1", "superseded by revision 2");

        String page = page(get("/tasks/" + redraft));
        assertThat(page).contains("id=\"redraft\"", "People affected in KR", "4,500", "33,700,000",
                "Filled in again from the new facts");
        Map<String, String> form = SheetForms.fields(page);
        assertThat(form.get("affectedCount")).as("the changed count is pre-filled").contains("33,700,000");
        assertThat(form.get("measuresTaken")).as("what the officer wrote that did not change is kept")
                .isEqualTo("Keys revoked the same day.");
        assertThat(submitSheet(redraft, form).getStatus()).isEqualTo(302);

        approve(id, PIPC, "Approve report");
        Map<String, Object> fileIt = task(id, "Submit report", PIPC);
        assertThat(api.complete(fileIt.get("id"), "{\"channel\": \"PORTAL\", \"receiptNumber\": \"R-2\"}",
                as("officer")).getStatus()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> "MET".equals(status(id, PIPC)));
        ReportDraft filed = report(id, ApprovalStatus.APPROVED);
        assertThat(filed.id()).isNotEqualTo(approved.id());
        assertThat(filed.fields().get("affectedCount")).contains("33,700,000");
        assertThat(filed.html()).contains("33,700,000");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.getObject("/api/audit?incidentId=" + id
                + "&action=DOCUMENT_SUPERSEDED", as("auditor")).toString())
                .as("the audit trail records the invalidation").contains("report=" + approved.id(),
                        "draftedForRevision=1", "supersededByRevision=2"));
    }

    @Test
    void aRevisionWhileLegalHasTheDraftSendsItBackAndSeveralRevisionsInARowGiveOneRedraft() throws Exception {
        String id = (String) api.report().get("id");
        draftOnTheDesk(id, PIPC, "Draft report");
        Map<String, Object> approval = task(id, "Approve report", PIPC);
        ReportDraft pending = report(id, ApprovalStatus.PENDING_APPROVAL);

        revise(id, 1_000_000);
        revise(id, 33_700_000);

        String redraft = await().atMost(PATIENCE).until(() -> openTask(id, "Draft report", PIPC), t -> t != null);
        MockHttpServletResponse onThePage = mvc.perform(post("/tasks/" + approval.get("id")).param("approved", "true")
                .param("contentHash", pending.contentHash()).with(csrf()).with(user("legal").roles("LEGAL")))
                .andReturn().getResponse();
        assertThat(onThePage.getStatus()).as("legal's approval of the old text is refused").isEqualTo(409);
        assertThat(onThePage.getContentAsString(StandardCharsets.UTF_8))
                .contains("This task ended because a revision changed the facts the document was written from");
        assertThat(reports.find(pending.id()).orElseThrow().status()).isEqualTo(ApprovalStatus.SUPERSEDED);
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> api.openTasks(id, "Draft report", as("officer")).stream()
                        .filter(t -> PIPC.equals(t.get("obligationKey"))).count() == 1);

        String page = page(get("/tasks/" + redraft));
        assertThat(page).as("the diff runs from the revision drafted for to the latest").contains("4,500", "33,700,000")
                .doesNotContain("1,000,000");
        assertThat(submitSheet(redraft, SheetForms.fields(page)).getStatus()).isEqualTo(302);
        approve(id, PIPC, "Approve report");
        task(id, "Submit report", PIPC);
        assertThat(report(id, ApprovalStatus.APPROVED).html()).contains("33,700,000");
    }

    @Test
    void aLetterApprovedForTheOldCountWhoseRunHasNotStartedIsSentOnlyInItsRedraftedVersion() throws Exception {
        String id = (String) api.report().get("id");
        String notice = "kr-pipa-notice";
        draftOnTheDesk(id, notice, "Draft notice");
        approve(id, notice, "Approve notice");
        task(id, "Prepare notice wave", notice);
        LetterVersion first = letter(id, ApprovalStatus.APPROVED);

        revise(id, 33_700_000);

        String redraft = await().atMost(PATIENCE).until(() -> openTask(id, "Draft notice", notice), t -> t != null);
        assertThat(api.openTasks(id, "Prepare notice wave", as("dpo"))).isEmpty();
        assertThat(letters.find(first.id()).orElseThrow().status()).isEqualTo(ApprovalStatus.SUPERSEDED);
        CohortImport cohort = cohort(4);
        MockHttpServletResponse refused = api.post("/api/notice-runs", """
                {"cohortId": %d, "template": "%s@v%d", "version": "%d", "contentHash": "%s", "incidentId": "%s"}"""
                .formatted(cohort.cohortId(), first.template(), first.id(), first.id(), first.contentHash(), id),
                as("officer"));
        assertThat(refused.getStatus()).as("sending the superseded letter is refused").isEqualTo(409);
        assertThat(refused.getContentAsString()).contains("revision 2");

        assertThat(submitSheet(redraft, SheetForms.fields(page(get("/tasks/" + redraft)))).getStatus()).isEqualTo(302);
        approve(id, notice, "Approve notice");
        LetterVersion second = letter(id, ApprovalStatus.APPROVED);
        Map<String, Object> wave = task(id, "Prepare notice wave", notice);
        assertThat(api.complete(wave.get("id"), "{\"cohortId\": \"" + cohort.cohortId() + "\"}", as("officer"))
                .getStatus()).isEqualTo(204);

        NoticeRun run = await().atMost(PATIENCE).until(() -> notices.recentRuns(500).stream()
                .filter(r -> id.equals(r.incidentId())).findFirst().orElse(null), r -> r != null);
        assertThat(run.letter().version()).as("the run sends the redrafted version").isEqualTo(String.valueOf(second.id()));
        await().atMost(PATIENCE).until(() -> notices.progress(run.id()).status() == RunStatus.COMPLETED);
        assertThat(notices.progress(run.id()).sent()).as("the whole revised cohort").isEqualTo(4);
        assertThat(notices.recentRuns(500).stream().filter(r -> id.equals(r.incidentId()))).hasSize(1);
    }

    @Test
    void aPoliceReferralAwaitingLegalWhenTheCountChangesGoesBackToTheOfficerWithTheChange() throws Exception {
        String id = (String) api.report().get("id");
        api.uploadEvidence(id);
        draftOnTheDesk(id, "police-referral", "Prepare evidence package");
        Map<String, Object> approval = task(id, "Approve police referral", "police-referral");

        revise(id, 33_700_000);

        String redraft = await().atMost(PATIENCE).until(() -> openTask(id, "Prepare evidence package",
                "police-referral"), t -> t != null);
        assertThat(api.complete(approval.get("id"), "{\"approved\": true}", as("legal")).getStatus())
                .as("legal can no longer approve the referral written for 4,500 people").isEqualTo(409);
        String page = page(get("/tasks/" + redraft));
        assertThat(page).contains("People affected in KR", "4,500", "33,700,000");
        assertThat(SheetForms.fields(page).get("evidenceSummary")).contains("33,700,000");
        assertThat(submitSheet(redraft, SheetForms.fields(page)).getStatus()).isEqualTo(302);
        task(id, "Approve police referral", "police-referral");
    }

    @Test
    void aRevisionThatOnlyMovesADeadlineLeavesTheApprovedReportAsItIs() throws Exception {
        String id = (String) api.report().get("id");
        draftOnTheDesk(id, PIPC, "Draft report");
        approve(id, PIPC, "Approve report");
        Map<String, Object> submit = task(id, "Submit report", PIPC);
        ReportDraft approved = report(id, ApprovalStatus.APPROVED);

        assertThat(api.post("/api/incidents/" + id + "/revisions", """
                {"revisedAt": "2025-11-20T09:00:00+09:00", "note": "Materiality determined",
                 "facts": {"milestones": {"materialityDeterminedAt": "2025-11-20T09:00:00+09:00"}}}""",
                as("officer")).getStatus()).isEqualTo(202);

        await().atMost(PATIENCE).until(() -> obligations(id).stream().anyMatch(o -> String.valueOf(o.get("key"))
                .startsWith("us-sec") && o.get("dueAt") != null));
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                .until(() -> reports.find(approved.id()).orElseThrow().status() == ApprovalStatus.APPROVED);
        assertThat(api.complete(submit.get("id"), "{\"channel\": \"PORTAL\", \"receiptNumber\": \"R-3\"}",
                as("officer")).getStatus()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> "MET".equals(status(id, PIPC)));
    }

    private void draftOnTheDesk(String id, String key, String name) throws Exception {
        Object draft = task(id, name, key).get("id");
        Map<String, String> form = SheetForms.fields(page(get("/tasks/" + draft)));
        form.replaceAll((field, value) -> value.isBlank() && !"factsRevision".equals(field) ? "Stated." : value);
        if (!key.equals("police-referral")) {
            form.put(form.containsKey("measuresTaken") ? "measuresTaken" : "measuresTaken_ko",
                    "Keys revoked the same day.");
        }
        assertThat(form.get(form.containsKey("affectedCount") ? "affectedCount" : "factsRevision")).isNotBlank();
        MockHttpServletResponse sent = submitSheet(draft, form);
        assertThat(sent.getStatus()).as(sent.getContentAsString()).isEqualTo(302);
    }

    private void approve(String id, String key, String name) throws Exception {
        Map<String, Object> approval = task(id, name, key);
        assertThat(api.complete(approval.get("id"), "{\"approved\": true}", as("legal")).getStatus()).isEqualTo(204);
    }

    private void revise(String id, long kr) throws Exception {
        assertThat(api.post("/api/incidents/" + id + "/revisions", """
                {"revisedAt": "2025-12-02T10:00:00+09:00", "note": "Log review",
                 "facts": {"affected": [{"jurisdiction": "KR", "count": %d}, {"jurisdiction": "US-CA", "count": 501}]}}"""
                .formatted(kr), as("officer")).getStatus()).isEqualTo(202);
    }

    private ReportDraft report(String id, ApprovalStatus status) {
        return await().atMost(PATIENCE).until(() -> reports.forIncident(id).stream()
                .filter(d -> PIPC.equals(d.obligationKey()) && d.status() == status)
                .max(Comparator.comparingLong(ReportDraft::id)).orElse(null), d -> d != null);
    }

    private LetterVersion letter(String id, ApprovalStatus status) {
        return await().atMost(PATIENCE).until(() -> letters.forIncident(id).stream()
                .filter(v -> v.status() == status).max(Comparator.comparingLong(LetterVersion::id)).orElse(null),
                v -> v != null);
    }

    private CohortImport cohort(int people) {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder csv = new StringBuilder("person_id,name,email,phone,jurisdiction,language\n");
        for (int i = 0; i < people; i++) {
            csv.append(tag).append('-').append(i).append(",Kim,").append(tag).append('-').append(i)
                    .append("@example.com,,KR,ko\n");
        }
        return notices.importCohort("revised-" + tag, new StringReader(csv.toString()));
    }

    private Map<String, Object> task(String incidentId, String name, String subject) {
        return api.awaitTask(incidentId, name, subject, as("dpo"));
    }

    private String openTask(String incidentId, String name, String subject) throws Exception {
        return api.openTasks(incidentId, name, as("officer")).stream().filter(t -> subject.equals(t.get("obligationKey")))
                .map(t -> String.valueOf(t.get("id"))).filter(taskId -> {
                    try {
                        return page(get("/tasks/" + taskId)).contains("id=\"redraft\"");
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> obligations(String id) throws Exception {
        return (List<Map<String, Object>>) api.getObject("/api/incidents/" + id, as("dpo")).get("obligations");
    }

    private String status(String id, String key) throws Exception {
        return obligations(id).stream().filter(o -> key.equals(o.get("key"))).map(o -> (String) o.get("status"))
                .findFirst().orElseThrow();
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(OFFICER)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse submitSheet(Object task, Map<String, String> form) throws Exception {
        MockHttpServletRequestBuilder request = post("/tasks/" + task).param("action", "submit");
        form.forEach(request::param);
        return mvc.perform(request.with(csrf()).with(OFFICER)).andReturn().getResponse();
    }

}
