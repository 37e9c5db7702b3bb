package io.breachflow.regimes.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.regimes.OpenObligations;
import io.breachflow.web.ReaderWordsForSlices;
import io.breachflow.web.WebSecurityTestConfiguration;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = DeadlinesController.class)
@Import({WebSecurityTestConfiguration.class, ReaderWordsForSlices.class, DeadlinesControllerTests.FixedClock.class})
class DeadlinesControllerTests {

    static final Instant NOW = Instant.parse("2025-11-19T00:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OpenObligations obligations;

    private static OpenObligations.Tracked tracked(String regime, String dueAt) {
        return new OpenObligations.Tracked("8d3c1f0e-0000-4000-8000-00000000000" + regime.length(), regime + "-rule",
                regime, "AUTHORITY_REPORT", "AUTH", null, dueAt == null ? null : OffsetDateTime.parse(dueAt),
                NOW.minusSeconds(72 * 3600));
    }

    @Test
    void overdueAndAtRiskObligationsComeFirstOnTheChartAndInTheTable() throws Exception {
        when(obligations.open()).thenReturn(List.of(
                tracked("EU-GDPR", "2025-11-25T00:00:00Z"),
                tracked("KR-PIPA", "2025-11-19T06:00:00Z"),
                tracked("US-CA", null),
                tracked("UK", "2025-11-18T20:00:00Z")));

        String page = mvc.perform(get("/deadlines").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("<svg role=\"img\"").contains("class=\"bar urgency-overdue\"");
        assertThat(page.indexOf("<td>UK</td>")).isLessThan(page.indexOf("<td>KR-PIPA</td>"));
        assertThat(page.indexOf("<td>KR-PIPA</td>")).isLessThan(page.indexOf("<td>EU-GDPR</td>"));
        assertThat(page.indexOf("<td>EU-GDPR</td>")).isLessThan(page.indexOf("<td>US-CA</td>"));
        assertThat(page).contains("No fixed deadline").contains(">in 6 h<");
    }

    @Test
    void namesEachObligationWithItsDeadlineInTheRegimesZone() throws Exception {
        when(obligations.open()).thenReturn(List.of(new OpenObligations.Tracked("8d3c1f0e-0000-4000-8000-000000000001",
                "kr-pipa-report", "KR-PIPA", "AUTHORITY_REPORT", "PIPC", null,
                OffsetDateTime.parse("2025-11-21T03:00:00Z"), NOW.minusSeconds(24 * 3600))));

        String page = mvc.perform(get("/deadlines").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(">PIPC report<", ">PIPA Art. 34<", ">Fri 21 Nov 12:00 KST<", ">in 2 days 3 h<",
                "data-now=\"2025-11-19T00:00:00Z\"").doesNotContain(">kr-pipa-report<");

        String korean = mvc.perform(get("/deadlines").param("lang", "ko").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(korean).contains(">개인정보보호위원회(PIPC) 신고<", ">11월 21일 (금) 12:00 KST<", ">2일 3시간 남음<");
    }

    @Test
    void namesTheCaseByItsTitleAndByTheStartOfItsIdOnlyWhenItHasNone() throws Exception {
        OffsetDateTime due = OffsetDateTime.parse("2025-11-21T03:00:00Z");
        when(obligations.open()).thenReturn(List.of(
                new OpenObligations.Tracked("8d3c1f0e-0000-4000-8000-000000000001", "kr-pipa-report", "KR-PIPA",
                        "AUTHORITY_REPORT", "PIPC", null, due, NOW.minusSeconds(3600), null,
                        "Order history read with an unrevoked key"),
                new OpenObligations.Tracked("5b7e2a90-0000-4000-8000-000000000002", "kr-pipa-report", "KR-PIPA",
                        "AUTHORITY_REPORT", "PIPC", null, due, NOW.minusSeconds(3600), null, " ")));

        String page = mvc.perform(get("/deadlines").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(">Order history read with an unrevoked key</a>", ">5b7e2a90</a>")
                .contains(">PIPC report · Order history read with an…</text>")
                .doesNotContain(">8d3c1f0e</a>");

        String korean = mvc.perform(get("/deadlines").param("lang", "ko").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(korean).contains(">개인정보보호위원회(PIPC) 신고 · Order his…</text>"); // Hangul counts double
    }

    @Test
    void withoutOpenObligationsThePageSaysSo() throws Exception {
        when(obligations.open()).thenReturn(List.of());

        String page = mvc.perform(get("/deadlines").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("No deadlines are running.").doesNotContain("<svg");
    }

    @Test
    void anonymousVisitorsMustLogIn() throws Exception {
        mvc.perform(get("/deadlines")).andExpect(status().isFound());
    }
}
