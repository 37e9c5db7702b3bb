package io.breachflow.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses HTTP Basic requests that a browser sent on behalf of another site. A browser that once logged
 * in with Basic resends the credentials with any request to this host, so a form or script on another site
 * could act as that person; Basic requests skip the CSRF token, so the {@code Origin} (and
 * {@code Sec-Fetch-Site}) header is what tells them apart. API clients send neither header and pass.
 */
class CrossSiteBasicFilter extends OncePerRequestFilter {

    private final ProblemJsonSecurityResponses problems;
    private final Set<String> trustedOrigins;

    /** @param trustedOrigins origins besides the request's own host (such as the public base URL's), lower case */
    CrossSiteBasicFilter(ProblemJsonSecurityResponses problems, Set<String> trustedOrigins) {
        this.problems = problems;
        this.trustedOrigins = trustedOrigins;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isBasic(request) && isCrossSite(request)) {
            problems.refuseCrossSite(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isBasic(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }

    private boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(fetchSite) || "same-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            return false;
        }
        String normalised = origin.trim().toLowerCase(Locale.ROOT);
        return !normalised.equals(ownOrigin(request)) && !trustedOrigins.contains(normalised);
    }

    private static String ownOrigin(HttpServletRequest request) {
        return origin(URI.create(request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()));
    }

    /** {@code scheme://host[:port]} as browsers write it in {@code Origin}: lower case, default ports left out. */
    static String origin(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
