package io.breachflow.notices;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.breachflow.BreachflowIntegrationTest;
import java.io.StringReader;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The notice runs page: progress for everyone who may see notices, pause/resume/cancel for officers and the DPO. */
@BreachflowIntegrationTest
class NoticesPageIntegrationTests {

    @Autowired
    WebApplicationContext context;

    @Autowired
    NoticeDispatch notices;

    @Autowired
    NoticeDrafting drafting;

    private MockMvc web;

    @BeforeEach
    void setUp() {
        web = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void showsEachRunsProgressAndLetsAnOfficerPauseAndResumeIt() throws Exception {
        StringBuilder csv = new StringBuilder("person_id,name,email,phone,jurisdiction,language\n");
        for (int i = 0; i < 200; i++) {
            csv.append("page").append(i).append(",P,page").append(i).append("@example.com,,KR,ko\n");
        }
        long cohort = notices.importCohort("page", new StringReader(csv.toString())).cohortId();
        NoticeRun run = notices.startRun(cohort, ApprovedLetters.korean(drafting, "INC-PAGE"), new NoticeWave(20, 1),
                "INC-PAGE", "officer");

        web.perform(get("/notices").with(user("auditor").roles("AUDITOR")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("INC-PAGE")))
                .andExpect(content().string(containsString("of 200")))
                .andExpect(content().string(not(containsString("/notices/runs/" + run.id() + "/pause"))));
        web.perform(post("/notices/runs/" + run.id() + "/pause").with(user("legal").roles("LEGAL")).with(csrf()))
                .andExpect(status().isForbidden());

        web.perform(post("/notices/runs/" + run.id() + "/pause").with(user("officer").roles("COMPLIANCE_OFFICER"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/notices"))
                .andExpect(flash().attribute("done", "notices.runs.done.pause"));
        await().atMost(Duration.ofSeconds(10)).until(() -> notices.progress(run.id()).status() == RunStatus.PAUSED);
        web.perform(get("/notices").with(user("dpo").roles("DPO")))
                .andExpect(content().string(containsString("Paused")))
                .andExpect(content().string(containsString("/notices/runs/" + run.id() + "/resume")));

        web.perform(post("/notices/runs/" + run.id() + "/cancel").with(user("dpo").roles("DPO")).with(csrf()))
                .andExpect(flash().attribute("done", "notices.runs.done.cancel"));
        web.perform(post("/notices/runs/" + run.id() + "/pause").with(user("dpo").roles("DPO")).with(csrf()))
                .andExpect(flash().attribute("refused", "notices.runs.refused"));
    }
}
