package io.breachflow.web;

import static io.breachflow.web.Role.ADMIN;
import static io.breachflow.web.Role.AUDITOR;
import static io.breachflow.web.Role.COMPLIANCE_OFFICER;
import static io.breachflow.web.Role.DPO;
import static io.breachflow.web.Role.LEGAL;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Set;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The role → page matrix, enforced on the server, and the two ways in: HTTP Basic (stateless) for
 * {@code /api/**} and the actuator, form login with CSRF protection for the browser UI.
 *
 * <p>Every UI path must appear in {@link #uiPages}; anything not listed is denied, so a new page is
 * invisible until someone decides who may open it. The README repeats this table. In the API, reporting
 * and revising incidents is for officers, the DPO and admins; acting on tasks for the roles that tasks'
 * candidate groups name (the tasklist checks the exact group per task, and four-eyes). Both chains share
 * one throttled {@link AuthenticationManager} and send the browser headers of {@link BrowserHeaders}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final Role[] EVERYONE = Role.values();

    /**
     * Requests with HTTP Basic credentials carry no session, so they need no CSRF token; the ones a browser
     * sends for another site are refused before this by {@link CrossSiteBasicFilter}.
     */
    private static final RequestMatcher BASIC_AUTHENTICATED = CrossSiteBasicFilter::isBasic;

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemJsonSecurityResponses problems,
            AuthenticationManager logins, Environment environment) throws Exception {
        // "/actuator/**" as a path too: an endpoint that is switched off (the clock unless controlled)
        // must answer 404 to an administrator, not fall through to the browser chain's CSRF check
        http.securityMatchers(matchers -> matchers.requestMatchers("/api/**", "/actuator/**", "/v3/api-docs/**",
                        "/v3/api-docs.yaml")
                        .requestMatchers(EndpointRequest.toAnyEndpoint()))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.toAnyEndpoint()).hasRole(ADMIN.name())
                        .requestMatchers("/actuator/**").hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/incidents", "/api/incidents/*/revisions", "/api/signals",
                                "/api/incidents/*/law-enforcement-holds", "/api/incidents/*/police-referral",
                                "/api/incidents/*/regulator-questions")
                        .hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO, ADMIN))
                        .requestMatchers(HttpMethod.POST, "/api/notices/lookup")
                        .hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO, AUDITOR))
                        .requestMatchers(HttpMethod.POST, "/api/cohorts", "/api/notice-runs", "/api/notice-runs/**")
                        .hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO))
                        .requestMatchers(HttpMethod.GET, "/api/cohorts/**", "/api/notice-runs/**")
                        .hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO, AUDITOR))
                        .requestMatchers(HttpMethod.POST, "/api/incidents/*/evidence", "/api/incidents/*/evidence/**")
                        .hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO))
                        .requestMatchers(HttpMethod.POST, "/api/audit/verify").hasAnyRole(Role.names(AUDITOR, ADMIN))
                        .requestMatchers("/api/audit", "/api/audit/**").hasAnyRole(Role.names(AUDITOR, DPO, ADMIN))
                        .requestMatchers(HttpMethod.POST, "/api/tasks/**")
                        .hasAnyRole(Role.names(COMPLIANCE_OFFICER, LEGAL, DPO))
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Breachflow").authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authenticationManager(logins)
                .addFilterBefore(new CrossSiteBasicFilter(problems, trustedOrigins(environment)), CsrfFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(BASIC_AUTHENTICATED))
                .headers(BrowserHeaders::apply)
                .requestCache(cache -> cache.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiSecurity(HttpSecurity http, AuthenticationManager logins) throws Exception {
        http.authorizeHttpRequests(SecurityConfiguration::uiPages)
                .authenticationManager(logins)
                .headers(BrowserHeaders::apply)
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/inbox", false)
                        .failureHandler(SecurityConfiguration::loginFailed).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }

    /** Back to the login page: {@code ?locked} when throttled (the same for any name), else {@code ?error}. */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        boolean locked = failure instanceof LoginLockedException;
        response.sendRedirect(request.getContextPath() + (locked ? "/login?locked" : "/login?error"));
    }

    /** The public base URL's origin: Basic requests from pages served there are not cross-site. */
    private static Set<String> trustedOrigins(Environment environment) {
        String base = environment.getProperty("breachflow.web.public-base-url");
        try {
            return base == null ? Set.of() : Set.of(CrossSiteBasicFilter.origin(URI.create(base.trim())));
        } catch (RuntimeException notAUrl) {
            return Set.of();
        }
    }

    private static void uiPages(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry pages) {
        pages.requestMatchers("/login", "/error", "/css/**", "/js/**", "/vendor/**", "/favicon.ico", "/webjars/**")
                .permitAll()
                .requestMatchers("/incidents/*/revise").hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO))
                // issue 16: the same roles as the API behind each form; every role reads the pages
                .requestMatchers(HttpMethod.POST, "/incidents/*/evidence", "/incidents/*/evidence/**",
                        "/incidents/*/counted-deadline")
                .hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO))
                .requestMatchers(HttpMethod.POST, "/incidents/*/holds", "/incidents/*/holds/**",
                        "/incidents/*/regulator-questions", "/incidents/*/police-referral")
                .hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO, ADMIN))
                .requestMatchers("/incidents/new", "/incidents/new/**")
                .hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO, ADMIN))
                .requestMatchers("/", "/inbox/**", "/incidents/**", "/obligations/**", "/deadlines/**",
                        "/tasks/**", "/suspected-incidents/**", "/swagger-ui.html", "/swagger-ui/**")
                .hasAnyRole(Role.names(EVERYONE))
                .requestMatchers("/notices/lookup").hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO, AUDITOR))
                .requestMatchers(HttpMethod.POST, "/notices/runs/**", "/notices/cohorts", "/notices/letters/**")
                .hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO))
                .requestMatchers("/notices/letters/**").hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO))
                .requestMatchers("/notices/cohorts", "/notices/cohorts/**")
                .hasAnyRole(Role.names(COMPLIANCE_OFFICER, DPO, AUDITOR))
                .requestMatchers("/notices/**").hasAnyRole(Role.names(COMPLIANCE_OFFICER, LEGAL, DPO, AUDITOR, ADMIN))
                .requestMatchers(HttpMethod.POST, "/audit/verify").hasAnyRole(Role.names(AUDITOR, ADMIN))
                .requestMatchers("/audit").hasAnyRole(Role.names(AUDITOR, DPO, ADMIN))
                .requestMatchers(HttpMethod.POST, "/register/**").hasAnyRole(Role.names(DPO, ADMIN))
                .requestMatchers("/register/export.csv").hasAnyRole(Role.names(DPO, AUDITOR, ADMIN))
                .requestMatchers("/register/**").hasAnyRole(Role.names(DPO, AUDITOR, COMPLIANCE_OFFICER, ADMIN))
                .requestMatchers("/mailbox/**", "/outbox/**").hasAnyRole(Role.names(ADMIN, COMPLIANCE_OFFICER))
                .requestMatchers(HttpMethod.POST, "/audit/alarms/**").hasRole(DPO.name())
                .requestMatchers("/audit/alarms", "/audit/alarms/**").hasAnyRole(Role.names(DPO, AUDITOR, ADMIN))
                .requestMatchers("/admin/**").hasRole(ADMIN.name())
                // drill mode (drill profile only): the banner's clock for everyone, the controls for administrators
                .requestMatchers(HttpMethod.GET, "/drill/clock").authenticated()
                .requestMatchers(HttpMethod.GET, "/drill/runs/**").hasAnyRole(Role.names(ADMIN, DPO, AUDITOR))
                .requestMatchers("/drill", "/drill/**").hasRole(ADMIN.name())
                .anyRequest().denyAll();
    }
}
