package io.breachflow.documents;

import java.time.Instant;

/**
 * The revision of the facts one document was drafted from, and what became of it.
 *
 * @param kind report or letter
 * @param documentId the report draft's or letter version's id
 * @param incidentId the incident
 * @param obligationKey the obligation the document meets
 * @param factsRevision the incident revision whose facts the document was written from
 * @param draftedAt when it was stamped (drafted)
 * @param supersededByRevision the revision that changed its facts before it was used, or null
 * @param supersededAt when, or null
 * @param supersededBy who recorded that revision's consequences (the process: {@code system}), or null
 * @param usedAt when it was filed or its notice run started, or null
 */
public record DocumentStamp(DocumentKind kind, long documentId, String incidentId, String obligationKey,
        int factsRevision, Instant draftedAt, Integer supersededByRevision, Instant supersededAt, String supersededBy,
        Instant usedAt) {

    /** Whether a later revision overtook it: its approval no longer authorises filing or sending it. */
    public boolean superseded() {
        return supersededByRevision != null;
    }

    /** Whether it is still on its way: neither superseded nor filed or sent. */
    public boolean inFlight() {
        return supersededByRevision == null && usedAt == null;
    }
}
