package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.web.WebSecurityTestConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.Answers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = NoticesController.class)
@Import(WebSecurityTestConfiguration.class)
class NoticesControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NoticeDispatch dispatch;

    @MockitoBean(answers = Answers.RETURNS_DEEP_STUBS)
    JdbcClient jdbc;

    @Test
    void eachRunShowsSentFailedRemainingRateAndEtaAsAProgressBar() throws Exception {
        when(jdbc.sql(anyString()).param(anyInt()).query(Long.class).list()).thenReturn(List.of(4L));
        when(dispatch.run(4)).thenReturn(new NoticeRun(4, 1, new ApprovedLetter("kr-pipa/individual_notice", "v1",
                "abc"), new NoticeWave(50, 2), RunStatus.RUNNING));
        when(dispatch.progress(4)).thenReturn(new RunProgress(4, RunStatus.RUNNING, 1000, 600, 10, 15, 25, 350,
                48.5, Optional.of(Duration.ofSeconds(430))));

        String page = mvc.perform(get("/notices/progress").with(user("dpo").roles("DPO")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("hx-trigger=\"every 5s\"").contains("aria-valuenow=\"65\"")
                .contains("600 / 1000").contains("<dd class=\"failed\">25</dd>")
                .contains("<dd class=\"remaining\">350</dd>").contains("48.5 per second").contains("about 7 min");
    }

    @Test
    void withoutRunsThePageSaysSo() throws Exception {
        when(jdbc.sql(anyString()).param(anyInt()).query(Long.class).list()).thenReturn(List.of());

        String page = mvc.perform(get("/notices").with(user("legal").roles("LEGAL")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("No notice runs exist yet.");
    }
}
