package io.breachflow.notices;

/**
 * An officer asked for a re-notice of run {@code earlierRunId}; its corrected letter version
 * {@code letterVersionId} waits for legal. The workflow starts the re-notice process from it. Ids and codes only.
 */
public record RenoticeRequested(long renoticeId, long earlierRunId, String incidentId, String regime,
        long letterVersionId, String contentHash, String requestedBy) {
}
