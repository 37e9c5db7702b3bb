package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.incidents.IncidentId;
import io.camunda.client.CamundaClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The breach lifecycle driven through the REST API, the real Camunda client and the embedded engine:
 * reporting starts the process, each authority report is drafted, approved by someone else and
 * submitted, and revisions reach the running process.
 */
@BreachflowIntegrationTest
class BreachLifecycleIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    @Autowired
    BreachProcesses processes;

    @Autowired
    UserTaskSync taskSync;

    @Autowired
    CamundaClient client;

    @Autowired
    io.breachflow.filings.AuthorityReports reports;

    @Autowired
    com.icegreen.greenmail.util.GreenMail smtp;

    BreachApi api;

    @BeforeEach
    void setUp() {
        api = new BreachApi(MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build());
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportingAnIncidentOpensADraftTaskForEachAuthorityReportInTheOfficersInbox() throws Exception {
        Map<String, Object> reported = api.report();
        String id = (String) reported.get("id");
        long reports = BreachApi.authorityReports(reported);

        assertThat(reports).isPositive();
        List<Map<String, Object>> drafts = awaitTasks(id, "Draft report", reports);
        assertThat(drafts).allSatisfy(task -> {
            assertThat(task).containsEntry("formKey", "draft-report")
                    .containsEntry("candidateGroups", List.of("compliance-officer"));
            assertThat(task.get("id")).isNotNull();
        });
        Map<String, Object> incident = api.getObject("/api/incidents/" + id, as("auditor"));
        long notices = BreachApi.count(reported, "INDIVIDUAL_NOTICE");
        long publicNotices = BreachApi.count(reported, "PUBLIC_NOTICE") + BreachApi.count(reported, "CRA_NOTICE");
        assertThat(notices).as("Korean and Californian residents must be told").isEqualTo(2);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat((List<Map<String, Object>>) api.getObject(
                "/api/incidents/" + id, as("auditor")).get("openTasks")).extracting(task -> task.get("name"))
                .as("the reports, the notices, a police referral since the cause is an insider, and the officer's"
                        + " record of awareness")
                .hasSize((int) (reports + notices + publicNotices) + 2)
                .contains("Prepare evidence package", "Record awareness", "Draft notice"));
        assertThat((List<?>) incident.get("revisions")).hasSize(1);
    }

    @Test
    void aRedeliveredIncidentReportStartsNoSecondLifecycle() throws Exception {
        Map<String, Object> reported = api.report();
        IncidentId id = IncidentId.of((String) reported.get("id"));
        awaitTasks(id.toString(), "Draft report", BreachApi.authorityReports(reported));

        assertThat(processes.lifecycleOf(id)).isPresent();
        assertThat(processes.startLifecycle(id, List.of())).isEmpty();
        assertThat(api.openTasks(id.toString(), "Draft report", as("officer")))
                .hasSize((int) BreachApi.authorityReports(reported));
    }

    @Test
    void theTasksOfACancelledLifecycleLeaveTheInbox() throws Exception {
        Map<String, Object> reported = api.report();
        IncidentId id = IncidentId.of((String) reported.get("id"));
        awaitTasks(id.toString(), "Draft report", BreachApi.authorityReports(reported));

        client.newCancelInstanceCommand(processes.lifecycleOf(id).orElseThrow()).send().join();
        taskSync.sync();

        assertThat(api.openTasks(id.toString(), null, as("officer"))).isEmpty();
        assertThat(api.getObject("/api/incidents/" + id, as("dpo")).get("openTasks")).asList().isEmpty();
    }

    @Test
    void eachReportThePoliceReferralAndTheAssessmentAreDoneUntilOnlyTellingPeopleRemains() throws Exception {
        Map<String, Object> reported = api.report();
        String id = (String) reported.get("id");
        long reports = BreachApi.authorityReports(reported);

        for (Map<String, Object> draft : awaitTasks(id, "Draft report", reports)) {
            assertThat(api.complete(draft.get("id"), BreachApi.reportForm("What happened, when, how many"),
                    as("officer")).getStatus()).isEqualTo(204);
        }
        for (Map<String, Object> approval : awaitTasks(id, "Approve report", reports)) {
            assertThat(api.complete(approval.get("id"), "{\"approved\": true}", as("legal")).getStatus())
                    .isEqualTo(204);
        }
        for (Map<String, Object> submission : awaitTasks(id, "Submit report", reports)) {
            assertThat(api.claim(submission.get("id"), as("officer")).getStatus()).isEqualTo(200);
            assertThat(api.complete(submission.get("id"), "{\"channel\": \"PORTAL\", \"receiptNumber\": \"R-1\"}",
                    as("officer")).getStatus()).isEqualTo(204);
        }

        api.uploadEvidence(id);
        Map<String, Object> referral = awaitTasks(id, "Prepare evidence package", 1).get(0);
        assertThat(api.complete(referral.get("id"), "{\"evidenceSummary\": \"Access logs, HR records\"}",
                as("officer")).getStatus()).isEqualTo(204);
        Map<String, Object> referralApproval = awaitTasks(id, "Approve police referral", 1).get(0);
        assertThat(api.complete(referralApproval.get("id"), "{\"approved\": true}", as("legal")).getStatus())
                .isEqualTo(204);
        Map<String, Object> filing = awaitTasks(id, "File with the police", 1).get(0);
        assertThat(api.complete(filing.get("id"), "{\"caseNumber\": \"2025-SEOUL-0042\"}", as("officer"))
                .getStatus()).isEqualTo(204);

        Map<String, Object> awareness = awaitTasks(id, "Record awareness", 1).get(0);
        assertThat(api.complete(awareness.get("id"), """
                {"awareAt": "2025-11-18T22:00:00+09:00", "awarenessReasoning": "HR confirmed the access that night"}""",
                as("officer")).getStatus()).isEqualTo(204);
        Map<String, Object> risk = awaitTasks(id, "Assess risk", 1).get(0);
        assertThat(api.complete(risk.get("id"), "{\"highRisk\": true, \"riskReasoning\": \"Names and addresses\"}",
                as("officer")).getStatus()).isEqualTo(204);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.openTasks(id, null, as("dpo")))
                .extracting(task -> task.get("name")).as("only telling people remains")
                .containsOnly("Draft notice", "Publish notice").isNotEmpty());
        Map<String, Object> incident = api.getObject("/api/incidents/" + id, as("dpo"));
        assertThat(revisions(incident)).as("the assessment confirmed the reported facts").hasSize(1);
        assertThat(obligations(incident)).filteredOn(o -> String.valueOf(o.get("kind")).startsWith("AUTHORITY_"))
                .allSatisfy(o -> assertThat(o).containsEntry("status", "MET"));
    }

    @Test
    void theDrafterCannotApproveTheirOwnReportAndARejectionSendsItBackForRedrafting() throws Exception {
        Map<String, Object> reported = api.report();
        String id = (String) reported.get("id");
        RequestPostProcessor both = user("lee").roles("COMPLIANCE_OFFICER", "LEGAL");
        Map<String, Object> draft = awaitTasks(id, "Draft report", -1).get(0);
        assertThat(api.complete(draft.get("id"), BreachApi.reportForm("first draft"), both).getStatus()).isEqualTo(204);
        Map<String, Object> approval = awaitTasks(id, "Approve report", 1).get(0);

        MockHttpServletResponse ownApproval = api.complete(approval.get("id"), "{\"approved\": true}", both);
        assertThat(ownApproval.getStatus()).isEqualTo(403);
        assertThat(ownApproval.getContentType()).isEqualTo("application/problem+json");
        assertThat(ownApproval.getContentAsString()).contains("four-eyes");
        assertThat(api.claim(approval.get("id"), both).getStatus()).isEqualTo(403);

        assertThat(api.complete(approval.get("id"), "{\"approved\": false}", as("legal")).getStatus())
                .as("a rejection must say why").isEqualTo(400);
        assertThat(api.complete(approval.get("id"), "{\"approved\": false, \"comment\": \"cite the article\"}",
                as("legal")).getStatus()).isEqualTo(204);
        awaitTasks(id, "Approve report", 0);
        assertThat(api.complete(approval.get("id"), "{\"approved\": true}", as("legal")).getStatus())
                .as("a task completes once").isEqualTo(409);
        List<Map<String, Object>> drafts = awaitTasks(id, "Draft report", BreachApi.authorityReports(reported));
        assertThat(drafts).extracting(task -> task.get("id")).as("the rejected report is drafted anew")
                .doesNotContain(draft.get("id"));
        List<String> histories = new ArrayList<>();
        for (Map<String, Object> task : drafts) {
            histories.add(String.valueOf(api.getObject("/api/tasks/" + task.get("id"), as("officer")).get("history")));
        }
        assertThat(histories).as("the redrafter sees the first draft and legal's comment")
                .anySatisfy(history -> assertThat(history).contains("first draft").contains("cite the article"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraftLackingAnItemTheLawRequiresComesBackNamingItAndTheApprovedVersionIsFiledByEmail() throws Exception {
        String id = (String) api.report().get("id");
        Map<String, Object> draft = awaitTasks(id, "Draft report", -1).stream()
                .filter(task -> "kr-pipa-report".equals(task.get("obligationKey"))).findFirst().orElseThrow();

        assertThat(api.complete(draft.get("id"), "{\"whatHappened\": \"Insider access\"}", as("officer"))
                .getStatus()).isEqualTo(204);

        Map<String, Object> again = await().atMost(PATIENCE).until(() -> api.openTasks(id, "Draft report",
                as("dpo")).stream().filter(task -> "kr-pipa-report".equals(task.get("obligationKey")))
                .findFirst().orElse(null), task -> task != null && !task.get("id").equals(draft.get("id")));
        Object note = api.getObject("/api/tasks/" + again.get("id"), as("officer")).get("note");
        assertThat(String.valueOf(note)).as("PIPA Art. 34(1) items are named")
                .contains("dataCategories").contains("contactPoint").contains("PIPA");
        assertThat(api.complete(again.get("id"), BreachApi.reportForm("Insider access"), as("officer")).getStatus())
                .isEqualTo(204);
        Map<String, Object> approval = awaitTasks(id, "Approve report", -1).stream()
                .filter(task -> "kr-pipa-report".equals(task.get("obligationKey"))).findFirst().orElseThrow();
        assertThat(api.complete(approval.get("id"), "{\"approved\": true}", as("legal")).getStatus()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> reports.forIncident(id).stream().anyMatch(report ->
                "kr-pipa-report".equals(report.obligationKey()) && "legal".equals(report.decidedBy())));

        Map<String, Object> submit = awaitTasks(id, "Submit report", -1).stream()
                .filter(task -> "kr-pipa-report".equals(task.get("obligationKey"))).findFirst().orElseThrow();
        assertThat(api.complete(submit.get("id"), "{\"channel\": \"EMAIL\"}", as("officer")).getStatus())
                .isEqualTo(204);
        jakarta.mail.internet.MimeMessage filed = await().atMost(PATIENCE).until(() -> java.util.Arrays.stream(
                smtp.getReceivedMessages()).filter(m -> subject(m).contains(id)).findFirst().orElse(null),
                m -> m != null);
        assertThat(java.util.Arrays.toString(filed.getAllRecipients())).contains("pipc-reports@authority.example");
        assertThat(((jakarta.mail.Multipart) filed.getContent()).getCount()).as("the report and its PDF")
                .isGreaterThanOrEqualTo(2);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(obligations(api.getObject("/api/incidents/" + id,
                as("dpo")))).filteredOn(o -> "kr-pipa-report".equals(o.get("key")))
                .extracting(o -> o.get("status")).containsExactly("MET"));
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aTaskCompletedByARoleOutsideItsCandidateGroupsIsRefused() throws Exception {
        String id = (String) api.report().get("id");
        Map<String, Object> draft = awaitTasks(id, "Draft report", -1).get(0);

        MockHttpServletResponse byLegal = api.complete(draft.get("id"), BreachApi.reportForm("x"), as("legal"));
        assertThat(byLegal.getStatus()).isEqualTo(403);
        assertThat(byLegal.getContentType()).isEqualTo("application/problem+json");
        assertThat(api.complete(draft.get("id"), BreachApi.reportForm("x"), as("auditor")).getStatus()).isEqualTo(403);
        assertThat(api.complete(draft.get("id"), "{\"whatHappened\": 7, \"extra\": 1}", as("officer")).getStatus())
                .isEqualTo(400);
        assertThat(api.openTasks(id, "Draft report", as("officer"))).extracting(task -> task.get("id"))
                .contains(draft.get("id"));
    }

    @Test
    void aRevisionPostedThroughTheApiIsRecordedAndStartsAReportForEachNewAuthorityObligation() throws Exception {
        Map<String, Object> reported = api.report();
        String id = (String) reported.get("id");
        long before = BreachApi.authorityReports(reported);
        awaitTasks(id, "Draft report", before);
        String affected = """
                [{"jurisdiction": "KR", "count": 33700000}, {"jurisdiction": "US-CA", "count": 501},
                 {"jurisdiction": "JP", "count": 1001}]""";
        long after = BreachApi.authorityReports(api.evaluate(
                BreachApi.DESIGN_EXAMPLE.replaceFirst("\"affected\": \\[[^\\]]*\\]", "\"affected\": " + affected)));
        assertThat(after).as("Japan's PPC reports are new").isGreaterThan(before);

        MockHttpServletResponse accepted = api.post("/api/incidents/" + id + "/revisions", """
                {"revisedAt": "2025-11-29T10:00:00+09:00", "note": "Scope grew after log review",
                 "facts": {"affected": %s}}""".formatted(affected), as("officer"));

        assertThat(accepted.getStatus()).isEqualTo(202);
        await().atMost(PATIENCE).untilAsserted(() -> {
            List<Map<String, Object>> revisions = revisions(api.getObject("/api/incidents/" + id, as("dpo")));
            assertThat(revisions).hasSize(2);
            assertThat(revisions.get(1)).containsEntry("number", 2).containsEntry("note", "Scope grew after log review");
            assertThat(revisions.get(1).get("recordedAt")).isNotNull();
        });
        awaitTasks(id, "Draft report", after);
        Map<String, Object> incident = api.getObject("/api/incidents/" + id, as("dpo"));
        assertThat(incident).extractingByKey("facts").asString().contains("33700000");
        assertThat(obligations(incident)).extracting(o -> o.get("regime")).contains("JP-APPI");
    }

    @Test
    void twoRevisionsInARowWhileAReportAwaitsApprovalAreBothRecordedAndSendTheReportBackForOneRedraft()
            throws Exception {
        Map<String, Object> reported = api.report();
        String id = (String) reported.get("id");
        Map<String, Object> draft = awaitTasks(id, "Draft report", BreachApi.authorityReports(reported)).get(0);
        assertThat(api.complete(draft.get("id"), BreachApi.reportForm("s"), as("officer")).getStatus()).isEqualTo(204);
        Map<String, Object> approval = awaitTasks(id, "Approve report", 1).get(0);

        for (String count : List.of("9000", "33700000")) {
            assertThat(api.post("/api/incidents/" + id + "/revisions", """
                    {"revisedAt": "2025-11-29T10:00:00+09:00", "note": "count %s",
                     "facts": {"affected": [{"jurisdiction": "KR", "count": %s}, {"jurisdiction": "US-CA", "count": 501}]}}"""
                    .formatted(count, count), as("officer")).getStatus()).isEqualTo(202);
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(revisions(api.getObject("/api/incidents/" + id,
                as("dpo")))).hasSize(3).allSatisfy(revision -> assertThat(revision.get("recordedAt")).isNotNull()));
        // the counts the draft states changed (issue 15): its approval would approve outdated facts
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.complete(approval.get("id"),
                "{\"approved\": true}", as("legal")).getStatus()).isEqualTo(409));
        Map<String, Object> redraft = await().atMost(PATIENCE).until(() -> api.openTasks(id, "Draft report",
                as("officer")).stream().filter(t -> t.get("obligationKey").equals(draft.get("obligationKey")))
                .toList(), tasks -> tasks.size() == 1).get(0);
        assertThat(api.complete(redraft.get("id"), BreachApi.reportForm("s"), as("officer")).getStatus())
                .isEqualTo(204);
        Map<String, Object> again = awaitTasks(id, "Approve report", 1).get(0);
        assertThat(api.complete(again.get("id"), "{\"approved\": true}", as("legal")).getStatus()).isEqualTo(204);
        awaitTasks(id, "Submit report", 1);
    }

    @Test
    void aRevisionWithInvalidFactsIsRefusedNamingTheField() throws Exception {
        String id = (String) api.report().get("id");

        MockHttpServletResponse refused = api.post("/api/incidents/" + id + "/revisions", """
                {"revisedAt": "2025-11-29T10:00:00+09:00", "note": null,
                 "facts": {"affected": [{"jurisdiction": "KR", "count": -1}]}}""", as("officer"));

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentType()).isEqualTo("application/problem+json");
        assertThat(refused.getContentAsString()).contains("facts.affected[0].count");
        assertThat(revisions(api.getObject("/api/incidents/" + id, as("dpo")))).hasSize(1);
    }

    @Test
    void reportingNeedsValidFactsAndAnOfficerOrDpo() throws Exception {
        assertThat(api.post("/api/incidents", "{\"affected\": []}", as("officer")).getStatus()).isEqualTo(400);
        assertThat(api.post("/api/incidents", BreachApi.DESIGN_EXAMPLE, as("auditor")).getStatus()).isEqualTo(403);
        assertThat(api.getObject("/api/incidents/00000000-0000-0000-0000-000000000000", as("dpo")))
                .containsEntry("status", 404);
    }

    /** Waits until exactly {@code count} (or, with -1, at least one) such tasks are open, and returns them. */
    private List<Map<String, Object>> awaitTasks(String incidentId, String name, long count) {
        return await().atMost(PATIENCE).until(() -> api.openTasks(incidentId, name, as("dpo")),
                tasks -> count < 0 ? !tasks.isEmpty() : tasks.size() == count);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> obligations(Map<String, Object> incident) {
        return (List<Map<String, Object>>) incident.get("obligations");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> revisions(Map<String, Object> incident) {
        return (List<Map<String, Object>>) incident.get("revisions");
    }

}
