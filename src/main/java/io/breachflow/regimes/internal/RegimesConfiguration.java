package io.breachflow.regimes.internal;

import io.breachflow.regimes.BusinessCalendars;
import io.breachflow.regimes.DeadlineWords;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.regimes.ObligationNames;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the catalog. The business-day calendars and the clock are taken if the application has
 * them: until a {@link BusinessCalendars} bean exists, business-day deadlines say which calendar is
 * missing instead of guessing, and without a {@link Clock} bean the system UTC clock is used.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RegimesProperties.class)
class RegimesConfiguration {

    @Bean
    ObligationCatalog obligationCatalog(ObjectProvider<BusinessCalendars> calendars, RegimesProperties properties,
                                        ObjectProvider<Clock> clock) {
        return new ObligationCatalog(calendars.getIfAvailable(MissingCalendars::new), properties,
                clock.getIfAvailable(Clock::systemUTC));
    }

    @Bean
    ObligationNames obligationNames(org.springframework.context.MessageSource messages) {
        return new ObligationNames(messages);
    }

    @Bean
    DeadlineWords deadlineWords(ObligationNames names, org.springframework.context.MessageSource messages) {
        return new DeadlineWords(names, messages);
    }
}
