package io.breachflow.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser stand-in over real HTTP: keeps cookies, reads the CSRF token from the login form and
 * posts it like a person would. Redirects are not followed automatically so tests can see them.
 */
public final class FormLoginClient {

    private static final Pattern CSRF_INPUT = Pattern.compile(
            "<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,*/*;q=0.8";

    private final HttpClient http;
    private final URI base;

    public FormLoginClient(int port) {
        this.base = URI.create("http://localhost:" + port);
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Opens the login page, posts the form with its CSRF token and returns the answer (a redirect). */
    public HttpResponse<String> logIn(String username, String password) {
        String csrf = csrfToken(get("/login").body());
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
        return send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Follows a redirect answer with a GET, as a browser would. */
    public HttpResponse<String> follow(HttpResponse<String> redirect) {
        String location = redirect.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("Expected a redirect, but got " + redirect.statusCode()));
        return send(HttpRequest.newBuilder(base.resolve(location)).header("Accept", BROWSER_ACCEPT).GET());
    }

    /** A GET as a browser sends it (asking for HTML). */
    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", BROWSER_ACCEPT).GET());
    }

    public HttpResponse<String> getWithBasic(String path, String username, String password) {
        String credentials = Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Basic " + credentials).GET());
    }

    static String csrfToken(String html) {
        Matcher matcher = CSRF_INPUT.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("Expected a _csrf hidden input in the login form, but found none");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw new IllegalStateException("Expected an HTTP answer, but the request failed", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an HTTP answer", interrupted);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
