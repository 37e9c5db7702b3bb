package io.breachflow.web;

import io.breachflow.regimes.DeadlineWords;
import io.breachflow.regimes.ObligationNames;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;

/**
 * The beans templates use to name obligations and deadlines ({@code @obligationNames}, {@code @deadlineWords})
 * and their legal basis ({@code @legalBasis}), and to draw date-time fields ({@code @dateTimeFields}),
 * under the names the application gives them, for {@code @WebMvcTest} slices that render such pages.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ReaderWordsForSlices {

    @Bean
    ObligationNames obligationNames(MessageSource messages) {
        return new ObligationNames(messages);
    }

    @Bean
    io.breachflow.regimes.LegalBasis legalBasis() {
        return new io.breachflow.regimes.LegalBasis();
    }

    @Bean
    DateTimeFields dateTimeFields(org.springframework.beans.factory.ObjectProvider<java.time.Clock> clock) {
        return new DateTimeFields(clock);
    }

    @Bean
    DeadlineWords deadlineWords(ObligationNames obligationNames, MessageSource messages) {
        return new DeadlineWords(obligationNames, messages);
    }
}
