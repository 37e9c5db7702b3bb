package io.breachflow.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the early database location check; static so it runs before other beans exist. */
@Configuration(proxyBeanMethods = false)
class DatabaseLocationConfiguration {

    @Bean
    static DatabaseLocationCheck databaseLocationCheck() {
        return new DatabaseLocationCheck();
    }
}
