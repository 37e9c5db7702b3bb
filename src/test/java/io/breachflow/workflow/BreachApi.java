package io.breachflow.workflow;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The REST API as the process tests use it: demo accounts over HTTP Basic, JSON in and out. */
final class BreachApi {

    /** The design.md §7 example facts. */
    static final String DESIGN_EXAMPLE = """
            {"title": "Customer data accessed by former employee",
             "awareAt": "2025-11-18T22:00:00+09:00", "detectedAt": "2025-11-18T20:30:00+09:00",
             "affected": [{"jurisdiction": "KR", "count": 4500}, {"jurisdiction": "US-CA", "count": 501}],
             "dataCategories": ["NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY"],
             "cause": "INSIDER", "unauthorizedAccess": true, "encrypted": false, "highRisk": true,
             "organization": {"homeCountry": "KR", "secRegistrant": true, "onlineServiceProvider": true,
                              "euMainEstablishment": null, "euRepresentative": null, "nis2Entity": null,
                              "criticalInfrastructure": false},
             "milestones": {"materialityDeterminedAt": null, "assessmentCompletedAt": null,
                            "breachDeterminedAt": null, "personalDataConfirmedAt": null}}
            """;

    /** A report drafted with every item any regime asks for; {@code %s} is what happened. */
    static String reportForm(String whatHappened) {
        return """
                {"organisation": "Example Commerce Co.", "whatHappened": "%s",
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
                 "sampleNotice": "Notice of Data Breach. What Happened: a former employee accessed customer data."}"""
                .formatted(whatHappened);
    }

    /** A notice letter drafted with every item any regime asks for. */
    static final String NOTICE_FORM = """
            {"organisation": "Example Commerce Co.", "whatHappened": "A former employee accessed customer data",
             "when": "2025-11-18", "dataCategories": "Names, emails, delivery addresses, order history",
             "consequences": "You may receive phishing messages", "measuresTaken": "Access revoked, police informed",
             "whatYouCanDo": "Be wary of messages asking for payment", "contactPoint": "privacy@example.com, 1588-0000",
             "legalRights": "You may request access and claim damages", "cause": "Insider access",
             "lawEnforcementDelay": "Notice was not delayed by law enforcement",
             "other": "None"}""";

    private final MockMvc mvc;
    private final ObjectMapper mapper = new ObjectMapper();

    BreachApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    static RequestPostProcessor as(String username) {
        return httpBasic(username, "demo");
    }

    MockHttpServletResponse post(String path, String json, RequestPostProcessor who) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(path).with(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
        return mvc.perform(request).andReturn().getResponse();
    }

    Map<String, Object> getObject(String path, RequestPostProcessor who) throws Exception {
        return mapper.readValue(mvc.perform(get(path).with(who)).andReturn().getResponse().getContentAsString(),
                new TypeReference<>() { });
    }

    /** Open tasks of one incident whose name is {@code name}, as {@code who} lists them. */
    List<Map<String, Object>> openTasks(String incidentId, String name, RequestPostProcessor who) throws Exception {
        String body = mvc.perform(get("/api/tasks").with(who)).andReturn().getResponse().getContentAsString();
        List<Map<String, Object>> tasks = mapper.readValue(body, new TypeReference<>() { });
        return tasks.stream().filter(task -> incidentId.equals(task.get("incidentId")))
                .filter(task -> name == null || name.equals(task.get("name"))).toList();
    }

    /**
     * The first open task named {@code name} about the obligation {@code subject}, as {@code who} lists them,
     * waiting up to 30 s for its process to reach it.
     */
    Map<String, Object> awaitTask(String incidentId, String name, String subject, RequestPostProcessor who) {
        return org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30))
                .until(() -> openTasks(incidentId, name, who).stream()
                        .filter(task -> subject.equals(task.get("obligationKey"))).toList(), list -> !list.isEmpty())
                .get(0);
    }

    /** Reports the design example and returns {@code {id, obligations}}. */
    Map<String, Object> report() throws Exception {
        MockHttpServletResponse answer = post("/api/incidents", DESIGN_EXAMPLE, as("officer"));
        if (answer.getStatus() != 201) {
            throw new AssertionError("Expected 201, but got " + answer.getStatus() + ": "
                    + answer.getContentAsString());
        }
        return mapper.readValue(answer.getContentAsString(), new TypeReference<>() { });
    }

    /** {@code POST /api/obligations/evaluate}: what the facts give rise to, without storing anything. */
    Map<String, Object> evaluate(String facts) throws Exception {
        return mapper.readValue(post("/api/obligations/evaluate", facts, as("officer")).getContentAsString(),
                new TypeReference<>() { });
    }

    /** Uploads an access log to the incident's evidence locker as the officer. */
    void uploadEvidence(String incidentId) throws Exception {
        MockHttpServletResponse uploaded = mvc.perform(org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.multipart("/api/incidents/{id}/evidence", incidentId)
                .file(new org.springframework.mock.web.MockMultipartFile("file", "access.log", "text/plain",
                        "10.0.0.7 GET /export/customers 200".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .param("description", "Web server access log").with(as("officer"))).andReturn().getResponse();
        if (uploaded.getStatus() != 201) {
            throw new AssertionError("Expected the evidence upload to answer 201, but got " + uploaded.getStatus());
        }
    }

    MockHttpServletResponse complete(Object taskId, String form, RequestPostProcessor who) throws Exception {
        return post("/api/tasks/" + taskId + "/complete", form, who);
    }

    MockHttpServletResponse claim(Object taskId, RequestPostProcessor who) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/tasks/" + taskId + "/claim").with(who).with(csrf())).andReturn().getResponse();
    }

    @SuppressWarnings("unchecked")
    static long count(Map<String, Object> reported, String kind) {
        return ((List<Map<String, Object>>) reported.get("obligations")).stream()
                .filter(o -> kind.equals(o.get("kind"))).count();
    }

    @SuppressWarnings("unchecked")
    static long authorityReports(Map<String, Object> reported) {
        return ((List<Map<String, Object>>) reported.get("obligations")).stream()
                .filter(o -> "AUTHORITY_REPORT".equals(o.get("kind")) || "AUTHORITY_UPDATE".equals(o.get("kind"))).count();
    }
}
