package io.breachflow.tasklist;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.tasklist.DocumentUnderApproval.FieldChange;
import io.breachflow.tasklist.DocumentUnderApproval.Rendering;
import io.breachflow.web.WebSecurityTestConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = {TaskFormController.class, ApprovalDocumentController.class})
@Import({WebSecurityTestConfiguration.class, ApprovalPageControllerTests.Documents.class})
class ApprovalPageControllerTests {

    static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    static final String PDF = "%PDF-1.7 letter";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    HumanTasks tasks;

    @MockitoBean
    TaskFormSubmissions submissions;

    @MockitoBean
    InboxQueries queries;

    /** A Korean notice, version 2, drafted by {@code lee}; version 1 was approved with another account of events. */
    @TestConfiguration
    static class Documents {

        @Bean
        ApprovalDocuments approvalDocuments() {
            return new ApprovalDocuments() {
                @Override
                public Optional<DocumentUnderApproval> forTask(HumanTask task) {
                    if (task.formKey().equals("approve-report")) {
                        return Optional.of(new DocumentUnderApproval(DocumentUnderApproval.Kind.REPORT, 12, 1, HASH,
                                "kim", Instant.parse("2025-11-19T01:00:00Z"),
                                List.of(new Rendering("ko", null, "<h1>개인정보 유출 신고서</h1>", null)), null,
                                List.of(new FieldChange("whatHappened", "전 직원의 접근", "전 직원의 접근"))));
                    }
                    return Optional.of(new DocumentUnderApproval(DocumentUnderApproval.Kind.LETTER, 41, 2, HASH,
                            "lee", Instant.parse("2025-11-19T01:00:00Z"), List.of(
                            new Rendering("ko", "Example Commerce Co. 개인정보 유출 통지",
                                    "<p>고객님께</p><script>alert('x')</script>", "고객님께 알려드립니다"),
                            new Rendering("en", "Example Commerce Co.: notice of a personal information breach",
                                    "<p>Dear customer</p>", "Dear customer, we write to tell you")),
                            1, List.of(new FieldChange("organisation", "Example Commerce Co.", "Example Commerce Co."),
                            new FieldChange("whatHappened", "A laptop was lost", "A former employee accessed data"))));
                }

                @Override
                public Optional<String> pendingHash(HumanTask task) {
                    return Optional.of(HASH);
                }

                @Override
                public Optional<byte[]> pdf(HumanTask task, String language) {
                    return "ko".equals(language) ? Optional.of(PDF.getBytes(StandardCharsets.US_ASCII))
                            : Optional.empty();
                }
            };
        }
    }

    private void approvalTaskIsOpen() {
        when(tasks.get(7)).thenReturn(new HumanTask(7, "Task_ApproveNotice", "Approve notice", "approve-notice",
                "8d3c1f0e-0000-4000-8000-000000000001", "kr-pipa-notice", List.of("legal"), null,
                "2025-11-21T22:00:00+09:00", HumanTask.State.OPEN, null, null));
    }

    @Test
    void legalSeesTheExactLetterInEachLanguageWithItsHashAndTheChangesSinceTheApprovedVersion() throws Exception {
        approvalTaskIsOpen();

        mvc.perform(get("/tasks/7").with(user("legal").roles("LEGAL")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Example Commerce Co. 개인정보 유출 통지"),
                        containsString("Example Commerce Co.: notice of a personal information breach"),
                        containsString("sandbox=\"\""),
                        containsString("srcdoc=\"&lt;p&gt;고객님께&lt;/p&gt;&lt;script&gt;"),
                        not(containsString("<script>alert")),
                        containsString("Dear customer, we write to tell you"),
                        containsString("href=\"/tasks/7/document.pdf?lang=ko\""),
                        containsString("<code class=\"hash\" id=\"content-hash\">" + HASH + "</code>"),
                        containsString("<input type=\"hidden\" name=\"contentHash\" value=\"" + HASH + "\">"),
                        containsString("Compared with approved version 1"),
                        containsString("<tr class=\"changed\">"),
                        containsString("A laptop was lost"),
                        containsString("name=\"approved\""))));
    }

    @Test
    void anApprovalOfTextRedraftedMeanwhileIsRefusedNextToTheFormAndNothingIsCompleted() throws Exception {
        approvalTaskIsOpen();

        mvc.perform(post("/tasks/7").param("approved", "true").param("contentHash", "0".repeat(64)).with(csrf())
                        .with(user("legal").roles("LEGAL")))
                .andExpect(status().isConflict())
                .andExpect(content().string(allOf(containsString("id=\"approval-refusal\""),
                        containsString("The text was redrafted after this page was shown: nothing was approved."),
                        containsString("value=\"" + HASH + "\""))));
        verify(submissions, never()).submit(anyLong(), any(), any(), any(), any());
    }

    @Test
    void anApprovalBoundToThePendingHashCompletesTheTask() throws Exception {
        approvalTaskIsOpen();

        mvc.perform(post("/tasks/7").param("approved", "true").param("contentHash", HASH).with(csrf())
                        .with(user("legal").roles("LEGAL")))
                .andExpect(redirectedUrl("/inbox"));
        verify(submissions).submit(eq(7L), any(), eq(Map.of("approved", true, "contentHash", HASH)), eq(null),
                eq("fileId"));
    }

    @Test
    void thePrintVersionIsServedAsPdfToTheRolesThatReadIt() throws Exception {
        approvalTaskIsOpen();

        for (String role : List.of("LEGAL", "AUDITOR", "DPO")) {
            mvc.perform(get("/tasks/7/document.pdf").param("lang", "ko").with(user("someone").roles(role)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Type", "application/pdf"))
                    .andExpect(content().bytes(PDF.getBytes(StandardCharsets.US_ASCII)));
        }
        mvc.perform(get("/tasks/7/document.pdf").param("lang", "ja").with(user("legal").roles("LEGAL")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tasks/7/document.pdf").param("lang", "ko").with(user("admin").roles("ADMIN")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anAuditorReadsTheDocumentButGetsNoFormAndCannotApprove() throws Exception {
        approvalTaskIsOpen();

        mvc.perform(get("/tasks/7").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Example Commerce Co. 개인정보 유출 통지"),
                        containsString("Your role may read this document but not decide on it."),
                        not(containsString("name=\"approved\"")))));
        mvc.perform(post("/tasks/7").param("approved", "true").param("contentHash", HASH).with(csrf())
                        .with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isForbidden());
        verify(submissions, never()).submit(anyLong(), any(), any(), any(), any());
    }

    @Test
    void theDrafterIsWarnedAndTheirApprovalIsRefusedNextToTheForm() throws Exception {
        approvalTaskIsOpen();
        doThrow(new TaskRefusedException(TaskRefusedException.Reason.FORBIDDEN,
                "Expected an approver other than the drafter (four-eyes), but the user drafted it"))
                .when(submissions).submit(anyLong(), any(), any(), any(), any());

        mvc.perform(get("/tasks/7").with(user("lee").roles("LEGAL")))
                .andExpect(content().string(containsString(
                        "You drafted this version, so someone else must approve it (four-eyes principle).")));
        mvc.perform(post("/tasks/7").param("approved", "true").param("contentHash", HASH).with(csrf())
                        .with(user("lee").roles("LEGAL")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(allOf(containsString("id=\"approval-refusal\""),
                        containsString("You drafted this text, so someone else must approve it"))));
    }

    @Test
    void theKoreanPageNamesTheLanguagesAndTheHashInKorean() throws Exception {
        approvalTaskIsOpen();

        mvc.perform(get("/tasks/7").param("lang", "ko").with(user("legal").roles("LEGAL")))
                .andExpect(content().string(allOf(containsString("콘텐츠 해시 (SHA-256)"),
                        containsString("<h3>한국어</h3>"), containsString("승인된 버전 1과 비교했습니다."))));
    }

    @Test
    void aReportUnderApprovalShowsItsHtmlAndPdfAsAFirstVersion() throws Exception {
        when(tasks.get(8)).thenReturn(new HumanTask(8, "Task_ApproveReport", "Approve report", "approve-report",
                "8d3c1f0e-0000-4000-8000-000000000001", "kr-pipa-report", List.of("legal"), null, null,
                HumanTask.State.OPEN, null, null));

        mvc.perform(get("/tasks/8").with(user("legal").roles("LEGAL")))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Report version 1 to approve"),
                        containsString("srcdoc=\"&lt;h1&gt;개인정보 유출 신고서&lt;/h1&gt;\""),
                        containsString("href=\"/tasks/8/document.pdf?lang=ko\""),
                        containsString("First version: nothing approved before to compare with."),
                        not(containsString("<tr class=\"changed\">")), not(containsString("Plain-text version")))));
    }
}
