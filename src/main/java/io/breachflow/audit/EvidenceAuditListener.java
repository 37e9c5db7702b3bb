package io.breachflow.audit;

import io.breachflow.filings.EvidenceAccessed;
import io.breachflow.filings.EvidenceAdded;
import io.breachflow.filings.EvidenceHandedToPolice;
import io.breachflow.filings.EvidencePackaged;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Audits the evidence locker: uploads, packages and hand-overs in the trail, and every listing, view
 * and download in the personal-data access log (evidence files hold personal data). Details carry ids
 * and hashes, never file names, which may name people.
 */
@Component
class EvidenceAuditListener {

    private final AuditTrail trail;
    private final AccessLog accessLog;

    EvidenceAuditListener(AuditTrail trail, AccessLog accessLog) {
        this.trail = trail;
        this.accessLog = accessLog;
    }

    @Async
    @TransactionalEventListener
    void on(EvidenceAdded added) {
        trail.append(added.actor(), "EVIDENCE_ADDED", added.incidentId(),
                "item=" + added.itemId() + " sha256=" + added.sha256() + " bytes=" + added.sizeBytes());
    }

    @Async
    @TransactionalEventListener
    void on(EvidenceAccessed accessed) {
        String what = accessed.itemId() == null ? "evidence list"
                : "evidence " + accessed.action().toLowerCase(java.util.Locale.ROOT) + " item=" + accessed.itemId();
        // a list shows file metadata only; an item viewed or downloaded is counted as one person's record,
        // since how many people a file names is not known
        accessLog.record(accessed.actor(), new PersonalDataAccess(AccessKind.EVIDENCE, "evidence locker",
                accessed.itemId() == null ? 0 : 1, accessed.incidentId(), what));
    }

    @Async
    @TransactionalEventListener
    void on(EvidencePackaged packaged) {
        trail.append(packaged.actor(), "EVIDENCE_PACKAGED", packaged.incidentId(), "package=" + packaged.packageId()
                + " items=" + packaged.items() + " manifestSha256=" + packaged.sha256());
    }

    @Async
    @TransactionalEventListener
    void on(EvidenceHandedToPolice handed) {
        trail.append(handed.actor(), "EVIDENCE_HANDED_TO_POLICE", handed.incidentId(),
                "package=" + handed.packageId() + " caseNumber=" + handed.caseNumber());
    }
}
