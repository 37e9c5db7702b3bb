package io.breachflow.filings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
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
 * The police-referral evidence locker (issue 6: "evidence package (files with SHA-256 hashes and a
 * chain-of-custody list)"): what is uploaded hashes as uploaded, every read is in the item's custody and
 * in the personal-data access log, packages carry the hash of their manifest, and only officers and the
 * DPO may add evidence.
 */
@BreachflowIntegrationTest
class EvidenceLockerIntegrationTests {

    private static final byte[] LOG = "2025-11-18T20:31:07Z GET /export/customers 200 4500 rows\n"
            .getBytes(StandardCharsets.UTF_8);

    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    final ObjectMapper mapper = new ObjectMapper();
    String incident;

    @BeforeEach
    void setUp() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpServletResponse reported = mvc.perform(post("/api/incidents").with(httpBasic("officer", "demo"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"title": "Export by former employee", "awareAt": "2025-11-18T22:00:00+09:00",
                         "affected": [{"jurisdiction": "KR", "count": 4500}], "cause": "INSIDER"}"""))
                .andReturn().getResponse();
        assertThat(reported.getStatus()).isEqualTo(201);
        incident = (String) json(reported).get("id");
    }

    @Test
    void anUploadIsStoredWithTheSha256OfWhatWasSent() throws Exception {
        MockHttpServletResponse uploaded = upload("officer", LOG, "Web server access log");

        assertThat(uploaded.getStatus()).isEqualTo(201);
        Map<String, Object> item = json(uploaded);
        assertThat(item).containsEntry("sha256", sha256(LOG)).containsEntry("sizeBytes", LOG.length)
                .containsEntry("mediaType", "text/plain").containsEntry("fileName", "access.log")
                .containsEntry("uploadedBy", "officer");
        assertThat(custody(item)).extracting(c -> c.get("action")).containsExactly("UPLOADED");
    }

    @Test
    void aDownloadReturnsTheSameBytesAndIsRecordedInCustodyAndTheAccessLog() throws Exception {
        String itemId = (String) json(upload("dpo", LOG, "Access log")).get("id");

        MockHttpServletResponse download = mvc.perform(get("/api/incidents/{id}/evidence/{item}/content", incident,
                itemId).with(httpBasic("auditor", "demo"))).andReturn().getResponse();

        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(LOG);
        assertThat(download.getHeader("X-Content-SHA256")).isEqualTo(sha256(LOG));
        List<Map<String, Object>> items = list(incident, "legal");
        assertThat(custody(items.get(0))).extracting(c -> c.get("action") + " " + c.get("actor"))
                .containsExactly("UPLOADED dpo", "DOWNLOADED auditor");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(accessLog())
                .anySatisfy(e -> assertThat(e).containsEntry("actor", "auditor").containsEntry("incidentId", incident)
                        .containsEntry("detail", "evidence downloaded item=" + itemId
                                + "; kind=EVIDENCE; purpose=evidence locker; people=1")));
    }

    @Test
    void aPackageListsEveryItemWithItsHashAndRecordsTheManifestHash() throws Exception {
        assertThat(mvc.perform(post("/api/incidents/{id}/evidence/packages", incident)
                .with(httpBasic("officer", "demo"))).andReturn().getResponse().getStatus())
                .as("nothing to package yet").isEqualTo(409);
        upload("officer", LOG, "Access log");
        upload("officer", "second".getBytes(StandardCharsets.UTF_8), "Screenshot");

        MockHttpServletResponse packaged = mvc.perform(post("/api/incidents/{id}/evidence/packages", incident)
                .with(httpBasic("officer", "demo"))).andReturn().getResponse();

        assertThat(packaged.getStatus()).isEqualTo(201);
        Map<String, Object> evidencePackage = json(packaged);
        String manifest = (String) evidencePackage.get("manifest");
        assertThat(evidencePackage).containsEntry("items", 2)
                .containsEntry("sha256", sha256(manifest.getBytes(StandardCharsets.UTF_8)));
        assertThat(manifest).contains(sha256(LOG)).contains("\"PACKAGED\"");
        String served = mvc.perform(get(packaged.getHeader("Location")).with(httpBasic("auditor", "demo")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(served).isEqualTo(manifest);

        assertThat(mvc.perform(post("/api/incidents/{id}/evidence/packages/{p}/handover", incident,
                evidencePackage.get("id")).with(httpBasic("officer", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"caseNumber\": \"SMPA-2025-1182\"}")).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(list(incident, "dpo")).allSatisfy(item -> assertThat(custody(item))
                .extracting(c -> c.get("action") + " " + c.get("reference"))
                .contains("HANDED_TO_POLICE SMPA-2025-1182"));
    }

    @Test
    void filingWithThePoliceHandsTheNewestPackageOverUnderTheCaseNumber() throws Exception {
        upload("officer", LOG, "Access log");
        assertThat(mvc.perform(post("/api/incidents/{id}/evidence/packages", incident)
                .with(httpBasic("dpo", "demo"))).andReturn().getResponse().getStatus()).isEqualTo(201);

        complete("Prepare evidence package", "{\"evidenceSummary\": \"Access log of the export\"}", "officer");
        complete("Approve police referral", "{\"approved\": true}", "legal");
        complete("File with the police", "{\"caseNumber\": \"SMPA-2025-2041\"}", "officer");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(custody(list(incident, "dpo").get(0)))
                .extracting(c -> c.get("action") + " " + c.get("actor") + " " + c.get("reference"))
                .contains("HANDED_TO_POLICE officer SMPA-2025-2041"));
    }

    @Test
    void anAuditorCannotUploadEvidence() throws Exception {
        MockHttpServletResponse refused = upload("auditor", LOG, "Access log");

        assertThat(refused.getStatus()).isEqualTo(403);
        assertThat(refused.getContentType()).startsWith("application/problem+json");
        assertThat(list(incident, "auditor")).isEmpty();
    }

    @Test
    void badUploadsAreProblemsNamingTheField() throws Exception {
        MockHttpServletResponse noDescription = mvc.perform(multipart("/api/incidents/{id}/evidence", incident)
                .file(new MockMultipartFile("file", "a.txt", "text/plain", LOG))
                .with(httpBasic("officer", "demo"))).andReturn().getResponse();
        MockHttpServletResponse empty = upload("officer", new byte[0], "Nothing");
        MockHttpServletResponse tooLarge = upload("officer", new byte[25 * 1024 * 1024 + 1], "Disk image");
        MockHttpServletResponse unknown = mvc.perform(multipart("/api/incidents/{id}/evidence",
                "00000000-0000-0000-0000-000000000000").file(new MockMultipartFile("file", "a.txt", "text/plain", LOG))
                .param("description", "x").with(httpBasic("officer", "demo"))).andReturn().getResponse();

        assertThat(noDescription.getStatus()).isEqualTo(400);
        assertThat(noDescription.getContentType()).startsWith("application/problem+json");
        assertThat(noDescription.getContentAsString()).contains("\"field\":\"description\"");
        assertThat(empty.getStatus()).isEqualTo(400);
        assertThat(empty.getContentAsString()).contains("\"field\":\"file\"");
        assertThat(tooLarge.getStatus()).isEqualTo(413);
        assertThat(tooLarge.getContentType()).startsWith("application/problem+json");
        assertThat(unknown.getStatus()).isEqualTo(404);
        assertThat(list(incident, "officer")).as("nothing half-written").isEmpty();
    }

    private MockHttpServletResponse upload(String who, byte[] content, String description) throws Exception {
        return mvc.perform(multipart("/api/incidents/{id}/evidence", incident)
                .file(new MockMultipartFile("file", "access.log", "text/plain", content))
                .param("description", description).with(httpBasic(who, "demo"))).andReturn().getResponse();
    }

    private void complete(String taskName, String form, String who) throws Exception {
        Map<String, Object> task = await().atMost(Duration.ofSeconds(30)).until(() -> openTask(taskName, who),
                java.util.Objects::nonNull);
        assertThat(mvc.perform(post("/api/tasks/{id}/complete", task.get("id")).with(httpBasic(who, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(form)).andReturn().getResponse().getStatus())
                .as(taskName).isEqualTo(204);
    }

    private Map<String, Object> openTask(String name, String who) throws Exception {
        String body = mvc.perform(get("/api/tasks").with(httpBasic(who, "demo"))).andReturn().getResponse()
                .getContentAsString();
        List<Map<String, Object>> tasks = mapper.readValue(body, new TypeReference<>() { });
        return tasks.stream().filter(t -> incident.equals(t.get("incidentId")) && name.equals(t.get("name")))
                .findFirst().orElse(null);
    }

    private List<Map<String, Object>> list(String incidentId, String who) throws Exception {
        String body = mvc.perform(get("/api/incidents/{id}/evidence", incidentId).with(httpBasic(who, "demo")))
                .andReturn().getResponse().getContentAsString();
        return mapper.readValue(body, new TypeReference<>() { });
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> accessLog() throws Exception {
        return (List<Map<String, Object>>) json(mvc.perform(get("/api/audit")
                .param("incidentId", incident).param("action", "PERSONAL_DATA_ACCESSED")
                .with(httpBasic("auditor", "demo"))).andReturn().getResponse()).get("entries");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> custody(Map<String, Object> item) {
        return (List<Map<String, Object>>) item.get("custody");
    }

    private Map<String, Object> json(MockHttpServletResponse response) throws Exception {
        return mapper.readValue(response.getContentAsString(), new TypeReference<>() { });
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
