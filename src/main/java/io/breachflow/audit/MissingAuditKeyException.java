package io.breachflow.audit;

/** No usable audit key: start-up stops with this one line (see {@link AuditKeyFailureAnalyzer}). */
public class MissingAuditKeyException extends IllegalStateException {

    MissingAuditKeyException(String message) {
        super(message);
    }
}
