package io.breachflow.incidents;

import static org.assertj.core.api.Assertions.assertThat;
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

    private static final String FACTS = """
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
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
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

    private String page(String path, Locale locale) throws Exception {
        return mvc.perform(get(path).param("lang", locale.getLanguage()).with(user("dpo").roles("DPO")))
                .andReturn().getResponse().getContentAsString();
    }
}
