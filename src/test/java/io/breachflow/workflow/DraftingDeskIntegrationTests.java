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
import io.breachflow.filings.AuthorityReports;
import io.breachflow.filings.ReportDraft;
import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.RenderedLetter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import org.springframework.web.util.HtmlUtils;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The officer's drafting desk through the real process: the PIPC report opens pre-filled from the incident in
 * Korean, a draft that lacks an item PIPA requires comes back on the same page naming it with everything typed
 * kept, and the Korean–English letter is drafted with one text per language, so the English letter carries no
 * Korean prose.
 */
@BreachflowIntegrationTest
class DraftingDeskIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final RequestPostProcessor OFFICER = user("officer").roles("COMPLIANCE_OFFICER");

    @Autowired
    WebApplicationContext context;

    @Autowired
    AuthorityReports reports;

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
    void thePipcReportOpensPrefilledFromTheCaseInKoreanWithLabelsHintsAndCitations() throws Exception {
        String id = (String) api.report().get("id");
        Object task = task(id, "Draft report", "kr-pipa-report").get("id");

        String page = page(get("/tasks/" + task));

        assertThat(page).contains("PIPC report — PIPA Art. 34", "What happened?", "Which personal data is involved?",
                "Required by law", "PIPA Art. 34(1) item 1");
        Map<String, String> fields = SheetForms.fields(page);
        assertThat(fields.get("dataCategories")).isEqualTo("이름, 이메일 주소, 전화번호, 주소 및 배송지, 주문 내역");
        assertThat(fields.get("whatHappened")).contains("Customer data accessed by former employee",
                "2025년 11월 18일 20:30 KST", "내부자의 무단 접근");
        assertThat(fields.get("affectedCount")).isEqualTo("5,001명 (KR 4,500; US-CA 501)");
        assertThat(fields.get("whatYouCanDo")).contains("당사를 사칭해", "주문 내역");
        assertThat(page).as("no field is labelled like a Java variable").doesNotContain(">whatHappened<", ">affectedCount<");
    }

    @Test
    void aDraftLackingARequiredItemComesBackOnTheSamePageNamingItAndKeepingWhatWasTyped() throws Exception {
        String id = (String) api.report().get("id");
        Object task = task(id, "Draft report", "kr-pipa-report").get("id");
        Map<String, String> form = SheetForms.fields(page(get("/tasks/" + task)));
        form.put("organisation", "예시커머스 주식회사");
        form.put("measuresTaken", "퇴사자 접근 키를 폐기했습니다.");
        form.put("contactPoint", "");

        MockHttpServletResponse refused = submit(task, form, "submit");

        assertThat(refused.getStatus()).isEqualTo(400);
        String page = refused.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("1 item the law requires is missing", "Whom can people contact? is missing",
                "PIPA Art. 34(1) item 5", "퇴사자 접근 키를 폐기했습니다.", "예시커머스 주식회사");
        assertThat(api.openTasks(id, "Draft report", as("officer"))).as("the task is still open")
                .anySatisfy(t -> assertThat(t.get("id")).isEqualTo(task));

        form.put("contactPoint", "개인정보 보호 상담센터 1588-0000");
        MockHttpServletResponse sent = submit(task, form, "submit");

        assertThat(sent.getStatus()).isEqualTo(302);
        assertThat(sent.getRedirectedUrl()).isEqualTo("/inbox");
        ReportDraft draft = await().atMost(PATIENCE).until(() -> reports.forIncident(id).stream()
                .filter(d -> d.obligationKey().equals("kr-pipa-report")).findFirst(), java.util.Optional::isPresent).get();
        assertThat(draft.fields()).containsEntry("contactPoint", "개인정보 보호 상담센터 1588-0000")
                .containsEntry("organisation", "예시커머스 주식회사");
    }

    @Test
    void theKoreanAndEnglishLetterIsDraftedOneTextPerLanguage() throws Exception {
        String id = (String) api.report().get("id");
        Object task = task(id, "Draft notice", "kr-pipa-notice").get("id");
        Map<String, String> form = SheetForms.fields(page(get("/tasks/" + task)));
        assertThat(form).containsKeys("whatHappened_ko", "whatHappened_en");
        assertThat(form.get("dataCategories_en")).isEqualTo("names, email addresses, phone numbers, "
                + "postal and delivery addresses, order history");
        assertThat(form.get("whatHappened_en")).doesNotContainPattern("\\p{IsHangul}");
        form.put("organisation_ko", "예시커머스 주식회사");
        form.put("organisation_en", "Example Commerce Co.");
        form.put("measuresTaken_ko", "퇴사자 접근 키를 폐기했습니다.");
        form.put("measuresTaken_en", "We revoked the former employee's access key.");
        form.put("contactPoint_ko", "상담센터 1588-0000");
        form.put("contactPoint_en", "Help desk +82 1588-0000");
        form.put("legalRights_ko", "손해배상을 청구하거나 분쟁조정을 신청할 수 있습니다.");
        form.put("legalRights_en", "You may claim damages or apply for dispute mediation.");

        String preview = page(withForm(post("/tasks/" + task + "/preview").param("previewLanguage", "en"), form));
        assertThat(HtmlUtils.htmlUnescape(preview)).contains("We revoked the former employee")
                .doesNotContain("퇴사자 접근 키");

        assertThat(submit(task, form, "submit").getStatus()).isEqualTo(302);
        LetterVersion version = await().atMost(PATIENCE).until(() -> letters.forIncident(id).stream()
                .filter(v -> v.regime().equals("KR-PIPA")).findFirst(), java.util.Optional::isPresent).get();
        RenderedLetter english = letters.previewMail(version.id(), "en");
        RenderedLetter korean = letters.previewMail(version.id(), "ko");
        assertThat(english.text()).contains("We revoked the former employee's access key.")
                .doesNotContainPattern("\\p{IsHangul}");
        assertThat(korean.text()).contains("퇴사자 접근 키를 폐기했습니다.").doesNotContain("We revoked");
    }

    @Test
    void aDraftTheProcessSentBackReopensWithItsTextAndTheMissingItemsNamed() throws Exception {
        String id = (String) api.report().get("id");
        Object first = task(id, "Draft report", "kr-pipa-report").get("id");
        assertThat(api.complete(first, "{\"whatHappened\": \"퇴사자가 고객 정보를 열람했습니다.\"}", as("officer"))
                .getStatus()).isEqualTo(204);

        Object again = await().atMost(PATIENCE).until(() -> api.openTasks(id, "Draft report", as("officer")).stream()
                .filter(t -> "kr-pipa-report".equals(t.get("obligationKey")) && !first.toString().equals(t.get("id")))
                .map(t -> t.get("id")).findFirst(), java.util.Optional::isPresent).get();
        String page = page(get("/tasks/" + again));

        assertThat(page).contains("This draft came back because it lacked these items",
                "Which personal data is involved? is missing", "PIPA Art. 34(1) item 1");
        assertThat(SheetForms.fields(page)).containsEntry("whatHappened", "퇴사자가 고객 정보를 열람했습니다.");
    }

    @Test
    void textThatNoPrintFontHasIsRefusedOnThePageBeforeItReachesThePdf() throws Exception {
        String id = (String) api.report().get("id");
        Object task = task(id, "Draft report", "kr-pipa-report").get("id");
        Map<String, String> form = SheetForms.fields(page(get("/tasks/" + task)));
        form.put("measuresTaken", "접근 키를 폐기했습니다 ᱚᱛ");

        MockHttpServletResponse refused = submit(task, form, "submit");

        assertThat(refused.getStatus()).isEqualTo(400);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("contains characters no print font has", "U+1C5A");
    }

    @Test
    void aSavedDraftReopensAsSaved() throws Exception {
        String id = (String) api.report().get("id");
        Object task = task(id, "Draft report", "kr-pipa-report").get("id");
        Map<String, String> form = SheetForms.fields(page(get("/tasks/" + task)));
        form.put("measuresTaken", "접근 키 폐기 (작성 중)");

        assertThat(submit(task, form, "draft").getStatus()).isEqualTo(302);

        assertThat(SheetForms.fields(page(get("/tasks/" + task)))).containsEntry("measuresTaken", "접근 키 폐기 (작성 중)");
    }

    private Map<String, Object> task(String incidentId, String name, String subject) {
        return api.awaitTask(incidentId, name, subject, as("officer"));
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(OFFICER)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse submit(Object task, Map<String, String> form, String action) throws Exception {
        return mvc.perform(withForm(post("/tasks/" + task), form).param("action", action).with(OFFICER))
                .andReturn().getResponse();
    }

    private static MockHttpServletRequestBuilder withForm(MockHttpServletRequestBuilder request, Map<String, String> form) {
        form.forEach(request::param);
        return request.with(csrf());
    }

}
