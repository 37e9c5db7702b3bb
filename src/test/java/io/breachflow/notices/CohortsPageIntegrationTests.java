package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import io.breachflow.BreachflowIntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The cohorts page as an officer uses it: a CSV with bad rows is imported under a name, the cohort's page
 * shows what was kept (per channel and jurisdiction) and each rejected line with its reason, and the rejects
 * file has every line and reason but none of the rejected values (they may be personal data).
 */
@BreachflowIntegrationTest
class CohortsPageIntegrationTests {

    /** Line 3 has a made-up country, 4 an unknown language, 6 repeats p1, 7 has no id; 5 has only a post address. */
    static final String CSV = """
            person_id,name,email,phone,jurisdiction,language,postal_address
            p1,Kim Minji,minji@example.com,,KR,ko,
            p2,Secret Person,secret.person@example.com,,XX,ko,
            p3,Lang Wrong,lang@example.com,,KR,de,
            p4,Post Only,,,US-CA,en,1 Main Street
            p1,Kim Again,again@example.com,,KR,ko,
            ,No Id,noid@example.com,,KR,ko,
            p8,Phone Only,,+821012345678,KR,ko,
            """;

    @Autowired
    WebApplicationContext context;

    private MockMvc web;

    @BeforeEach
    void setUp() {
        web = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anUploadWithBadRowsShowsTheCountsAndEachRejectedLineWithItsReason() throws Exception {
        String name = "Wave " + UUID.randomUUID();
        MvcResult imported = upload(name, CSV);
        assertThat(imported.getResponse().getStatus()).isEqualTo(302);
        String cohortPage = imported.getResponse().getRedirectedUrl();
        assertThat(cohortPage).matches("/notices/cohorts/\\d+");

        String page = web.perform(get(cohortPage).with(officer()).flashAttrs(imported.getFlashMap()))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Cohort imported: 3 people kept, 3 rows rejected, 1 duplicate row dropped.")
                .contains(name)
                .contains("data-channel=\"EMAIL\"", "data-channel=\"POST\"", "data-jurisdiction=\"US-CA\"")
                .contains("South Korea")
                .contains("Rows left out: rejected and duplicate (4)");
        assertThat(rejectRows(page)).containsExactly(
                "3|jurisdiction is not a known ISO 3166 code (such as KR, DE or US-CA)",
                "4|language must be one of ko, en, ja",
                "6|the same person_id appeared on an earlier line (the earlier row is kept)",
                "7|person_id is missing");
        assertThat(page).doesNotContain("Secret Person", "secret.person@example.com", ">XX<", "Kim Again");

        String list = web.perform(get("/notices/cohorts").with(user("auditor").roles("AUDITOR")))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains(name, "by officer").doesNotContain("id=\"cohort-upload\"");
    }

    @Test
    void theRejectsFileHasEveryLineAndReasonButNoneOfTheRejectedValues() throws Exception {
        String cohortPage = upload("Rejects " + UUID.randomUUID(), CSV).getResponse().getRedirectedUrl();

        MockHttpServletResponse file = web.perform(get(cohortPage + "/rejects.csv")
                .with(user("auditor").roles("AUDITOR"))).andReturn().getResponse();

        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentType()).startsWith("text/csv");
        assertThat(file.getHeader("Content-Disposition")).startsWith("attachment; filename=\"cohort-");
        assertThat(file.getContentAsString(StandardCharsets.UTF_8).split("\r\n")).containsExactly(
                "line,reason",
                "3,\"jurisdiction is not a known ISO 3166 code such as KR or US-CA\"",
                "4,\"language must be one of ko, en, ja\"",
                "6,\"duplicate person_id\"",
                "7,\"person_id is missing\"");
        assertThat(file.getContentAsString(StandardCharsets.UTF_8))
                .doesNotContain("XX", "Secret", "secret.person", ",de", "Kim", "noid@");
    }

    @Test
    void aNameInUseOrAMissingFileIsShownNextToTheFieldAndNothingIsImported() throws Exception {
        String name = "Taken " + UUID.randomUUID();
        upload(name, CSV);

        MockHttpServletResponse again = upload(name.toUpperCase() + "  ", CSV).getResponse();
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString()).contains("Another cohort already has this name", "href=\"#name\"")
                .contains("value=\"" + name.toUpperCase() + "\"");

        MockHttpServletResponse noFile = web.perform(multipart("/notices/cohorts").param("name", "No file " + UUID.randomUUID())
                .with(officer()).with(csrf())).andReturn().getResponse();
        assertThat(noFile.getStatus()).isEqualTo(400);
        assertThat(noFile.getContentAsString()).contains("Choose the CSV file to import", "href=\"#file\"");

        MockHttpServletResponse badHeader = upload("Header " + UUID.randomUUID(), "id,mail\n1,a@b.c\n").getResponse();
        assertThat(badHeader.getStatus()).isEqualTo(400);
        assertThat(badHeader.getContentAsString()).contains("The first line of the file must be the header");
    }

    @Test
    void readersSeeCohortsButOnlyOfficersAndTheDpoImport() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "c.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(web.perform(multipart("/notices/cohorts").file(file).param("name", "x")
                .with(user("auditor").roles("AUDITOR")).with(csrf())).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(web.perform(get("/notices/cohorts").with(user("legal").roles("LEGAL")))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(web.perform(get("/notices/cohorts").with(user("dpo").roles("DPO"))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"cohort-upload\"", "/js/cohort-upload.js", "<progress");
    }

    private MvcResult upload(String name, String csv) throws Exception {
        return web.perform(multipart("/notices/cohorts")
                .file(new MockMultipartFile("file", "cohort.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                .param("name", name).param("incidentId", "").with(officer()).with(csrf())).andReturn();
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor officer() {
        return user("officer").roles("COMPLIANCE_OFFICER");
    }

    /** "line|reason" of each row of the rejects table. */
    static java.util.List<String> rejectRows(String page) {
        java.util.regex.Matcher rows = java.util.regex.Pattern.compile(
                "<td class=\"number line\">(\\d+)</td>\\s*<td class=\"reason\">([^<]*)</td>").matcher(page);
        java.util.List<String> found = new java.util.ArrayList<>();
        while (rows.find()) {
            found.add(rows.group(1) + "|" + org.springframework.web.util.HtmlUtils.htmlUnescape(rows.group(2)));
        }
        return found;
    }
}
