package io.breachflow.web;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The real security matrix and demo accounts for {@code @WebMvcTest} slices of other modules, which
 * cannot name this module's package-private configuration classes themselves.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, UserAccountsConfiguration.class, ProblemJsonSecurityResponses.class})
public class WebSecurityForSlices {
}
