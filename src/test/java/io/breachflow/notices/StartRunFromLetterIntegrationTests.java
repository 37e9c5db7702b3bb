package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import java.io.StringReader;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Starting a notice run from the case's documents page: an approved letter offers "Start notice run" with
 * the cohorts by name; the run is created through the same content-hash check as the API, and a letter
 * changed after legal approved it is refused on the page in words, with both hashes, and nothing is created.
 */
@BreachflowIntegrationTest
class StartRunFromLetterIntegrationTests {

    static final String FACTS = """
            {"title": "Start run: order database exposed", "awareAt": "2025-11-18T22:00:00+09:00",
             "affected": [{"jurisdiction": "KR", "count": 3}],
             "dataCategories": ["NAME", "EMAIL"], "cause": "EXTERNAL_ATTACK", "unauthorizedAccess": true,
             "encrypted": false, "highRisk": true}
            """;

    @Autowired
    WebApplicationContext context;

    @Autowired
    NoticeDrafting drafting;

    @Autowired
    NoticeCohorts cohorts;

    @Autowired
    NoticeDispatch notices;

    @Autowired
    JdbcClient jdbc;

    private MockMvc web;

    @BeforeEach
    void setUp() {
        web = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void anOfficerStartsARunOfTheApprovedLetterWithACohortChosenByName() throws Exception {
        String incident = report();
        LetterVersion version = ApprovedLetters.approve(drafting, ApprovedLetters.draftKorean(drafting, incident));
        String name = "Start wave " + UUID.randomUUID();
        long cohort = cohort(name);

        String section = web.perform(get("/incidents/" + incident + "/documents").with(officer()))
                .andReturn().getResponse().getContentAsString();
        assertThat(section).contains("action=\"/notices/letters/" + version.id() + "/run\"")
                .contains(name + " — 3 people").contains("value=\"" + version.contentHash() + "\"");
        assertThat(web.perform(get("/incidents/" + incident + "/documents").with(user("auditor").roles("AUDITOR")))
                .andReturn().getResponse().getContentAsString()).doesNotContain("/notices/letters/");

        MvcResult started = start(version, cohort, version.contentHash());
        assertThat(started.getResponse().getStatus()).isEqualTo(302);
        assertThat(started.getResponse().getRedirectedUrl()).isEqualTo("/notices");
        NoticeRun run = notices.recentRuns(20).stream().filter(r -> r.cohortId() == cohort).findFirst().orElseThrow();
        assertThat(run.incidentId()).isEqualTo(incident);
        assertThat(run.letter().contentHash()).isEqualTo(version.contentHash());
        assertThat(run.wave().channels()).containsExactly(Channel.EMAIL);

        String confirmation = web.perform(get("/notices").with(officer()).flashAttrs(started.getFlashMap()))
                .andReturn().getResponse().getContentAsString();
        assertThat(confirmation).contains("Notice run " + run.id() + " started", name, "href=\"#run-" + run.id() + "\"",
                "id=\"run-" + run.id() + "\"");
    }

    @Test
    void aLetterChangedAfterApprovalIsRefusedInWordsWithBothHashesAndNoRunIsCreated() throws Exception {
        String incident = report();
        LetterVersion version = ApprovedLetters.approve(drafting, ApprovedLetters.draftKorean(drafting, incident));
        long cohort = cohort("Changed " + UUID.randomUUID());
        jdbc.sql("UPDATE letter_version SET fields = REPLACE(fields, '1588-0000', '1588-9999') WHERE id = ?")
                .param(version.id()).update();
        String current = notices.currentContentHash(version.template() + "@v" + version.id());
        assertThat(current).isNotEqualTo(version.contentHash());
        long runsBefore = runs();

        MockHttpServletResponse refused = start(version, cohort, version.contentHash()).getResponse();

        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(refused.getContentAsString()))
                .contains("The run was not started and nothing was sent")
                .contains("The letter was changed after legal approved it: the approved content hash "
                        + version.contentHash() + " differs from the letter's current hash " + current
                        + ". Ask legal to approve the current version")
                .contains("selected=\"selected\"");
        assertThat(runs()).isEqualTo(runsBefore);
    }

    @Test
    void aFormWithoutCohortOrChannelIsShownAgainWithTheFieldsToCorrect() throws Exception {
        String incident = report();
        LetterVersion version = ApprovedLetters.approve(drafting, ApprovedLetters.draftKorean(drafting, incident));
        long runsBefore = runs();

        MockHttpServletResponse page = web.perform(post("/notices/letters/" + version.id() + "/run").with(officer())
                .with(csrf()).param("contentHash", version.contentHash()).param("messagesPerSecond", "1.5")
                .param("sessions", "2")).andReturn().getResponse();

        assertThat(page.getStatus()).isEqualTo(400);
        assertThat(page.getContentAsString()).contains("Choose the cohort to send the letter to",
                "Choose at least one channel", "Enter a whole number of messages per second", "value=\"1.5\"");
        assertThat(runs()).isEqualTo(runsBefore);
    }

    private MvcResult start(LetterVersion version, long cohort, String hash) throws Exception {
        return web.perform(post("/notices/letters/" + version.id() + "/run").with(officer()).with(csrf())
                .param("cohortId", String.valueOf(cohort)).param("contentHash", hash).param("channels", "EMAIL")
                .param("messagesPerSecond", "50").param("sessions", "1")).andReturn();
    }

    private long cohort(String name) {
        return cohorts.importCsv(new NewCohort("c.csv", name, null, "officer"), new StringReader("""
                person_id,name,email,phone,jurisdiction,language
                s1,A,s1@example.com,,KR,ko
                s2,B,s2@example.com,,KR,ko
                s3,C,s3@example.com,,KR,ko
                """)).cohortId();
    }

    private long runs() {
        return jdbc.sql("SELECT count(*) FROM notice_run").query(Long.class).single();
    }

    private String report() throws Exception {
        MockHttpServletResponse reported = web.perform(post("/api/incidents").with(httpBasic("officer", "demo"))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(FACTS)).andReturn().getResponse();
        assertThat(reported.getStatus()).isEqualTo(201);
        return (String) new ObjectMapper().readValue(reported.getContentAsString(), Map.class).get("id");
    }

    private static RequestPostProcessor officer() {
        return user("officer").roles("COMPLIANCE_OFFICER");
    }
}
