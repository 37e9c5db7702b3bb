package io.breachflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.filings.AuthorityReports;
import io.breachflow.filings.ReportDraft;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The documents section over the real process: an incident reported through the API, its PIPC report
 * drafted through the task, a log put in the evidence locker, then the section and the report's PDF as
 * an auditor opens them.
 */
@BreachflowIntegrationTest
class CaseDocumentsIntegrationTests {

    /** A report with every item any regime asks for (as the workflow tests draft it). */
    static final String REPORT_FORM = """
            {"organisation": "Example Commerce Co.", "whatHappened": "x",
             "when": "2025-11-18 20:30 KST", "dataCategories": "Names, emails, delivery addresses, order history",
             "subjectCategories": "Customers", "affectedCount": "4,500", "recordCount": "4,500",
             "scope": "Customer accounts", "consequences": "Phishing risk", "measuresTaken": "Keys revoked",
             "whatYouCanDo": "Be wary of messages asking for payment",
             "materialImpact": "Under assessment", "contactPoint": "privacy@example.com, 1588-0000",
             "cause": "A former employee's access key", "responseToIndividuals": "Notices under way",
             "publicAnnouncement": "Website notice", "preventiveMeasures": "Key rotation on leaving",
             "other": "None", "pending": "Final count", "residentsAffected": "501",
             "residentsNotified": "501 by e-mail", "noticeDistribution": "By e-mail on 20 November 2025",
             "measuresPlanned": "Access reviews every quarter", "lawEnforcement": "The police are investigating",
             "sampleNotice": "Notice of Data Breach. What Happened: a former employee accessed customer data."}""";

    static final byte[] LOG = "10.0.0.7 GET /export/customers 200".getBytes(StandardCharsets.UTF_8);

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuthorityReports reports;

    private final ObjectMapper mapper = new ObjectMapper();
    private MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void theDraftedReportAndTheUploadedEvidenceAreListedWithTheirHashesAndTheReportPdfIsServed() throws Exception {
        String id = report();
        draftThePipcReport(id);
        upload(id);
        ReportDraft draft = await().atMost(Duration.ofSeconds(30)).until(() -> reports.forIncident(id).stream()
                .filter(r -> "kr-pipa-report".equals(r.obligationKey())).findFirst().orElse(null), r -> r != null);

        assertThat(page("/incidents/" + id)).contains("data-src=\"/incidents/" + id + "/documents\"");
        String section = page("/incidents/" + id + "/documents");
        assertThat(section).contains("KR-PIPA", "Pending approval", "title=\"" + draft.contentHash() + "\"",
                "/incidents/" + id + "/documents/reports/" + draft.id() + ".pdf")
                .contains("access.log", "title=\"" + HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(LOG)) + "\"")
                .doesNotContain("privacy@example.com");

        MockHttpServletResponse pdf = mvc.perform(get("/incidents/" + id + "/documents/reports/" + draft.id() + ".pdf")
                .with(user("auditor").roles("AUDITOR"))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        assertThat(pdf.getContentType()).isEqualTo(MediaType.APPLICATION_PDF_VALUE);
        assertThat(pdf.getHeader("Content-Disposition")).startsWith("inline; filename=");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    private String report() throws Exception {
        MockHttpServletResponse reported = mvc.perform(post("/api/incidents").with(httpBasic("officer", "demo"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(CaseWorkspaceIntegrationTests.FACTS))
                .andReturn().getResponse();
        assertThat(reported.getStatus()).isEqualTo(201);
        return (String) mapper.readValue(reported.getContentAsString(), Map.class).get("id");
    }

    private void draftThePipcReport(String id) throws Exception {
        Map<String, Object> task = await().atMost(Duration.ofSeconds(30)).until(() -> tasks(id).stream()
                .filter(t -> "Draft report".equals(t.get("name")))
                .filter(t -> "kr-pipa-report".equals(t.get("obligationKey"))).findFirst().orElse(null), t -> t != null);
        MockHttpServletResponse completed = mvc.perform(post("/api/tasks/" + task.get("id") + "/complete")
                .with(httpBasic("officer", "demo")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(REPORT_FORM)).andReturn().getResponse();
        assertThat(completed.getStatus()).as(completed.getContentAsString()).isEqualTo(204);
    }

    private void upload(String id) throws Exception {
        MockHttpServletResponse uploaded = mvc.perform(multipart("/api/incidents/{id}/evidence", id)
                .file(new MockMultipartFile("file", "access.log", "text/plain", LOG))
                .param("description", "Web server access log").with(httpBasic("officer", "demo")))
                .andReturn().getResponse();
        assertThat(uploaded.getStatus()).isEqualTo(201);
    }

    private List<Map<String, Object>> tasks(String id) throws Exception {
        String body = mvc.perform(get("/api/tasks").with(httpBasic("officer", "demo"))).andReturn().getResponse()
                .getContentAsString();
        List<Map<String, Object>> tasks = mapper.readValue(body, new TypeReference<>() { });
        return tasks.stream().filter(t -> id.equals(t.get("incidentId"))).toList();
    }

    private String page(String path) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(user("auditor").roles("AUDITOR")))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
