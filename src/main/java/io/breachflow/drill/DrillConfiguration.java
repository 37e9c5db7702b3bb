package io.breachflow.drill;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The drill profile's safety: it refuses to start with a real mail relay configured ({@code spring.mail.host}
 * anywhere but this machine) or without the engine's controlled clock, stamps all mail and every document.
 */
@Configuration(proxyBeanMethods = false)
@Profile("drill")
class DrillConfiguration {

    DrillConfiguration(@Value("${spring.mail.host:127.0.0.1}") String mailHost,
            @Value("${breachflow.engine.clock.controlled:false}") boolean clockControlled,
            @Value("${breachflow.engine.enabled:true}") boolean embeddedEngine) {
        DrillMailStamp.requireLoopback(mailHost);
        if (!clockControlled || !embeddedEngine) {
            throw new IllegalStateException("Expected the drill profile to run its own embedded engine with a "
                    + "controlled clock (breachflow.engine.clock.controlled=true), but it is not: a drill never moves "
                    + "the clock of real cases");
        }
    }

    @Bean
    static DrillMailStamp drillMailStamp() {
        return new DrillMailStamp();
    }

    @Bean
    DrillDocumentMarks drillDocumentMarks(MessageSource messages) {
        return new DrillDocumentMarks(messages);
    }
}
