package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import io.breachflow.BreachflowIntegrationTest;
import io.breachflow.audit.AuditTrail;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Guessing passwords stops after a few tries, for the browser form and HTTP Basic alike, and demo accounts
 * cannot be used from another machine. Each test forgets the locks it caused, since the context (and so
 * the throttle) is shared with every other integration test.
 */
@BreachflowIntegrationTest
class LoginHardeningIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    LoginThrottle throttle;

    @Autowired
    AuditTrail audit;

    @Autowired
    WebApplicationContext context;

    @AfterEach
    void forgetLocks() {
        throttle.clear();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightOneIsRefusedAndTheLockIsAudited() {
        FormLoginClient browser = new FormLoginClient(port);
        long lockedBefore = audit.page(null, "LOGIN_LOCKED", 0, 1).total();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(browser.logIn("legal", "guess-" + attempt).headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }

        HttpResponse<String> rightPassword = browser.logIn("legal", "demo");

        assertThat(rightPassword.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?locked"));
        assertThat(browser.follow(rightPassword).body())
                .contains("Logging in is paused after too many failed attempts.")
                .contains("up to 15 minutes");
        assertThat(audit.page(null, "LOGIN_LOCKED", 0, 1).total()).isEqualTo(lockedBefore + 1);
        assertThat(audit.page(null, "LOGIN_LOCKED", 0, 1).entries().get(0).detail()).contains("ACCOUNT legal");
    }

    @Test
    void aLockedUserNameThatDoesNotExistLooksExactlyLikeALockedAccount() {
        FormLoginClient browser = new FormLoginClient(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            browser.logIn("nobody-here", "guess-" + attempt);
        }

        assertThat(browser.logIn("nobody-here", "demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?locked"));
    }

    @Test
    void basicCredentialsAreLockedTooAndAnswer429ProblemJsonWithRetryAfter() {
        FormLoginClient client = new FormLoginClient(port);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThat(client.getWithBasic("/api/tasks", "auditor", "guess-" + attempt).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> rightPassword = client.getWithBasic("/api/tasks", "auditor", "demo");

        assertThat(rightPassword.statusCode()).isEqualTo(429);
        assertThat(rightPassword.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(rightPassword.headers().firstValue("Retry-After")).isPresent();
        assertThat(rightPassword.body()).contains("Too many failed logins").doesNotContain("auditor");
    }

    @Test
    void twentyFailuresFromOneAddressLockThatAddressForEveryUserName() {
        FormLoginClient browser = new FormLoginClient(port);
        for (int attempt = 1; attempt <= 20; attempt++) {
            browser.logIn("someone-" + attempt, "guess");
        }

        assertThat(browser.logIn("dpo", "demo").headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?locked"));
    }

    @Test
    void demoAccountsLogInFromThisMachineButNotFromAnotherAddress() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(SecurityMockMvcConfigurers.springSecurity()).build();

        mvc.perform(login(from("127.0.0.1")))
                .andExpect(redirectedUrl("/inbox"));
        mvc.perform(login(from("203.0.113.9")))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(login(from("::1")))
                .andExpect(redirectedUrl("/inbox"));
    }

    private static MockHttpServletRequestBuilder login(RequestPostProcessor from) {
        return post("/login").param("username", "officer").param("password", "demo").with(csrf()).with(from);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
