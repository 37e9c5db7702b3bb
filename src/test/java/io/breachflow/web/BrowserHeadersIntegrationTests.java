package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page tells the browser to run only Breachflow's own scripts, never to be framed and to keep URLs
 * to itself; the session cookie stays home on cross-site requests; and HTTP Basic credentials a browser
 * remembered cannot be used by another site's form.
 */
@BreachflowIntegrationTest
class BrowserHeadersIntegrationTests {

    /** Every page without a path variable, opened by an administrator (who may open all of them). */
    private static final List<String> PAGES = List.of("/inbox", "/inbox/list", "/incidents", "/incidents/new",
            "/obligations", "/deadlines", "/notices", "/register", "/mailbox", "/outbox");

    @LocalServerPort
    int port;

    @Test
    void everyPageAndTheApiSendTheContentSecurityPolicyAndTheOtherBrowserHeaders() {
        FormLoginClient admin = new FormLoginClient(port);
        SoftAssertions softly = new SoftAssertions();
        check(softly, "/login", admin.get("/login"));
        admin.logIn("admin", "demo");
        for (String page : PAGES) {
            HttpResponse<String> answer = admin.get(page);
            softly.assertThat(answer.statusCode()).as(page + " status").isEqualTo(200);
            check(softly, page, answer);
        }
        check(softly, "a page no role may open", admin.get("/no-such-page"));
        check(softly, "/api/tasks", new FormLoginClient(port).getWithBasic("/api/tasks", "officer", "demo"));
        softly.assertAll();
    }

    @Test
    void thePolicyAllowsNoInlineScriptNoEvalAndNoFraming() {
        assertThat(BrowserHeaders.CONTENT_SECURITY_POLICY)
                .contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-eval")
                .doesNotContainPattern("script-src[^;]*unsafe-inline");
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        HttpResponse<String> login = new FormLoginClient(port).get("/login");

        assertThat(login.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=").contains("SameSite=Lax")
                        .contains("HttpOnly"));
    }

    @Test
    void aBasicAuthenticatedPostFromAnotherSitesPageIsRefused() throws Exception {
        HttpResponse<String> crossSite = post("/api/notice-runs", "https://attacker.example", null);
        HttpResponse<String> fetchMetadata = post("/api/notice-runs", null, "cross-site");

        for (HttpResponse<String> refused : List.of(crossSite, fetchMetadata)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(refused.body()).contains("not accepted on requests sent from another site");
        }
    }

    @Test
    void aBasicAuthenticatedPostFromThisSiteOrWithoutOriginReachesTheApi() throws Exception {
        HttpResponse<String> sameOrigin = post("/api/notice-runs", "http://localhost:" + port, "same-origin");
        HttpResponse<String> apiClient = post("/api/notice-runs", null, null);

        // past security: the empty body is the API's business (a 4xx of its own), not a 401 or 403
        for (HttpResponse<String> passed : List.of(sameOrigin, apiClient)) {
            assertThat(passed.statusCode()).isNotIn(401, 403);
        }
    }

    private HttpResponse<String> post(String path, String origin, String fetchSite) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("officer:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void check(SoftAssertions softly, String page, HttpResponse<String> answer) {
        HttpHeaders headers = answer.headers();
        softly.assertThat(headers.firstValue("Content-Security-Policy")).as(page + " CSP")
                .hasValue(BrowserHeaders.CONTENT_SECURITY_POLICY);
        softly.assertThat(headers.firstValue("Referrer-Policy")).as(page + " Referrer-Policy")
                .hasValue("strict-origin-when-cross-origin");
        softly.assertThat(headers.firstValue("Permissions-Policy")).as(page + " Permissions-Policy")
                .hasValue(BrowserHeaders.PERMISSIONS_POLICY);
        softly.assertThat(headers.firstValue("X-Frame-Options")).as(page + " X-Frame-Options").hasValue("DENY");
    }
}
