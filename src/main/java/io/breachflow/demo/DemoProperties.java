package io.breachflow.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo data settings.
 *
 * @param seed whether the first start on an empty database seeds the demo case; unset means yes when no profile is
 *     active (the default profile) and no otherwise. Never in the {@code postgres} or {@code camunda} profile,
 *     whatever it says. Unset rather than {@code true} in {@code application-default.yml}, because a profile file
 *     would override the {@code false} that tests set in their {@code application.properties}.
 */
@ConfigurationProperties("breachflow.demo")
record DemoProperties(Boolean seed) {
}
