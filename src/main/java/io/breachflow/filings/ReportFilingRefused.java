package io.breachflow.filings;

/**
 * Filing a report with its authority was refused because the report is not approved ({@code NOT_APPROVED})
 * or its stored HTML no longer hashes to the approved hash ({@code HASH_MISMATCH}); nothing was sent.
 * {@code refusedBy} is the user who asked for the filing ({@code system} when the process did).
 */
public record ReportFilingRefused(long draftId, String incidentId, String obligationKey, String reason,
        String refusedBy) {
}
