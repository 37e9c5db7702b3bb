package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.web.WebSecurityTestConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = NoticesController.class)
@Import(WebSecurityTestConfiguration.class)
class NoticesControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NoticeDispatch dispatch;

    @Test
    void theRunsTableRefreshesItselfWithAProgressBarPerRun() throws Exception {
        when(dispatch.recentRuns(50)).thenReturn(List.of(new NoticeRun(4, 1,
                new ApprovedLetter("kr-pipa/individual_notice", "v1", "abc"), new NoticeWave(50, 2),
                RunStatus.RUNNING, "8d3c1f0e-0000-4000-8000-000000000001")));
        when(dispatch.progress(4)).thenReturn(new RunProgress(4, RunStatus.RUNNING, 1000, 600, 10, 15, 25, 350,
                48.5, Optional.of(Duration.ofSeconds(430))));

        String fragment = mvc.perform(get("/notices/progress").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(fragment).contains("id=\"notice-runs\"").contains("hx-trigger=\"every 5s\"")
                .contains("role=\"progressbar\"").contains("aria-valuenow=\"65\"")
                .contains("class=\"progress-sent\" style=\"width:60.0%\"")
                .contains("class=\"progress-failed\" style=\"width:2.5%\"").doesNotContain("<html");
    }

    @Test
    void aResumeRefusedBecauseThePostalLettersCannotBePrintedSaysWhichCharactersAndLanguage() throws Exception {
        doThrow(new UnprintableLetterException("KR-PIPA/individual-notice@v3", "ko", List.of(0x1C5A)))
                .when(dispatch).resume(4, "dpo");

        var flash = mvc.perform(post("/notices/runs/4/resume").with(user("dpo").roles("DPO")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("refused", "notices.runs.refused.unprintable"))
                .andReturn().getFlashMap();
        String page = mvc.perform(get("/notices").with(user("dpo").roles("DPO")).flashAttrs(flash))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Run 4 cannot resume: its postal letters in language &quot;ko&quot; have characters "
                + "no print font has (U+1C5A &#39;ᱚ&#39; (Ol Chiki)).");
    }

    @Test
    void aResumeOfALetterThatIsNotAnApprovedVersionIsRefusedInWordsAndActsAsTheSignedInUser() throws Exception {
        doThrow(new LetterNotApprovedException(LetterNotApprovedException.Reason.NO_VERSION, "Expected …, but …"))
                .when(dispatch).resume(7, "officer");

        var flash = mvc.perform(post("/notices/runs/7/resume").with(user("officer").roles("COMPLIANCE_OFFICER"))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("refused", "notices.runs.refused.notApproved"))
                .andReturn().getFlashMap();
        String page = mvc.perform(get("/notices").with(user("officer").roles("COMPLIANCE_OFFICER")).flashAttrs(flash))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String korean = mvc.perform(get("/notices").param("lang", "ko")
                        .with(user("officer").roles("COMPLIANCE_OFFICER")).flashAttrs(flash))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Run 7 was not resumed: its letter is not a version legal approved");
        assertThat(korean).contains("7번 발송을 다시 시작하지 않았습니다.");
    }

    @Test
    void pauseAndCancelActAsTheSignedInUser() throws Exception {
        mvc.perform(post("/notices/runs/5/pause").with(user("dpo").roles("DPO")).with(csrf()))
                .andExpect(flash().attribute("done", "notices.runs.done.pause"));
        mvc.perform(post("/notices/runs/5/cancel").with(user("officer").roles("COMPLIANCE_OFFICER")).with(csrf()))
                .andExpect(flash().attribute("done", "notices.runs.done.cancel"));

        org.mockito.Mockito.verify(dispatch).pause(5, "dpo");
        org.mockito.Mockito.verify(dispatch).cancel(5, "officer");
    }

    @Test
    void theProgressFragmentIsForSignedInRolesOnly() throws Exception {
        mvc.perform(get("/notices/progress")).andExpect(status().isFound());
    }
}
