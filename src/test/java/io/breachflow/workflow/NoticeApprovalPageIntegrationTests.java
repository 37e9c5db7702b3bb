package io.breachflow.workflow;

import static io.breachflow.workflow.BreachApi.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.notices.ApprovalStatus;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDrafting;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Legal approves the Korean customer notice on its task page through the real process: the page shows the
 * letter exactly as drafted in Korean and English with its content hash, an approval bound to another hash
 * is refused with nothing decided, and the approval bound to the shown hash approves that letter version.
 */
@BreachflowIntegrationTest
class NoticeApprovalPageIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final RequestPostProcessor LEGAL = user("legal").roles("LEGAL");

    @Autowired
    WebApplicationContext context;

    @Autowired
    NoticeDrafting letters;

    MockMvc mvc;
    BreachApi api;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        api = new BreachApi(mvc);
    }

    @Test
    void legalApprovesTheExactLetterShownAndAnApprovalBoundToAnotherHashIsRefused() throws Exception {
        String id = (String) api.report().get("id");
        Map<String, Object> draft = task(id, "Draft notice");
        assertThat(api.complete(draft.get("id"), BreachApi.NOTICE_FORM, as("officer")).getStatus()).isEqualTo(204);
        Object approval = task(id, "Approve notice").get("id");
        LetterVersion version = letters.forIncident(id).stream()
                .filter(v -> v.regime().equals("KR-PIPA") && v.status() == ApprovalStatus.PENDING_APPROVAL)
                .findFirst().orElseThrow();

        String page = mvc.perform(get("/tasks/" + approval).with(LEGAL)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Example Commerce Co. 개인정보 유출 통지",
                "Example Commerce Co.: notice of a personal information breach", version.contentHash(),
                "First version: nothing approved before to compare with.");
        MockHttpServletResponse pdf = mvc.perform(get("/tasks/" + approval + "/document.pdf").param("lang", "ko")
                .with(LEGAL)).andReturn().getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        MockHttpServletResponse stale = decide(approval, "0".repeat(64));
        assertThat(stale.getStatus()).isEqualTo(409);
        assertThat(stale.getContentAsString(StandardCharsets.UTF_8)).contains("nothing was approved");
        assertThat(api.complete(approval, "{\"approved\": true, \"contentHash\": \"" + "1".repeat(64) + "\"}",
                as("legal")).getStatus()).as("the API refuses a stale hash too").isEqualTo(409);
        assertThat(api.openTasks(id, "Approve notice", as("legal"))).as("nothing was completed").hasSize(1);

        assertThat(decide(approval, version.contentHash()).getRedirectedUrl()).isEqualTo("/inbox");
        await().atMost(PATIENCE).until(() -> letters.find(version.id()).orElseThrow().status()
                == ApprovalStatus.APPROVED);
        assertThat(letters.find(version.id()).orElseThrow().decidedBy()).isEqualTo("legal");
    }

    private MockHttpServletResponse decide(Object taskId, String contentHash) throws Exception {
        return mvc.perform(post("/tasks/" + taskId).param("approved", "true").param("comment", "Checked both languages")
                .param("contentHash", contentHash).with(csrf()).with(LEGAL)).andReturn().getResponse();
    }

    private Map<String, Object> task(String id, String name) {
        return await().atMost(PATIENCE).until(() -> api.openTasks(id, name, as("dpo")).stream()
                .filter(t -> String.valueOf(t.get("obligationKey")).startsWith("kr-pipa-notice"))
                .findFirst().orElse(null), t -> t != null);
    }
}
