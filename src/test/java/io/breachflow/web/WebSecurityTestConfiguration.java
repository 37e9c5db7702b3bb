package io.breachflow.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The real security matrix, demo accounts and problem responses for {@code @WebMvcTest} slices of
 * other modules' controllers, which cannot import the package-private configuration directly.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, UserAccountsConfiguration.class, ProblemJsonSecurityResponses.class})
public class WebSecurityTestConfiguration {
}
