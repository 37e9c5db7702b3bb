package io.breachflow.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.regimes.BusinessCalendars;
import io.breachflow.regimes.CalendarsEndingIn2027;
import io.breachflow.regimes.Deadline;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A clock that needs a year no holiday calendar covers is an error the officer sees, not a blank: the incident's
 * API answer keeps the reason with the obligation, and the deadline dashboard and the case workspace say "No
 * deadline: the … holiday calendar for 2028 is not published yet — count by hand and record the date". The
 * calendars here end in 2027, as the shipped Korean one ends with the last year officially published; the clock
 * is SEC's four business days, the only kind of clock that needs a calendar (no Korean clock counts business days).
 */
@BreachflowIntegrationTest
@Import(CalendarGapIntegrationTests.Calendars.class)
class CalendarGapIntegrationTests {

    @TestConfiguration(proxyBeanMethods = false)
    static class Calendars {

        @Bean
        @Primary
        BusinessCalendars calendarsEndingIn2027() {
            return new CalendarsEndingIn2027();
        }
    }

    /** An SEC registrant whose materiality was determined in 2028, a year the calendars here do not cover. */
    static final String FACTS = """
            {"title": "Card processor breach, materiality found in 2028", "awareAt": "2026-01-10T09:00:00-05:00",
             "affected": [{"jurisdiction": "KR", "count": 4500}],
             "dataCategories": ["NAME", "EMAIL"], "cause": "EXTERNAL_ATTACK", "unauthorizedAccess": true,
             "encrypted": false, "highRisk": true,
             "organization": {"homeCountry": "KR", "secRegistrant": true, "onlineServiceProvider": false,
                              "criticalInfrastructure": false},
             "milestones": {"materialityDeterminedAt": "2028-03-01T10:00:00-05:00"}}
            """;

    @Autowired
    WebApplicationContext context;

    @Autowired
    ObjectMapper mapper;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .addFilters(context.getBean("dateTimeFieldsFilter", jakarta.servlet.Filter.class)).build();
    }

    @Test
    void theGapShowsInTheApiOnTheDashboardAndInTheWorkspace() throws Exception {
        String created = mvc.perform(post("/api/incidents").with(httpBasic("officer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(FACTS))
                .andReturn().getResponse().getContentAsString();
        String id = mapper.readTree(created).get("id").asText();

        JsonNode incident = mapper.readTree(mvc.perform(get("/api/incidents/" + id).with(httpBasic("dpo", "demo")))
                .andReturn().getResponse().getContentAsString());
        JsonNode filing = null;
        for (JsonNode obligation : incident.get("obligations")) {
            if (obligation.get("key").asText().equals("us-sec-8k")) {
                filing = obligation;
            }
        }
        assertThat(filing).as(incident.toPrettyString()).isNotNull();
        assertThat(filing.get("dueAt").isNull()).isTrue();
        assertThat(filing.get("awaiting").asText()).startsWith(Deadline.CALENDAR_MISSING).contains("2028");

        String gap = "No deadline: the US federal holiday calendar for 2028 is not published yet (Breachflow has "
                + "2024–2027) — count by hand and record the date.";
        String dashboard = page("/deadlines", Locale.ENGLISH);
        assertThat(dashboard).contains("1 open obligation has no deadline", gap, "Calendar missing");
        assertThat(page("/deadlines", Locale.KOREAN)).contains("기한 없음: 2028년 미국 연방 공휴일 달력이 아직 공표되지 않았습니다");
        assertThat(page("/incidents/" + id, Locale.ENGLISH)).contains(gap);
    }

    @Test
    void theOfficerRecordsTheDeadlineTheyCountedAndTheObligationRunsToItLikeAnyOther() throws Exception {
        String created = mvc.perform(post("/api/incidents").with(httpBasic("officer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON).content(FACTS))
                .andReturn().getResponse().getContentAsString();
        String id = mapper.readTree(created).get("id").asText();
        String workspace = page("/incidents/" + id, Locale.ENGLISH, "officer", "COMPLIANCE_OFFICER");
        assertThat(workspace).contains("Record the deadline you counted",
                "/incidents/" + id + "/counted-deadline?key=us-sec-8k");
        assertThat(page("/incidents/" + id + "/counted-deadline?key=us-sec-8k", Locale.KOREAN, "officer",
                "COMPLIANCE_OFFICER")).contains("직접 계산한 기한 기록", "type=\"datetime-local\" id=\"dueAt\"");

        // a note is required: nothing stored, the reason beside the field
        var missingNote = mvc.perform(post("/incidents/" + id + "/counted-deadline").with(csrf())
                        .with(user("officer").roles("COMPLIANCE_OFFICER")).param("key", "us-sec-8k")
                        .param("dueAt", "2028-03-07T17:30").param("dueAt__zone", "America/New_York").param("note", " "))
                .andReturn().getResponse();
        assertThat(missingNote.getStatus()).isEqualTo(400);
        assertThat(missingNote.getContentAsString()).contains("Say how you counted the deadline.");
        // legal may read but not record
        assertThat(mvc.perform(post("/incidents/" + id + "/counted-deadline").with(csrf())
                        .with(user("legal").roles("LEGAL")).param("key", "us-sec-8k")
                        .param("dueAt", "2028-03-07T17:30").param("dueAt__zone", "America/New_York")
                        .param("note", "by hand")).andReturn().getResponse().getStatus()).isEqualTo(403);

        var recorded = mvc.perform(post("/incidents/" + id + "/counted-deadline").with(csrf())
                        .with(user("officer").roles("COMPLIANCE_OFFICER")).param("key", "us-sec-8k")
                        .param("dueAt", "2028-03-07T17:30").param("dueAt__zone", "America/New_York")
                        .param("note", "4 business days from 2028-03-01, OPM 2028 federal holidays"))
                .andReturn().getResponse();
        assertThat(recorded.getStatus()).isEqualTo(302);
        assertThat(recorded.getRedirectedUrl()).isEqualTo("/incidents/" + id + "#obligations");

        JsonNode filing = obligation(id, "us-sec-8k");
        assertThat(java.time.OffsetDateTime.parse(filing.get("dueAt").asText()).toInstant())
                .isEqualTo(java.time.Instant.parse("2028-03-07T22:30:00Z"));
        assertThat(filing.get("awaiting").isNull()).isTrue();
        assertThat(filing.get("countedBy").asText()).isEqualTo("officer");
        assertThat(page("/deadlines", Locale.ENGLISH)).doesNotContain("open obligation has no deadline");
        assertThat(page("/incidents/" + id, Locale.ENGLISH)).contains("Counted by hand by officer")
                .doesNotContain("Record the deadline you counted");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(mvc.perform(get("/api/audit").param("incidentId", id)
                                .with(httpBasic("auditor", "demo"))).andReturn().getResponse().getContentAsString())
                        .contains("DEADLINE_COUNTED").contains("obligation=us-sec-8k"));

        // the filing's task now shows the counted deadline as its due date (the process was re-timed)
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode tasks = mapper.readTree(mvc.perform(get("/api/tasks").with(httpBasic("officer", "demo")))
                    .andReturn().getResponse().getContentAsString());
            boolean moved = false;
            for (JsonNode task : tasks) {
                if (id.equals(task.path("incidentId").asText()) && "us-sec-8k".equals(task.path("obligationKey").asText())
                        && !task.path("dueAt").isNull() && !task.path("dueAt").isMissingNode()) {
                    moved = java.time.OffsetDateTime.parse(task.get("dueAt").asText()).toInstant()
                            .equals(java.time.Instant.parse("2028-03-07T22:30:00Z"));
                }
            }
            assertThat(moved).as(tasks.toPrettyString()).isTrue();
        });

        // once it has a deadline it is no gap: a second record is refused and changes nothing
        var again = mvc.perform(post("/incidents/" + id + "/counted-deadline").with(csrf())
                        .with(user("dpo").roles("DPO")).param("key", "us-sec-8k")
                        .param("dueAt", "2028-03-09T17:30").param("dueAt__zone", "America/New_York")
                        .param("note", "recounted"))
                .andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(400);
        assertThat(again.getContentAsString()).contains("does not wait for a holiday calendar any more");
        assertThat(java.time.OffsetDateTime.parse(obligation(id, "us-sec-8k").get("dueAt").asText()).toInstant())
                .isEqualTo(java.time.Instant.parse("2028-03-07T22:30:00Z"));
    }

    private JsonNode obligation(String id, String key) throws Exception {
        JsonNode incident = mapper.readTree(mvc.perform(get("/api/incidents/" + id).with(httpBasic("dpo", "demo")))
                .andReturn().getResponse().getContentAsString());
        for (JsonNode obligation : incident.get("obligations")) {
            if (obligation.get("key").asText().equals(key)) {
                return obligation;
            }
        }
        throw new AssertionError(incident.toPrettyString());
    }

    private String page(String path, Locale locale, String user, String role) throws Exception {
        return mvc.perform(get(path).param("lang", locale.getLanguage()).with(user(user).roles(role)))
                .andReturn().getResponse().getContentAsString();
    }

    private String page(String path, Locale locale) throws Exception {
        return mvc.perform(get(path).param("lang", locale.getLanguage()).with(user("dpo").roles("DPO")))
                .andReturn().getResponse().getContentAsString();
    }
}
