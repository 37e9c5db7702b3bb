package io.breachflow.drafting;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the organisation's profile ({@code breachflow.drafting.*}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DraftingProperties.class)
class DraftingConfiguration {
}
