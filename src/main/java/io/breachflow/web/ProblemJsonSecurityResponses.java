package io.breachflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * Answers API authentication and authorisation failures as RFC 9457 problems, so API clients get the
 * same error shape whether the security filter or a controller refused them.
 */
@Component
class ProblemJsonSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper objectMapper;

    ProblemJsonSecurityResponses(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        if (failure instanceof LoginLockedException locked) {
            // 429 for a locked name or address alike, existing or not; no WWW-Authenticate, so a browser
            // does not ask again at once
            long seconds = Math.max(1, Duration.between(Instant.now(), locked.until()).toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS,
                    "Too many failed logins for these credentials or from this address; try again later.");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Breachflow\"");
        write(request, response, HttpStatus.UNAUTHORIZED, "Valid credentials are required for this resource.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        if (denied instanceof CsrfException) {
            if (isAnonymous()) {
                commence(request, response, new InsufficientAuthenticationException("No credentials"));
            } else {
                write(request, response, HttpStatus.FORBIDDEN,
                        "Session-authenticated requests need a CSRF token; API clients use HTTP Basic.");
            }
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this request.");
    }

    /** A Basic-authenticated request that a browser sent for another site (see {@link CrossSiteBasicFilter}). */
    void refuseCrossSite(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.FORBIDDEN,
                "HTTP Basic credentials are not accepted on requests sent from another site.");
    }

    private static boolean isAnonymous() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated();
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
