package io.breachflow.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Puts the second-approver gate in front of every URL that shows personal data, so a module adding such a
 * page only has to list its path here, and no controller can forget to ask. Only reads (GET) are gated.
 * The {@code WebMvcConfigurer} is a bean of this configuration rather than a scanned component, so web test
 * slices (which pick up scanned configurers) do not need the alarm's beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AccessAlarmProperties.class)
class AccessGateConfiguration {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    /** Personal-data URLs by kind; a path missing here is still logged by its controller, only not gated. */
    static final Map<AccessKind, List<String>> GATED = Map.of(
            AccessKind.REGISTER_EXPORT, List.of("/register/export.csv"),
            AccessKind.EVIDENCE, List.of("/api/incidents/*/evidence", "/api/incidents/*/evidence/**"),
            AccessKind.COHORT_ROWS, List.of("/api/cohorts/*/rows", "/api/cohorts/*/rows/**"),
            AccessKind.COHORT_REJECTS, List.of("/api/cohorts/*/rejects", "/api/cohorts/*/rejects/**"),
            AccessKind.PERSON_LOOKUP, List.of("/api/people/**", "/people/**", "/api/notices/lookup", "/notices/lookup"),
            AccessKind.MAILBOX, List.of("/mailbox", "/mailbox/**"),
            AccessKind.OUTBOX, List.of("/outbox", "/outbox/**"),
            AccessKind.LETTER, List.of("/api/notice-runs/*/letters/**", "/notices/runs/*/letters/**"));

    /**
     * Runs after the other interceptors (the language switch among them), so a refusal is written in the
     * reader's language.
     */
    @Bean
    WebMvcConfigurer accessGateInterceptor(AccessGate gate) {
        String[] paths = GATED.values().stream().flatMap(List::stream).toArray(String[]::new);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new Gate(gate)).addPathPatterns(paths).order(Ordered.LOWEST_PRECEDENCE);
            }
        };
    }

    static AccessKind kindOf(String path) {
        for (Map.Entry<AccessKind, List<String>> gated : GATED.entrySet()) {
            for (String pattern : gated.getValue()) {
                if (PATHS.match(pattern, path)) {
                    return gated.getKey();
                }
            }
        }
        return null;
    }

    private record Gate(AccessGate gate) implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Authentication user = SecurityContextHolder.getContext().getAuthentication();
            AccessKind kind = kindOf(request.getRequestURI().substring(request.getContextPath().length()));
            if ("GET".equals(request.getMethod()) && kind != null && user != null && user.isAuthenticated()) {
                gate.admit(user.getName(), AccessUsers.roles(user.getAuthorities()), kind);
            }
            return true;
        }
    }
}
