package io.breachflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.BreachflowIntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** {@code GET /api/tasks/{id}} shows a task to exactly those the inbox shows it to; drafts are for its actors. */
@BreachflowIntegrationTest
class TaskVisibilityIntegrationTests {

    private static final AtomicLong JOB_KEYS = new AtomicLong(9_100_000_000L);

    @Autowired
    WebApplicationContext context;

    @Autowired
    HumanTasks tasks;

    @Autowired
    TaskFormSubmissions submissions;

    MockMvc mvc;
    long legalTask;

    @BeforeEach
    void openALegalTask() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        String incident = UUID.randomUUID().toString();
        tasks.open(new NewHumanTask(JOB_KEYS.incrementAndGet(), "Task_ApproveReferral", "Approve referral", "approve-referral",
                incident, "KR-PIPC", List.of("legal"), null, null));
        legalTask = tasks.openForIncident(incident).get(0).id();
    }

    @Test
    void anOfficerCannotReadALegalTasksDraftsAndHistoryThroughTheApi() throws Exception {
        mvc.perform(get("/api/tasks/" + legalTask).with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void theTasksGroupTheDpoAndAuditorsReadItAsTheInboxShowsIt() throws Exception {
        for (String role : List.of("LEGAL", "DPO", "AUDITOR", "ADMIN")) {
            mvc.perform(get("/api/tasks/" + legalTask).with(user(role.toLowerCase()).roles(role)))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void auditorsAndAdminsCannotSaveADraftOfATaskTheyMayNotComplete() throws Exception {
        for (String role : List.of("AUDITOR", "ADMIN", "DPO")) {
            mvc.perform(post("/tasks/" + legalTask).param("action", "draft").param("comment", "mine")
                    .with(csrf()).with(user(role.toLowerCase()).roles(role)))
                    .andExpect(status().isForbidden());
            assertThat(submissions.draft(legalTask, new Actor(role.toLowerCase(), Set.of(role)))).isEmpty();
        }
    }

    @Test
    void theTasksOwnGroupSavesADraft() throws Exception {
        mvc.perform(post("/tasks/" + legalTask).param("action", "draft").param("comment", "half")
                .with(csrf()).with(user("legal").roles("LEGAL")))
                .andExpect(status().is3xxRedirection());
        assertThat(submissions.draft(legalTask, new Actor("legal", Set.of("LEGAL")))).containsKey("comment");
    }
}
