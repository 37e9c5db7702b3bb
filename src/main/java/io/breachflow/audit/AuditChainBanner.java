package io.breachflow.audit;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Puts a broken chain's finding into every page's model, so the shared layout can show it to the DPO,
 * auditors and administrators on every page until a verification finds the chain intact again.
 */
@ControllerAdvice
class AuditChainBanner {

    private final org.springframework.beans.factory.ObjectProvider<AuditChainMonitor> monitor;

    /** The monitor is optional so web slices (which load every advice but no monitor) still start. */
    AuditChainBanner(org.springframework.beans.factory.ObjectProvider<AuditChainMonitor> monitor) {
        this.monitor = monitor;
    }

    /** The latest verification when it found a break, else null. */
    @ModelAttribute("auditChainBreak")
    AuditVerification auditChainBreak() {
        AuditChainMonitor chain = monitor.getIfAvailable();
        return chain == null ? null
                : chain.status().map(AuditChainMonitor.Status::verification).filter(v -> !v.intact()).orElse(null);
    }
}
