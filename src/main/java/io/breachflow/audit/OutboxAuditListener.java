package io.breachflow.audit;

import io.breachflow.notices.OutboxRead;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records views of the dev SMS outbox in the personal-data access log. Synchronous, on the request's
 * thread, so the entry carries the user's address and the alarm counts it before the page is shown.
 */
@Component
class OutboxAuditListener {

    private final AccessLog accessLog;

    OutboxAuditListener(AccessLog accessLog) {
        this.accessLog = accessLog;
    }

    @EventListener
    void on(OutboxRead read) {
        accessLog.record(read.actor(), new PersonalDataAccess(AccessKind.OUTBOX, "dev SMS outbox: delivery check",
                read.people(), null, "SMS outbox (" + read.texts() + " texts)"));
    }
}
