package io.breachflow.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The case-request forms an officer fills in from the workspace: a law-enforcement hold (recorded twice it is
 * still one hold, its deadline moved once), a regulator's order whose due date is kept, and a police referral
 * asked for once; a typo comes back on the page beside its field with nothing stored, and an auditor reads
 * but cannot post.
 */
@BreachflowIntegrationTest
class CaseRequestFormsIntegrationTests {

    private static final RequestPostProcessor OFFICER = user("officer").roles("COMPLIANCE_OFFICER");
    private static final RequestPostProcessor AUDITOR = user("auditor").roles("AUDITOR");

    @Autowired
    WebApplicationContext context;

    @Autowired
    IncidentRecords records;

    @Autowired
    LawEnforcementRequests requests;

    @Autowired
    RegulatorQuestions questions;

    @Autowired
    ObjectMapper json;

    MockMvc mvc;
    IncidentId incident;

    @BeforeEach
    void reportAnIncident() throws Exception {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String facts = """
                {"title": "Order export bucket left public", "awareAt": "2026-12-06T10:00:00-08:00",
                 "detectedAt": "2026-12-06T09:00:00-08:00",
                 "affected": [{"jurisdiction": "KR", "count": 1200}, {"jurisdiction": "US-CA", "count": 800}],
                 "dataCategories": ["NAME", "EMAIL", "POSTAL_ADDRESS"], "cause": "SYSTEM_ERROR",
                 "unauthorizedAccess": true, "encrypted": false, "highRisk": true,
                 "organization": {"homeCountry": "KR", "secRegistrant": false, "onlineServiceProvider": true}}""";
        MockHttpServletResponse reported = mvc.perform(post("/api/incidents").with(OFFICER).with(csrf())
                .contentType("application/json").content(facts)).andReturn().getResponse();
        assertThat(reported.getStatus()).as(reported.getContentAsString()).isEqualTo(201);
        incident = IncidentId.of(json.readTree(reported.getContentAsString()).path("id").asText());
    }

    @Test
    void aHoldRecordedTwiceFromTheFormIsOneHoldThatMovedTheCaliforniaNoticeOnce() throws Exception {
        OffsetDateTime before = californiaNoticeDue();

        MvcResult first = postHold("2026-12-21T09:00-08:00");
        MvcResult second = postHold("2026-12-21T09:00-08:00");

        assertThat(first.getResponse().getRedirectedUrl()).startsWith("/incidents/" + incident + "/holds#hold-");
        assertThat(second.getResponse().getRedirectedUrl()).isEqualTo(first.getResponse().getRedirectedUrl());
        assertThat(requests.holds(incident)).hasSize(1);
        assertThat(californiaNoticeDue()).isEqualTo(before.plusDays(14));
        String page = page("/incidents/" + incident + "/holds", second);
        assertThat(page).contains("This request was already recorded: nothing was moved again (1 notice held)")
                .contains("Los Angeles Police Department").contains("Cal. Civ. Code § 1798.82")
                .contains("the law of KR-PIPA lets no law-enforcement request delay it");
        assertThat(page("/incidents/" + incident, null)).as("the workspace shows the hold, its end and who recorded it")
                .contains("Held at the request of Los Angeles Police Department (reference LAPD-2026-4417) until")
                .contains("recorded by officer").contains("Cal. Civ. Code § 1798.82");
    }

    @Test
    void aHoldWhoseEndIsNotADateComesBackBesideTheFieldAndStoresNothing() throws Exception {
        MockHttpServletResponse refused = mvc.perform(post("/incidents/{id}/holds", incident).with(OFFICER).with(csrf())
                .param("agency", "Los Angeles Police Department").param("reference", "LAPD-1")
                .param("requestedAt", "2026-12-07T09:00-08:00").param("holdUntil", "next Friday")
                .locale(Locale.ENGLISH)).andReturn().getResponse();

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString()).contains("There is a problem")
                .contains("href=\"#holdUntil\"").contains("Until when should the notices wait? — Pick a date and a time, and the time zone they are in")
                .contains("value=\"Los Angeles Police Department\"");
        assertThat(requests.holds(incident)).isEmpty();
    }

    @Test
    void anOrderFromTheFormKeepsItsDueDateAndAnOrderWithoutOneIsRefused() throws Exception {
        MockHttpServletResponse missing = questionForm("ORDER", "").andReturn().getResponse();
        assertThat(missing.getStatus()).isEqualTo(400);
        assertThat(missing.getContentAsString()).contains("href=\"#answerDue\"")
                .contains("An order must say by when it has to be obeyed.");
        assertThat(questions.of(incident)).isEmpty();

        MvcResult recorded = questionForm("ORDER", "2026-12-28T18:00+09:00").andReturn();

        assertThat(recorded.getResponse().getRedirectedUrl()).isEqualTo("/incidents/" + incident + "/regulator-questions");
        assertThat(questions.of(incident)).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(RegulatorQuestions.Kind.ORDER);
            assertThat(q.answerDue().toInstant()).isEqualTo(OffsetDateTime.parse("2026-12-28T18:00+09:00").toInstant());
        });
        assertThat(page("/incidents/" + incident + "/regulator-questions", recorded))
                .contains("Order recorded. A task is open in the inbox, due when the order says, with reminders.")
                .contains("Notify the remaining account holders by post");
    }

    @Test
    void aReferralIsAskedForOnceAndTheSecondRequestSaysOneExists() throws Exception {
        MockHttpServletResponse blank = mvc.perform(post("/incidents/{id}/police-referral", incident).with(OFFICER)
                .with(csrf()).param("reason", " ").locale(Locale.ENGLISH)).andReturn().getResponse();
        assertThat(blank.getStatus()).isEqualTo(400);
        assertThat(blank.getContentAsString()).contains("href=\"#reason\"").contains("Say why the incident should go to the police.");

        MvcResult asked = mvc.perform(post("/incidents/{id}/police-referral", incident).with(OFFICER).with(csrf())
                .param("reason", "The bucket was found by a known extortion group")).andReturn();
        MvcResult again = mvc.perform(post("/incidents/{id}/police-referral", incident).with(OFFICER).with(csrf())
                .param("reason", "again")).andReturn();

        assertThat(page("/incidents/" + incident + "/police-referral", asked))
                .contains("Police referral started").contains("Asked for by officer");
        assertThat(page("/incidents/" + incident + "/police-referral", again))
                .contains("This incident already has a police referral; nothing new was started.")
                .contains("Open its evidence and police package");
        assertThat(requests.referral(incident)).hasValueSatisfying(r ->
                assertThat(r.reason()).isEqualTo("The bucket was found by a known extortion group"));
    }

    @Test
    void anAuditorReadsThePagesButCannotPost() throws Exception {
        for (String path : List.of("holds", "regulator-questions", "police-referral")) {
            assertThat(mvc.perform(get("/incidents/{id}/" + path, incident).with(AUDITOR)).andReturn().getResponse()
                    .getStatus()).as(path).isEqualTo(200);
            assertThat(mvc.perform(post("/incidents/{id}/" + path, incident).with(AUDITOR).with(csrf())
                    .param("reason", "x")).andReturn().getResponse().getStatus()).as(path).isEqualTo(403);
        }
    }

    private MvcResult postHold(String until) throws Exception {
        return mvc.perform(post("/incidents/{id}/holds", incident).with(OFFICER).with(csrf())
                .param("agency", "Los Angeles Police Department").param("reference", "LAPD-2026-4417")
                .param("requestedAt", "2026-12-07T09:00-08:00").param("holdUntil", until)
                .param("note", "Notice would impede a criminal investigation")).andReturn();
    }

    private org.springframework.test.web.servlet.ResultActions questionForm(String kind, String due) throws Exception {
        return mvc.perform(post("/incidents/{id}/regulator-questions", incident).with(OFFICER).with(csrf())
                .param("kind", kind).param("authority", "PIPC").param("reference", "PIPC-2026-31")
                .param("receivedAt", "2026-12-07T10:00+09:00").param("answerDue", due)
                .param("summary", "Notify the remaining account holders by post").locale(Locale.ENGLISH));
    }

    /** The page as the officer sees it after {@code redirected} (its confirmation included), in English. */
    private String page(String path, MvcResult redirected) throws Exception {
        var request = get(path).with(OFFICER).locale(Locale.ENGLISH);
        if (redirected != null) {
            request.flashAttrs(redirected.getFlashMap());
        }
        MockHttpServletResponse page = mvc.perform(request).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        return page.getContentAsString();
    }

    private OffsetDateTime californiaNoticeDue() {
        return records.find(incident).orElseThrow().obligations().stream()
                .filter(o -> "US-CA".equals(o.regime()) && "INDIVIDUAL_NOTICE".equals(o.kind()))
                .findFirst().orElseThrow().dueAt().atZoneSameInstant(ZoneId.of("America/Los_Angeles"))
                .toOffsetDateTime();
    }
}
