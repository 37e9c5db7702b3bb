package io.breachflow.notices;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes what users do to runs in a transaction of its own, so transactional listeners (the audit
 * trail) get it even when the caller has none, and a refusal stands although the caller's work fails.
 */
final class RunEvents {

    private final ApplicationEventPublisher events;
    private final TransactionTemplate separate;

    RunEvents(ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.events = events;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void publish(Object event) {
        separate.executeWithoutResult(status -> events.publishEvent(event));
    }
}
