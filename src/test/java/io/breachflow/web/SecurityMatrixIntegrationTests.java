package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Logs in through the real form as every demo role and checks the role → page matrix end to end. */
@BreachflowIntegrationTest
class SecurityMatrixIntegrationTests {

    private static final List<String> PAGES =
            List.of("/inbox", "/incidents", "/obligations", "/deadlines", "/notices", "/register", "/mailbox", "/audit");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    /** Every "METHOD /pattern" Spring MVC really serves (the actuator has its own mapping and rules). */
    private Set<String> realEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().forEach(pattern -> {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty()) {
                List.of("GET", "POST", "PUT", "PATCH", "DELETE").forEach(m -> endpoints.add(m + " " + pattern));
            } else {
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }));
        return endpoints;
    }

    @Test
    void everyEndpointIsDeclaredInTheRoleTableAndNothingElseIs() {
        assertThat(realEndpoints()).as("endpoints vs EndpointRoles.TABLE")
                .containsExactlyInAnyOrderElementsOf(EndpointRoles.TABLE.keySet());
    }

    @Test
    void eachRoleReachesExactlyTheEndpointsTheTableGrantsIt() {
        List<String> wrong = new ArrayList<>();
        EndpointRoles.TABLE.forEach((endpoint, roles) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = EndpointRoles.samplePath(endpoint.substring(endpoint.indexOf(' ') + 1));
            boolean open = roles == EndpointRoles.PUBLIC;
            Authentication anonymous = new AnonymousAuthenticationToken("key", "anonymous",
                    AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
            if (privileges.isAllowed("", path, method, anonymous) != open) {
                wrong.add(endpoint + " for anonymous: expected " + (open ? "allowed" : "refused"));
            }
            for (Role role : Role.values()) {
                boolean expected = open || roles.contains(role);
                Authentication user = UsernamePasswordAuthenticationToken.authenticated(role.name().toLowerCase(), "",
                        AuthorityUtils.createAuthorityList("ROLE_" + role.name()));
                if (privileges.isAllowed("", path, method, user) != expected) {
                    wrong.add(endpoint + " for " + role + ": expected " + (expected ? "allowed" : "refused"));
                }
            }
        });
        assertThat(wrong).as("unexpected allows or refusals").isEmpty();
    }

    static Stream<Arguments> rolesAndTheirPages() {
        List<String> everything = PAGES;
        return Stream.of(
                Arguments.of("officer", Set.of("/inbox", "/incidents", "/obligations", "/deadlines", "/notices",
                        "/register", "/mailbox")),
                Arguments.of("legal", Set.of("/inbox", "/incidents", "/obligations", "/deadlines", "/notices")),
                Arguments.of("dpo", Set.of("/inbox", "/incidents", "/obligations", "/deadlines", "/notices", "/register",
                        "/audit")),
                Arguments.of("auditor", Set.of("/inbox", "/incidents", "/obligations", "/deadlines", "/notices", "/register",
                        "/audit")),
                Arguments.of("admin", Set.copyOf(everything)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rolesAndTheirPages")
    void eachRoleOpensExactlyThePagesTheMatrixGrantsIt(String username, Set<String> allowed) {
        FormLoginClient browser = new FormLoginClient(port);

        HttpResponse<String> login = browser.logIn(username, "demo");
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/inbox"));
        HttpResponse<String> inbox = browser.follow(login);
        assertThat(inbox.statusCode()).isEqualTo(200);
        assertThat(inbox.body()).contains("<h1>Inbox</h1>").contains(username);

        for (String page : PAGES) {
            int expected = allowed.contains(page) ? 200 : 403;
            assertThat(browser.get(page).statusCode()).as("%s opening %s", username, page).isEqualTo(expected);
        }
        int admin = browser.get("/admin").statusCode();
        assertThat(admin).as("%s opening /admin", username).isEqualTo(username.equals("admin") ? 404 : 403);
    }

    @Test
    void forbiddenPagesShowTheErrorPageWithoutInternals() {
        FormLoginClient browser = new FormLoginClient(port);
        browser.logIn("legal", "demo");

        HttpResponse<String> denied = browser.get("/register");

        assertThat(denied.statusCode()).isEqualTo(403);
        assertThat(denied.body()).contains("Access denied").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void unknownPagesShowTheNotFoundPageInsideTheLayout() {
        FormLoginClient browser = new FormLoginClient(port);
        browser.logIn("admin", "demo");

        HttpResponse<String> missing = browser.get("/admin/no-such-page");

        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found").contains("class=\"main-nav\"")
                .doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void wrongPasswordReturnsToTheLoginPageWithAnError() {
        FormLoginClient browser = new FormLoginClient(port);

        HttpResponse<String> login = browser.logIn("officer", "not-the-password");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?error"));
        assertThat(browser.follow(login).body()).contains("The user name or password is not correct.");
        assertThat(browser.get("/inbox").statusCode()).isEqualTo(302);
    }

    @Test
    void pagesRedirectAnonymousVisitorsToTheLoginForm() {
        HttpResponse<String> inbox = new FormLoginClient(port).get("/inbox");

        assertThat(inbox.statusCode()).isEqualTo(302);
        assertThat(inbox.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
    }

    @Test
    void apiWithoutCredentialsAnswers401ProblemJson() {
        HttpResponse<String> answer = new FormLoginClient(port).get("/api/tasks");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(answer.body()).contains("\"status\":401");
    }

    @Test
    void apiWithWrongBasicCredentialsAnswers401ProblemJson() {
        HttpResponse<String> answer = new FormLoginClient(port).getWithBasic("/api/tasks", "officer", "wrong");

        assertThat(answer.statusCode()).isEqualTo(401);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void healthIsReachableWithoutLogin() {
        HttpResponse<String> health = new FormLoginClient(port).get("/actuator/health");

        // The engine is not part of this branch, so the Camunda contributor may report DOWN (503).
        assertThat(health.statusCode()).isIn(200, 503);
        assertThat(health.body()).contains("\"status\"");
    }

    @Test
    void actuatorEnvIsForAdminsOnly() {
        FormLoginClient client = new FormLoginClient(port);

        HttpResponse<String> officer = client.getWithBasic("/actuator/env", "officer", "demo");
        HttpResponse<String> admin = client.getWithBasic("/actuator/env", "admin", "demo");

        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(officer.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains("activeProfiles").doesNotContain("\"demo\"");
    }
}
