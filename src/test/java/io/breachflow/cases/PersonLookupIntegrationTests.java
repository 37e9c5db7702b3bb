package io.breachflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.notices.ApprovedLetter;
import io.breachflow.notices.ApprovedLetters;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDispatch;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.NoticeRenotices;
import io.breachflow.notices.Renotice;
import io.breachflow.notices.RenoticeOrder;
import io.breachflow.notices.RunStatus;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * "Was this person told?": a customer who got the first letter and its regulator-ordered correction finds both
 * letters answered, by email, phone or customer number, with the run, letter version and hash, channel, status and
 * message id; every lookup is in the personal-data access log with the reason given; the identifier travels in the
 * body, never the URL; legal and administrators may not look people up.
 */
@BreachflowIntegrationTest
class PersonLookupIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    WebApplicationContext context;

    @Autowired
    NoticeDispatch notices;

    @Autowired
    NoticeDrafting drafting;

    @Autowired
    NoticeRenotices renotices;

    @Autowired
    JdbcTemplate jdbc;

    final ObjectMapper json = new ObjectMapper();
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void showsTheFirstLetterAndItsCorrectionAndRecordsTheReasonInTheAccessLog() throws Exception {
        Sent sent = letterAndCorrection();

        JsonNode answer = lookup("{\"email\": \"" + sent.email() + "\", \"reason\": \"Complaint 2025-118 " + sent.tag()
                + "\"}", "dpo", 200);

        assertThat(answer.path("people").asLong()).isEqualTo(1);
        JsonNode letters = answer.path("letters");
        assertThat(letters).hasSize(2);
        assertThat(letters.get(0).path("runId").asLong()).isEqualTo(sent.earlierRunId());
        assertThat(letters.get(0).path("letterNumber").asInt()).isEqualTo(1);
        assertThat(letters.get(1).path("runId").asLong()).isEqualTo(sent.laterRunId());
        assertThat(letters.get(1).path("letterNumber").asInt()).isEqualTo(2);
        assertThat(letters.get(1).path("renoticeOfRunId").asLong()).isEqualTo(sent.earlierRunId());
        assertThat(letters.get(1).path("contentHash").asText()).isEqualTo(sent.corrected().contentHash());
        for (JsonNode letter : letters) {
            assertThat(letter.path("status").asText()).isEqualTo("SENT");
            assertThat(letter.path("channel").asText()).isEqualTo("EMAIL");
            assertThat(letter.path("attempts").asInt()).isEqualTo(1);
            assertThat(letter.path("incidentId").asText()).isEqualTo(sent.incidentId());
            assertThat(letter.path("messageId").asText()).startsWith("<run-" + letter.path("runId").asLong() + "-p-");
        }

        Map<String, Object> logged = jdbc.queryForMap("SELECT actor, kind, purpose, people, incident_id FROM "
                + "personal_data_access WHERE purpose = ?", "Complaint 2025-118 " + sent.tag());
        assertThat(logged).containsEntry("ACTOR", "dpo").containsEntry("KIND", "PERSON_LOOKUP")
                .containsEntry("PEOPLE", 1L).containsEntry("INCIDENT_ID", sent.incidentId());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE detail LIKE ?", Long.class,
                "%purpose=Complaint 2025-118 " + sent.tag() + "%")).as("a link of the audit chain too").isEqualTo(1L);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE detail LIKE ?", Long.class,
                "%" + sent.email() + "%")).as("the address is never recorded").isZero();
    }

    @Test
    void findsThePersonByCustomerNumberOrPhoneAndAnswersNothingFoundForAStranger() throws Exception {
        Sent sent = letterAndCorrection();

        assertThat(lookup("{\"personId\": \"" + sent.personId() + "\", \"reason\": \"Call\"}", "officer", 200)
                .path("letters")).hasSize(2);
        assertThat(lookup("{\"phone\": \"+82 10-" + sent.phoneTail() + "\", \"reason\": \"Call\"}", "auditor", 200)
                .path("letters")).as("the SMS-only neighbour, as typed with spaces and dashes").hasSize(2);
        JsonNode stranger = lookup("{\"email\": \"nobody-" + sent.tag() + "@example.com\", \"reason\": \"Call\"}",
                "officer", 200);
        assertThat(stranger.path("people").asLong()).isZero();
        assertThat(stranger.path("letters")).isEmpty();
    }

    @Test
    void theIdentifierAndReasonAreRequiredInTheBodyAndNeverInTheUrl() throws Exception {
        assertThat(problemField(lookupResponse("{\"email\": \"a@example.com\"}", "officer"))).isEqualTo("reason");
        assertThat(problemField(lookupResponse("{\"reason\": \"Why\"}", "officer"))).isEqualTo("personId");
        assertThat(problemField(lookupResponse("{\"email\": \"a@example.com\", \"phone\": \"+821012345678\", "
                + "\"reason\": \"Why\"}", "officer"))).isEqualTo("phone");
        MockHttpServletResponse inUrl = mvc.perform(post("/api/notices/lookup?email=a@example.com")
                .with(httpBasic("officer", "demo")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\": \"p\", \"reason\": \"Why\"}")).andReturn().getResponse();
        assertThat(problemField(inUrl)).isEqualTo("email");
        assertThat(mvc.perform(get("/api/notices/lookup?email=a@example.com").with(httpBasic("officer", "demo")))
                .andReturn().getResponse().getStatus()).isEqualTo(405);
        assertThat(lookupResponse("{\"personId\": \"p\", \"reason\": \"Why\"}", "legal").getStatus()).isEqualTo(403);
        assertThat(lookupResponse("{\"personId\": \"p\", \"reason\": \"Why\"}", "admin").getStatus()).isEqualTo(403);
    }

    @Test
    void thePageAsksForAReasonAndShowsBothLettersWithoutTheAddress() throws Exception {
        Sent sent = letterAndCorrection();
        var officer = user("officer").roles("COMPLIANCE_OFFICER");

        MockHttpServletResponse missing = mvc.perform(post("/notices/lookup").with(officer).with(csrf())
                .param("email", sent.email()).param("reason", "")).andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString(StandardCharsets.UTF_8))
                .contains("Enter why you are looking this person up").contains("value=\"" + sent.email() + "\"");

        String page = mvc.perform(post("/notices/lookup").with(officer).with(csrf()).param("email", sent.email())
                .param("reason", "Customer asked " + sent.tag())).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2 letters to 1 person(s)").contains("Corrected re-send of run " + sent.earlierRunId())
                .contains("This lookup was recorded");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM personal_data_access WHERE purpose = ?", Long.class,
                "Customer asked " + sent.tag())).isEqualTo(1L);
    }

    /** A person sent the first letter and then, by a re-notice, its approved correction. */
    private Sent letterAndCorrection() {
        String incident = UUID.randomUUID().toString();
        String tag = incident.substring(0, 8);
        String tail = String.valueOf(10_000_000 + Math.abs(tag.hashCode() % 89_999_999));
        ApprovedLetter letter = ApprovedLetters.korean(drafting, incident);
        long cohortId = notices.importCohort("lookup", new StringReader("person_id,name,email,phone,jurisdiction,language\n"
                + "cust-" + tag + ",Kim,kim-" + tag + "@example.com,,KR,ko\n"
                + "sms-" + tag + ",Lee,,+8210" + tail + ",KR,ko\n")).cohortId();
        long earlierRunId = notices.startRun(cohortId, letter, notices.defaultWave(), incident, "officer").id();
        await().atMost(PATIENCE).until(() -> notices.progress(earlierRunId).status() == RunStatus.COMPLETED);

        Renotice renotice = renotices.request(earlierRunId, new RenoticeOrder("Wrong contact point", "PIPC-1", false,
                Map.of()), "officer");
        LetterVersion corrected = drafting.find(renotice.letterVersionId()).orElseThrow();
        ApprovedLetters.approve(drafting, corrected);
        long laterRunId = renotices.startRun(renotice.id()).id();
        await().atMost(PATIENCE).until(() -> notices.progress(laterRunId).status() == RunStatus.COMPLETED);
        return new Sent(incident, tag, "cust-" + tag, "kim-" + tag + "@example.com", tail, earlierRunId, laterRunId,
                corrected);
    }

    private record Sent(String incidentId, String tag, String personId, String email, String phoneTail,
            long earlierRunId, long laterRunId, LetterVersion corrected) {
    }

    private JsonNode lookup(String body, String who, int status) throws Exception {
        MockHttpServletResponse answer = lookupResponse(body, who);
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(status);
        return json.readTree(answer.getContentAsString());
    }

    private MockHttpServletResponse lookupResponse(String body, String who) throws Exception {
        return mvc.perform(post("/api/notices/lookup").with(httpBasic(who, "demo"))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
    }

    private String problemField(MockHttpServletResponse answer) throws Exception {
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(400);
        assertThat(answer.getContentType()).isEqualTo("application/problem+json");
        List<JsonNode> errors = List.of(json.readTree(answer.getContentAsString()).path("errors").get(0));
        return errors.get(0).path("field").asText();
    }
}
