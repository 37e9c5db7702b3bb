package io.breachflow.tasklist;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.web.ReaderWordsForSlices;
import io.breachflow.web.WebSecurityTestConfiguration;
import java.time.Clock;
import java.time.Instant;
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

@WebMvcTest(controllers = InboxController.class)
@Import({WebSecurityTestConfiguration.class, ReaderWordsForSlices.class, InboxControllerTests.FixedClock.class})
class InboxControllerTests {

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
    InboxQueries queries;

    @MockitoBean
    HumanTasks tasks;

    private static InboxQueries.InboxTask task(long id, String dueAt, String assignee, Instant remindedAt) {
        return new InboxQueries.InboxTask(new HumanTask(id, "Task_DraftReport", "Draft report " + id, "draft-report",
                "8d3c1f0e-0000-4000-8000-000000000001", "kr-pipa-report", List.of("compliance-officer"), assignee,
                dueAt, HumanTask.State.OPEN, remindedAt, null), NOW.minusSeconds(48 * 3600));
    }

    @Test
    void showsTheTasksWithCountdownColourBadgesAndCounts() throws Exception {
        when(queries.page(any(), any(), eq(0), eq(50))).thenReturn(List.of(
                task(1, "2025-11-18T12:00:00Z", null, null),
                task(2, "2025-11-19T06:00:00Z", null, NOW),
                task(3, "2025-11-25T00:00:00Z", "officer", null)));
        when(queries.count(any(), any())).thenReturn(3L);
        when(queries.recentCounts(any(), any())).thenReturn(new InboxQueries.Counts(3, 1, 1, 1));

        mvc.perform(get("/inbox").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("class=\"task urgency-overdue\""),
                        containsString(">12 h overdue<"),
                        containsString("class=\"task urgency-at-risk\""),
                        containsString(">in 6 h<"),
                        containsString("class=\"task urgency-on-track\""),
                        containsString("Reminder sent"),
                        containsString("hx-trigger=\"every 15s\""),
                        containsString("/webjars/htmx.org/2.0.4/dist/htmx.min.js"))));
    }

    @Test
    void onlyThoseWhoseRolesMayCompleteATaskAreOfferedToClaimIt() throws Exception {
        when(queries.page(any(), any(), anyInt(), anyInt())).thenReturn(List.of(task(1, null, null, null)));
        when(queries.recentCounts(any(), any())).thenReturn(new InboxQueries.Counts(1, 0, 0, 0));

        mvc.perform(get("/inbox").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(">Draft report</a>"),
                        not(containsString("class=\"claim\"")), not(containsString("/inbox/tasks/1/claim")))));
        mvc.perform(get("/inbox").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("class=\"claim\""),
                        containsString("/inbox/tasks/1/claim"))));
    }

    @Test
    void namesTasksAndTheirObligationsInWordsWithDeadlinesInTheRegimesZone() throws Exception {
        when(queries.page(any(), any(), eq(0), eq(50))).thenReturn(List.of(task(1, "2025-11-21T01:00:00Z", null, null)));
        when(queries.recentCounts(any(), any())).thenReturn(new InboxQueries.Counts(1, 0, 0, 0));

        mvc.perform(get("/inbox").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString(">Draft report</a>"),
                        containsString(">PIPC report — PIPA Art. 34<"),
                        containsString(">Fri 21 Nov 10:00 KST<"),
                        containsString(">in 2 days 1 h<"),
                        containsString(">Compliance officers<"),
                        not(containsString(">kr-pipa-report<")),
                        not(containsString("Draft report 1")))));

        mvc.perform(get("/inbox").param("lang", "ko").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString(">신고서 작성</a>"),
                        containsString(">개인정보보호위원회(PIPC) 신고 — PIPA Art. 34<"),
                        containsString(">11월 21일 (금) 10:00 KST<"),
                        containsString(">2일 1시간 남음<"),
                        containsString(">컴플라이언스 담당자<"))));
    }

    @Test
    void theCountdownCountsFromTheApplicationsClock() throws Exception {
        when(queries.page(any(), any(), eq(0), eq(50))).thenReturn(List.of(task(1, "2025-11-19T06:00:00Z", null, null)));
        when(queries.recentCounts(any(), any())).thenReturn(new InboxQueries.Counts(1, 0, 1, 0));

        mvc.perform(get("/inbox").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("data-now=\"2025-11-19T00:00:00Z\""),
                        containsString("data-due=\"2025-11-19T06:00:00Z\""),
                        containsString("src=\"/js/countdown.js\""))));
    }

    @Test
    void theInboxNarrowsToTheSignedInPersonsGroupsAndFilters() throws Exception {
        when(queries.page(any(), any(), anyInt(), anyInt())).thenReturn(List.of());

        mvc.perform(get("/inbox/list").param("form", "approve-report").param("regime", "KR-PIPA").param("page", "2")
                        .with(user("legal").roles("LEGAL")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No tasks are waiting for you.")));

        verify(queries).page(new Visibility("legal", false, List.of("legal")),
                new InboxQueries.Filter(null, "approve-report", "KR-PIPA", false), 2, 50);
    }

    @Test
    void countsAreAFragmentForPolling() throws Exception {
        when(queries.recentCounts(any(), any())).thenReturn(new InboxQueries.Counts(7, 2, 3, 1));

        mvc.perform(get("/inbox/counts").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"inbox-counts\""),
                        containsString("<strong>7</strong>"), not(containsString("<html")))));
        verify(queries).recentCounts(eq(new Visibility("dpo", true, List.of("dpo"))), eq(NOW));
    }

    @Test
    void claimingWithHtmxAnswersWithTheList() throws Exception {
        when(queries.page(any(), any(), anyInt(), anyInt())).thenReturn(List.of(task(1, null, "officer", null)));

        mvc.perform(post("/inbox/tasks/1/claim").header("HX-Request", "true").with(csrf())
                        .with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("id=\"inbox-list\""), containsString("Give back"))));
        verify(tasks).claim(eq(1L), eq(new Actor("officer", java.util.Set.of("COMPLIANCE_OFFICER"))));
    }

    @Test
    void claimingWithoutJavaScriptRedirectsToTheInbox() throws Exception {
        mvc.perform(post("/inbox/tasks/1/claim").with(csrf()).with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(redirectedUrl("/inbox"));
    }

    @Test
    void aRefusedClaimSaysWhy() throws Exception {
        when(tasks.claim(eq(1L), any())).thenThrow(new TaskRefusedException(TaskRefusedException.Reason.CONFLICT,
                "Expected an open task not claimed by someone else, but task 1 is claimed"));
        when(queries.page(any(), any(), anyInt(), anyInt())).thenReturn(List.of());

        mvc.perform(post("/inbox/tasks/1/claim").header("HX-Request", "true").with(csrf())
                        .with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(content().string(containsString("someone else has claimed it")));
    }

    @Test
    void claimingNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/inbox/tasks/1/claim").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/inbox")).andExpect(status().isFound())
                .andExpect(redirectedUrl("http://localhost/login"));
    }
}
