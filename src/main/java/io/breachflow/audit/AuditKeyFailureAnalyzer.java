package io.breachflow.audit;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a missing or unusable audit key into one clear line instead of a stack of bean-creation errors.
 * Registered in {@code META-INF/spring.factories}.
 */
public class AuditKeyFailureAnalyzer extends AbstractFailureAnalyzer<MissingAuditKeyException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingAuditKeyException cause) {
        return new FailureAnalysis(cause.getMessage(), "Set BREACHFLOW_AUDIT_KEY (breachflow.audit.key) or "
                + "breachflow.audit.key-file to a secret of at least " + AuditKeys.MIN_LENGTH
                + " characters kept outside the database; see README, Audit trail.", cause);
    }
}
