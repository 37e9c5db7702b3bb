package io.breachflow.audit;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts a broken chain's finding into every page's model, so the shared layout can show it to the DPO,
 * auditors and administrators on every page until a verification finds the chain intact again.
 */
@ControllerAdvice
class AuditChainBanner {

    private final AuditChainMonitor monitor;

    AuditChainBanner(AuditChainMonitor monitor) {
        this.monitor = monitor;
    }

    /** The latest verification when it found a break, else null. */
    @ModelAttribute("auditChainBreak")
    AuditVerification auditChainBreak() {
        return monitor.status().map(AuditChainMonitor.Status::verification).filter(v -> !v.intact()).orElse(null);
    }
}
