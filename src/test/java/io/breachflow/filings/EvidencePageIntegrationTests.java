package io.breachflow.filings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The evidence locker's page: an officer uploads several files at once and sees each with its size, SHA-256,
 * uploader and chain of custody, builds the police package and records to whom it was handed and under which
 * case reference; a file over the limit or a name with a path comes back on the page naming the file, and
 * nothing of that upload is stored.
 */
@BreachflowIntegrationTest
class EvidencePageIntegrationTests {

    private static final RequestPostProcessor OFFICER = user("officer").roles("COMPLIANCE_OFFICER");

    @Autowired
    WebApplicationContext context;

    @Autowired
    EvidenceLocker locker;

    @Autowired
    ObjectMapper json;

    MockMvc mvc;
    String incident;

    @BeforeEach
    void reportAnIncident() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        MockHttpServletResponse reported = mvc.perform(post("/api/incidents").with(OFFICER).with(csrf())
                .contentType("application/json").content("""
                        {"title": "Insider export", "awareAt": "2026-12-06T10:00:00+09:00",
                         "affected": [{"jurisdiction": "KR", "count": 1200}], "dataCategories": ["NAME"],
                         "cause": "INSIDER", "unauthorizedAccess": true, "encrypted": false, "highRisk": true,
                         "organization": {"homeCountry": "KR"}}""")).andReturn().getResponse();
        assertThat(reported.getStatus()).as(reported.getContentAsString()).isEqualTo(201);
        incident = json.readTree(reported.getContentAsString()).path("id").asText();
    }

    @Test
    void twoFilesUploadedAtOnceArePackagedAndHandedOverWithAConfirmationAfterEachStep() throws Exception {
        MvcResult uploaded = mvc.perform(multipart("/incidents/{id}/evidence", incident)
                .file(file("firewall.log", "deny 10.0.0.7"))
                .file(file("export-list.csv", "id,table\n1,orders\n"))
                .param("description", "Firewall log and the export list of 18 November").with(OFFICER).with(csrf()))
                .andReturn();
        assertThat(uploaded.getResponse().getRedirectedUrl()).isEqualTo("/incidents/" + incident + "/evidence");
        String afterUpload = page(uploaded);
        assertThat(afterUpload).contains("2 files added to the evidence locker with their SHA-256.")
                .contains("firewall.log").contains("export-list.csv").contains("13 B")
                .contains(locker.list(incident, "test").get(0).sha256()).contains("Uploaded");

        MvcResult packaged = mvc.perform(post("/incidents/{id}/evidence/packages", incident).with(OFFICER).with(csrf()))
                .andReturn();
        EvidencePackage built = locker.latestPackage(incident).orElseThrow();
        assertThat(packaged.getResponse().getRedirectedUrl()).endsWith("#package-" + built.id());
        assertThat(page(packaged)).contains("Police package built with 2 files").contains(built.sha256());

        MockHttpServletResponse blank = mvc.perform(post("/incidents/{id}/evidence/packages/{p}/handover", incident,
                built.id()).param("handedTo", "Seoul Metropolitan Police Agency").param("caseNumber", "")
                .with(OFFICER).with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(blank.getContentAsString()).contains("href=\"#caseNumber\"")
                .contains("Give the police case reference").contains("value=\"Seoul Metropolitan Police Agency\"");

        MvcResult handed = mvc.perform(post("/incidents/{id}/evidence/packages/{p}/handover", incident, built.id())
                .param("handedTo", "Seoul Metropolitan Police Agency, Cyber Investigation Unit")
                .param("caseNumber", "SMPA-2026-0912").with(OFFICER).with(csrf())).andReturn();
        assertThat(page(handed)).contains("Hand-over under police case SMPA-2026-0912 recorded")
                .contains("To Seoul Metropolitan Police Agency, Cyber Investigation Unit under police case SMPA-2026-0912");
        assertThat(locker.list(incident, "test")).allSatisfy(item -> assertThat(item.custody())
                .extracting(EvidenceItem.Custody::action).containsSubsequence(EvidenceItem.CustodyAction.UPLOADED,
                        EvidenceItem.CustodyAction.PACKAGED, EvidenceItem.CustodyAction.HANDED_TO_POLICE));
    }

    @Test
    void aFileOverTheLimitOrWithAPathIsNamedOnThePageAndNothingOfTheUploadIsStored() throws Exception {
        byte[] big = new byte[(int) locker.maxBytes() + 1];
        MockHttpServletResponse refused = mvc.perform(multipart("/incidents/{id}/evidence", incident)
                .file(new MockMultipartFile("files", "disk-image.bin", "application/octet-stream", big))
                .file(file("../../etc/passwd", "root"))
                .file(file("ok.log", "fine"))
                .param("description", "Disk image").with(OFFICER).with(csrf()).locale(Locale.ENGLISH))
                .andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("There are 2 problems")
                .contains("disk-image.bin is 25.0 MB (26,214,401 bytes), over the limit of 25 MB (26,214,400 bytes). Nothing was uploaded.")
                .contains("../../etc/passwd: use a plain file name").contains("href=\"#files\"");
        assertThat(locker.list(incident, "test")).isEmpty();

        MockHttpServletResponse empty = mvc.perform(post("/incidents/{id}/evidence/packages", incident)
                .with(OFFICER).with(csrf()).locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(empty.getStatus()).isEqualTo(409);
        assertThat(empty.getContentAsString()).contains("There is no evidence to package yet");
    }

    @Test
    void theLimitIsShownBeforeUploadAndAuditorsSeeTheListButNoForms() throws Exception {
        MockHttpServletResponse officer = mvc.perform(get("/incidents/{id}/evidence", incident).with(OFFICER)
                .locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(officer.getContentAsString()).contains("Each file may be at most 25 MB.")
                .contains("data-max-bytes=\"" + locker.maxBytes() + "\"").contains("multiple");

        RequestPostProcessor auditor = user("auditor").roles("AUDITOR");
        MockHttpServletResponse read = mvc.perform(get("/incidents/{id}/evidence", incident).with(auditor))
                .andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(read.getContentAsString()).doesNotContain("id=\"evidence-form\"");
        assertThat(mvc.perform(multipart("/incidents/{id}/evidence", incident).file(file("a.log", "a"))
                .param("description", "x").with(auditor).with(csrf())).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("files", name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    private String page(MvcResult redirected) throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/incidents/{id}/evidence", incident).with(OFFICER)
                .locale(Locale.ENGLISH).flashAttrs(redirected.getFlashMap())).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        return page.getContentAsString();
    }
}
