package io.breachflow.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = LoginController.class)
@Import({SecurityConfiguration.class, UserAccountsConfiguration.class, ProblemJsonSecurityResponses.class})
class LoginControllerTests {

    @Autowired
    MockMvc mvc;

    @Test
    void loginPageShowsTheFormWithACsrfToken() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Log in</h1>")))
                .andExpect(content().string(containsString("name=\"username\"")))
                .andExpect(content().string(containsString("name=\"password\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
    }

    @Test
    void loginWithoutCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/login").param("username", "officer").param("password", "demo"))
                .andExpect(status().isForbidden());
    }

    @Test
    void logoutWithoutCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/logout").with(user("officer").roles("COMPLIANCE_OFFICER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void demoOfficerLogsInAndLandsInTheInbox() throws Exception {
        mvc.perform(formLogin("/login").user("officer").password("demo"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/inbox"));
    }

    @Test
    void wrongPasswordSendsBackToTheLoginPage() throws Exception {
        mvc.perform(formLogin("/login").user("officer").password("wrong"))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void logoutWithCsrfTokenEndsTheSession() throws Exception {
        mvc.perform(post("/logout").with(user("officer").roles("COMPLIANCE_OFFICER")).with(csrf()))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void langParameterSwitchesToKoreanAndTheSessionRemembersIt() throws Exception {
        MockHttpSession session = new MockHttpSession();

        mvc.perform(get("/login").param("lang", "ko").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>로그인</h1>")))
                .andExpect(content().string(containsString("lang=\"ko\"")));
        mvc.perform(get("/login").session(session))
                .andExpect(content().string(containsString("<h1>로그인</h1>")));
        mvc.perform(get("/login").param("lang", "en").session(session))
                .andExpect(content().string(containsString("<h1>Log in</h1>")));
    }

    @Test
    void englishIsTheDefaultWhateverTheBrowserAsksFor() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "ko-KR"))
                .andExpect(content().string(containsString("<h1>Log in</h1>")));
    }

    @Test
    void rootSendsSignedInPeopleToTheInbox() throws Exception {
        mvc.perform(get("/").with(user("dpo").roles("DPO")))
                .andExpect(redirectedUrl("/inbox"));
    }
}
