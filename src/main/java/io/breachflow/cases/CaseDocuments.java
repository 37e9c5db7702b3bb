package io.breachflow.cases;

import io.breachflow.incidents.IncidentId;
import java.time.Instant;
import java.util.List;

/**
 * A shelf of one kind of case document (authority reports, letter versions, evidence). Each shelf is a
 * bean of this module adapting another module's front door, so the workspace lists every document
 * without knowing where it is kept; with no shelf the section says there are none yet.
 */
interface CaseDocuments {

    /** The incident's documents of this kind, oldest first. */
    List<Document> forIncident(IncidentId incident);

    /**
     * One document.
     *
     * @param kind a message-key suffix: {@code report}, {@code letter} or {@code evidence}
     * @param title what it is, without personal data
     * @param version the version label, or null
     * @param at when it was stored or approved
     * @param sha256 the content hash (hex), or null
     * @param href where to open it, or null
     */
    record Document(String kind, String title, String version, Instant at, String sha256, String href) {
    }
}
