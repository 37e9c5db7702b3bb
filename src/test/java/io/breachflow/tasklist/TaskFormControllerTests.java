package io.breachflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.web.WebSecurityTestConfiguration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = TaskFormController.class)
@Import({WebSecurityTestConfiguration.class, io.breachflow.web.ReaderWordsForSlices.class})
class TaskFormControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HumanTasks tasks;

    @MockitoBean
    TaskFormSubmissions submissions;

    @MockitoBean
    InboxQueries queries;

    private static HumanTask task(long id, String formKey, String group, HumanTask.State state) {
        return new HumanTask(id, "Task_X", "Task " + formKey, formKey, "8d3c1f0e-0000-4000-8000-000000000001",
                "kr-pipa-report", List.of(group), null, "2025-11-20T23:59:59+09:00", state, null, null);
    }

    @Test
    void rendersAnyFormFromItsFieldListWithTheSavedDraft() throws Exception {
        when(tasks.get(5)).thenReturn(task(5, "triage", "compliance-officer", HumanTask.State.OPEN));
        when(submissions.draft(eq(5L), any())).thenReturn(Map.of("reasoning", "Logs show exfiltration"));

        mvc.perform(get("/tasks/5").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<label for=\"outcome\">Outcome</label>"),
                        containsString("<option value=\"FALSE_ALARM\">False alarm</option>"),
                        containsString("<label for=\"awareAt\">Aware at</label>"),
                        containsString(">Logs show exfiltration</textarea>"),
                        containsString("hx-get=\"/incidents/8d3c1f0e-0000-4000-8000-000000000001/risk\""),
                        containsString("name=\"_csrf\""))));
    }

    @Test
    void invalidFieldsComeBackNextToTheirFieldAndNothingIsSubmitted() throws Exception {
        when(tasks.get(5)).thenReturn(task(5, "approve-report", "legal", HumanTask.State.OPEN));
        doThrow(new InvalidFormException(List.of(new InvalidFormException.FieldError("comment",
                "must say why the report is rejected")))).when(submissions).submit(anyLong(), any(), any(), any(), any());

        mvc.perform(post("/tasks/5").param("approved", "false").param("comment", "").with(csrf())
                        .with(user("legal").roles("LEGAL")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"err-comment\""),
                        containsString("Say why you reject it."))));
    }

    @Test
    void theDrafterIsToldThatSomeoneElseMustApprove() throws Exception {
        when(tasks.get(5)).thenReturn(task(5, "approve-report", "legal", HumanTask.State.OPEN));
        doThrow(new TaskRefusedException(TaskRefusedException.Reason.FORBIDDEN,
                "Expected an approver other than the drafter (four-eyes), but the user drafted it"))
                .when(submissions).submit(anyLong(), any(), any(), any(), any());

        mvc.perform(post("/tasks/5").param("approved", "true").with(csrf()).with(user("legal").roles("LEGAL")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("someone else must approve it (four-eyes principle)")));
    }

    @Test
    void submittingCompletesTheTaskWithTypedValuesAndGoesBackToTheInbox() throws Exception {
        when(tasks.get(5)).thenReturn(task(5, "approve-report", "legal", HumanTask.State.OPEN));

        mvc.perform(post("/tasks/5").param("approved", "true").param("comment", " fine ").with(csrf())
                        .with(user("legal").roles("LEGAL")))
                .andExpect(redirectedUrl("/inbox"));
        verify(submissions).submit(eq(5L), eq(new Actor("legal", java.util.Set.of("LEGAL"))),
                eq(Map.of("approved", true, "comment", "fine")), eq(null), eq("fileId"));
    }

    @Test
    void theAwarenessTimeIsPickedWithItsZoneAndReachesTheProcessAsOneDateTime() throws Exception {
        when(tasks.get(5)).thenReturn(task(5, "triage", "compliance-officer", HumanTask.State.OPEN));

        mvc.perform(get("/tasks/5").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(content().string(allOf(containsString("type=\"datetime-local\""),
                        containsString("Asia/Seoul (UTC+09:00)"))));
        mvc.perform(post("/tasks/5").param("outcome", "BREACH").param("awareAt", "2025-11-18T22:00")
                        .param("awareAt__zone", "Asia/Seoul").param("reasoning", "Exfiltration confirmed").with(csrf())
                        .with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(redirectedUrl("/inbox"));

        verify(submissions).submit(eq(5L), any(), eq(Map.of("outcome", "BREACH", "awareAt", "2025-11-18T22:00+09:00",
                "reasoning", "Exfiltration confirmed")), eq(null), eq("fileId"));
    }

    @Test
    void theDpoReadsAnOfficersTaskWithoutButtonsThatWouldBeRefused() throws Exception {
        when(tasks.get(5)).thenReturn(task(5, "triage", "compliance-officer", HumanTask.State.OPEN));

        mvc.perform(get("/tasks/5").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("only the team it is assigned to can complete it"),
                        org.hamcrest.Matchers.not(containsString("name=\"action\"")))));
    }

    @Test
    void aPortalReceiptIsUploadedWithTheSubmission() throws Exception {
        when(tasks.get(6)).thenReturn(task(6, "submit-report", "compliance-officer", HumanTask.State.OPEN));
        MockMultipartFile receipt = new MockMultipartFile("file", "receipt.pdf", "application/pdf", new byte[] {1, 2});

        mvc.perform(multipart("/tasks/6").file(receipt).param("channel", "PORTAL").param("receiptNumber", "PIPC-1")
                        .with(csrf()).with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(redirectedUrl("/inbox"));
        ArgumentCaptor<TaskFormSubmissions.Upload> upload = ArgumentCaptor.forClass(TaskFormSubmissions.Upload.class);
        verify(submissions).submit(eq(6L), any(), eq(Map.of("channel", "PORTAL", "receiptNumber", "PIPC-1")),
                upload.capture(), eq("receiptFileId"));
        assertThat(upload.getValue().filename()).isEqualTo("receipt.pdf");
        assertThat(upload.getValue().content()).containsExactly(1, 2);
    }

    @Test
    void savingADraftKeepsTheValuesWithoutSubmitting() throws Exception {
        when(tasks.get(5)).thenReturn(task(5, "draft-report", "compliance-officer", HumanTask.State.OPEN));

        mvc.perform(post("/tasks/5").param("whatHappened", "half written").param("action", "draft").with(csrf())
                        .with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(redirectedUrl("/tasks/5"));
        verify(submissions).saveDraft(eq(5L), any(), org.mockito.ArgumentMatchers.argThat(
                (Map<String, String> draft) -> "half written".equals(draft.get("whatHappened"))));
        verify(submissions, never()).submit(anyLong(), any(), any(), any(), any());
    }

    @Test
    void aCompletedTaskShowsItsSubmittedFormReadOnly() throws Exception {
        when(tasks.get(5)).thenReturn(task(5, "draft-report", "compliance-officer", HumanTask.State.COMPLETED));
        when(queries.submittedForm(5)).thenReturn("{\"whatHappened\":\"Final text\"}");
        when(submissions.read("{\"whatHappened\":\"Final text\"}")).thenReturn(Map.of("whatHappened", "Final text"));

        mvc.perform(get("/tasks/5").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Final text"), not(containsString("<textarea")),
                        containsString("This task is completed"))));
    }

    @Test
    void aTaskOfAnotherGroupIsForbidden() throws Exception {
        when(tasks.get(5)).thenReturn(task(5, "approve-report", "legal", HumanTask.State.OPEN));

        mvc.perform(get("/tasks/5").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tasks/5").param("approved", "true").with(csrf())
                        .with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isForbidden());
        verify(submissions, never()).submit(anyLong(), any(), any(), any(), any());
    }

    @Test
    void anUnknownTaskIsNotFound() throws Exception {
        when(tasks.get(9)).thenThrow(new TaskRefusedException(TaskRefusedException.Reason.NOT_FOUND, "none"));

        mvc.perform(get("/tasks/9").with(user("dpo").roles("DPO"))).andExpect(status().isNotFound());
    }

    @Test
    void submittingNeedsTheCsrfToken() throws Exception {
        mvc.perform(post("/tasks/5").param("approved", "true").with(user("legal").roles("LEGAL")))
                .andExpect(status().isForbidden());
        verify(submissions, never()).submit(anyLong(), any(), any(), any(), any());
    }
}
