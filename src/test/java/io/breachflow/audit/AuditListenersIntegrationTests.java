package io.breachflow.audit;

import static io.breachflow.audit.AuditApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.breachflow.BreachflowIntegrationTest;
import java.time.Duration;
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
 * The audit module writes the trail and the register from the real event flow: a signal opens a
 * suspected incident, triage decides it is a false alarm, and the register keeps that decision with its
 * reasoning (GDPR Art. 33(5) documentation of every breach, regulations.md 2.9); a reported incident is
 * audited and registered with its facts. Reading the trail is for auditors, the DPO and admins.
 */
@BreachflowIntegrationTest
class AuditListenersIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    WebApplicationContext context;

    @Autowired
    BreachRegister register;

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    MockMvc mvc;
    AuditApi api;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        api = new AuditApi(mvc);
    }

    @Test
    void aFalseAlarmIsAuditedAndKeptInTheRegisterWithItsReasoning() throws Exception {
        String type = "PHISHING_" + UUID.randomUUID();
        MockHttpServletResponse signal = api.post("/api/signals", """
                {"source": "siem", "reference": "%s", "type": "%s", "severity": "LOW",
                 "observedAt": "2025-11-20T09:00:00+09:00", "summary": "Reported mail"}""".formatted(type, type),
                as("officer"));
        String id = (String) api.json(signal).get("suspectedIncidentId");
        Map<String, Object> triage = await().atMost(PATIENCE).until(() -> api.openTasks(id), t -> t.size() == 1)
                .get(0);

        assertThat(api.post("/api/tasks/" + triage.get("id") + "/complete", """
                {"outcome": "FALSE_ALARM", "reasoning": "Marketing mail from our own CRM, no credentials entered"}""",
                as("officer")).getStatus()).isEqualTo(204);

        RegisterEntry entry = await().atMost(PATIENCE).until(() -> register.entry(id).orElse(null),
                e -> e != null && "FALSE_ALARM".equals(e.outcome()));
        assertThat(entry.reasoning()).isEqualTo("Marketing mail from our own CRM, no credentials entered");
        assertThat(entry.decidedBy()).isEqualTo("officer");
        assertThat(api.entries(id)).extracting(e -> e.get("action"))
                .contains("SUSPECTED_INCIDENT_OPENED", "TASK_COMPLETED");
        assertThat(api.entries(id)).filteredOn(e -> "TASK_COMPLETED".equals(e.get("action"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("actor", "officer"))
                .satisfies(e -> assertThat((String) e.get("detail")).contains("form=triage")
                        .contains("outcome=FALSE_ALARM").doesNotContain("CRM"));

        String page = mvc.perform(get("/register").with(user("dpo").roles("DPO"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("False alarm").contains("Marketing mail from our own CRM, no credentials entered");
    }

    @Test
    void aReportedIncidentIsAuditedAndRegisteredWithItsFactsAndEffects() throws Exception {
        String id = reportSmallIncident();

        await().atMost(PATIENCE).until(() -> api.entries(id).stream()
                .anyMatch(e -> "INCIDENT_REPORTED".equals(e.get("action"))));
        RegisterEntry entry = await().atMost(PATIENCE).until(() -> register.entry(id).orElse(null),
                e -> e != null && e.cause() != null);
        assertThat(entry.outcome()).isEqualTo("BREACH");
        assertThat(entry.affectedTotal()).isEqualTo(1200L);
        assertThat(entry.affectedDetail()).isEqualTo("KR 1200");
        assertThat(entry.dataCategories()).isEqualTo("NAME, PHONE");
        assertThat(entry.highRisk()).isTrue();
        assertThat(entry.obligations()).isNotBlank();

        // the register says it in words, in the reader's language: no codes, no booleans, no raw ISO times
        String page = mvc.perform(get("/register").param("lang", "ko").with(user("dpo").roles("DPO")))
                .andReturn().getResponse().getContentAsString();
        String entryHtml = page.substring(page.indexOf("id=\"entry-" + id + "\""));
        entryHtml = entryHtml.substring(0, entryHtml.indexOf("</article>"));
        assertThat(entryHtml).contains("2025-11-18 22:00 +09:00", "고위험: 예", "암호화: 아니요")
                .containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC")
                .doesNotContain("LOSS_OR_THEFT", "PHONE", ": true", ": false", "T22:00:00+09:00");
    }

    @Test
    void closureAndDeadlineEventsFromTheLifecycleAreRecorded() throws Exception {
        String id = reportSmallIncident();
        await().atMost(PATIENCE).until(() -> register.entry(id).isPresent());
        java.time.Instant closedAt = java.time.Instant.parse("2025-12-01T09:00:00Z");

        events.publishEvent(new io.breachflow.workflow.DeadlineReminderDue(id, "EU-GDPR:AUTHORITY_REPORT", "x", true));
        events.publishEvent(new io.breachflow.workflow.ObligationOverdue(id, "EU-GDPR:AUTHORITY_REPORT", "x"));
        events.publishEvent(new io.breachflow.workflow.IncidentClosed(id, closedAt));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.entries(id)).extracting(e -> e.get("action"))
                .contains("DEADLINE_REMINDER_DUE", "OBLIGATION_OVERDUE", "INCIDENT_CLOSED"));
        assertThat(register.entry(id).orElseThrow().closedAt()).isEqualTo(closedAt);
    }

    @Test
    void aPoliceReferralAskedForByAnOfficerIsAuditedUnderTheirName() throws Exception {
        String id = reportSmallIncident();

        assertThat(api.post("/api/incidents/" + id + "/police-referral", """
                {"reason": "The thief is known to the employee"}""", as("officer")).getStatus()).isEqualTo(202);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.entries(id))
                .filteredOn(e -> "POLICE_REFERRAL_REQUESTED".equals(e.get("action"))).singleElement()
                .satisfies(e -> assertThat(e).containsEntry("actor", "officer").containsEntry("detail", null)));
    }

    @Test
    void reportsRevisionsHoldsAndRegulatorQuestionsAreAuditedUnderTheNameOfWhoeverRecordedThem() throws Exception {
        String id = reportSmallIncident();
        assertThat(api.post("/api/incidents/" + id + "/revisions", """
                {"revisedAt": "2025-11-19T10:00:00+09:00", "note": "Recount",
                 "facts": {"affected": [{"jurisdiction": "KR", "count": 1300}]}}""", as("officer")).getStatus())
                .isEqualTo(202);
        assertThat(api.post("/api/incidents/" + id + "/law-enforcement-holds", """
                {"requestedAt": "2025-11-19T12:00:00+09:00", "holdUntil": "2025-11-26T12:00:00+09:00",
                 "agency": "Seoul Metropolitan Police", "reference": "SMPA-2025-118"}""", as("officer")).getStatus())
                .isEqualTo(201);
        assertThat(api.post("/api/incidents/" + id + "/regulator-questions", """
                {"authority": "PIPC", "receivedAt": "2025-11-20T09:00:00+09:00",
                 "question": "How many records held resident registration numbers?"}""", as("officer")).getStatus())
                .isEqualTo(201);

        List<String> actions = List.of("INCIDENT_REPORTED", "SCOPE_REVISED", "NOTICES_HELD",
                "REGULATOR_QUESTION_RECEIVED");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.entries(id))
                .filteredOn(e -> actions.contains(e.get("action")))
                .extracting(e -> e.get("action") + " by " + e.get("actor"))
                .containsExactlyInAnyOrder("INCIDENT_REPORTED by officer", "SCOPE_REVISED by officer",
                        "NOTICES_HELD by officer", "REGULATOR_QUESTION_RECEIVED by officer"));
    }

    @Test
    void approvedReportsAndNoticesAreAuditedWithTheHashOfTheExactTextAndTheApprover() throws Exception {
        String id = reportSmallIncident();

        transactions.executeWithoutResult(status -> {
            events.publishEvent(new io.breachflow.filings.ReportApproved(7, id, "KR-PIPA:AUTHORITY_REPORT:PIPC",
                    "KR-PIPA", io.breachflow.regimes.ObligationKind.AUTHORITY_REPORT, 1, "ab12", "legal"));
            events.publishEvent(new io.breachflow.notices.NoticeVersionRejected(9, id, "legal", "Name in para 2"));
        });

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(api.entries(id))
                .extracting(e -> e.get("actor") + " " + e.get("action") + " " + e.get("detail"))
                .contains("legal REPORT_APPROVED draft=7 obligation=KR-PIPA:AUTHORITY_REPORT:PIPC number=1 "
                        + "contentHash=ab12", "legal NOTICE_REJECTED version=9"));
    }

    @Test
    void theDpoRecordsTheRemedialActionAndOfficersMayNot() throws Exception {
        String id = reportSmallIncident();
        await().atMost(PATIENCE).until(() -> register.entry(id).isPresent());

        MockHttpServletResponse officer = mvc.perform(post("/register/{id}/remedial-action", id)
                .param("remedialAction", "x").with(csrf()).with(user("olivia").roles("COMPLIANCE_OFFICER")))
                .andReturn().getResponse();
        MockHttpServletResponse dpo = mvc.perform(post("/register/{id}/remedial-action", id)
                .param("remedialAction", "Laptop wiped remotely; disk encryption enforced on all laptops")
                .with(csrf()).with(user("dana").roles("DPO"))).andReturn().getResponse();

        assertThat(officer.getStatus()).isEqualTo(403);
        assertThat(dpo.getStatus()).isEqualTo(302);
        assertThat(register.entry(id).orElseThrow().remedialAction())
                .isEqualTo("Laptop wiped remotely; disk encryption enforced on all laptops");
    }

    @Test
    void exportingTheRegisterIsLoggedInTheAccessLog() throws Exception {
        MockHttpServletResponse csv = mvc.perform(get("/register/export.csv").with(user("carol").roles("AUDITOR")))
                .andReturn().getResponse();

        assertThat(csv.getStatus()).isEqualTo(200);
        assertThat(csv.getContentType()).startsWith("text/csv");
        assertThat(csv.getContentAsString()).startsWith("incidentId,openedAt,outcome,reasoning");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> access = (List<Map<String, Object>>) api.json(
                api.get("/api/audit?action=PERSONAL_DATA_ACCESSED&size=500", as("auditor"))).get("entries");
        assertThat(access).anySatisfy(e -> assertThat(e).containsEntry("actor", "carol")
                .satisfies(entry -> assertThat((String) entry.get("detail")).startsWith(
                        "breach register CSV export; kind=REGISTER_EXPORT; purpose=breach register export; people=")));
        assertThat(mvc.perform(get("/register/export.csv").with(user("olivia").roles("COMPLIANCE_OFFICER")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theTrailIsReadableByAuditorsOnlyAndBadQueriesAreProblems() throws Exception {
        assertThat(api.get("/api/audit", as("auditor")).getStatus()).isEqualTo(200);
        MockHttpServletResponse officer = api.get("/api/audit", as("officer"));
        assertThat(officer.getStatus()).isEqualTo(403);
        assertThat(officer.getContentType()).startsWith("application/problem+json");

        MockHttpServletResponse bad = api.get("/api/audit?incidentId=not-a-uuid&size=0", as("dpo"));

        assertThat(bad.getStatus()).isEqualTo(400);
        assertThat(bad.getContentType()).startsWith("application/problem+json");
        assertThat(bad.getContentAsString()).contains("\"field\":\"incidentId\"").contains("\"field\":\"size\"");
    }

    private String reportSmallIncident() throws Exception {
        MockHttpServletResponse reported = api.post("/api/incidents", """
                {"title": "Laptop stolen from car", "awareAt": "2025-11-18T22:00:00+09:00",
                 "affected": [{"jurisdiction": "KR", "count": 1200}], "dataCategories": ["NAME", "PHONE"],
                 "cause": "LOSS_OR_THEFT", "encrypted": false, "highRisk": true}""", as("officer"));
        assertThat(reported.getStatus()).isEqualTo(201);
        return (String) api.json(reported).get("id");
    }

    @Test
    void verifyingTheChainIsForAuditorsAndAdmins() throws Exception {
        MockHttpServletResponse verified = api.post("/api/audit/verify", "", as("auditor"));

        assertThat(verified.getStatus()).isEqualTo(200);
        assertThat(api.json(verified)).containsEntry("intact", true);
        MockHttpServletResponse text = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post("/api/audit/verify").with(as("admin")).accept("text/plain")).andReturn().getResponse();
        assertThat(text.getContentAsString()).startsWith("OK ").contains("entries verified");
        assertThat(api.post("/api/audit/verify", "", as("dpo")).getStatus()).isEqualTo(403);
    }
}
