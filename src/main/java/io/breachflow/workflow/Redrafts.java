package io.breachflow.workflow;

import io.breachflow.documents.DocumentKind;
import io.breachflow.documents.DocumentRevisions;
import io.breachflow.documents.DocumentStamp;
import io.breachflow.filings.AuthorityReports;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentRecord;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.regimes.FactChange;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps documents in flight true to the facts (issue 15). Each drafted report and letter is stamped with the
 * revision of the facts its drafter saw; when a later revision changes any fact it was written from (see
 * {@link FactChange}) before it is filed or sent, it is superseded — its approval no longer authorises
 * sending it — and its process goes back to the officer for a redraft. A document whose facts did not change
 * (only a deadline moved: a milestone, a law-enforcement hold) stays as it is, and its tasks carry the new
 * deadline. Any change of a count counts, wherever the people are: every document states the numbers.
 */
@Component
class Redrafts {

    static final String SYSTEM = "system";

    private final DocumentRevisions revisions;
    private final IncidentRecords incidents;
    private final AuthorityReports reports;
    private final NoticeDrafting letters;

    Redrafts(DocumentRevisions revisions, IncidentRecords incidents, AuthorityReports reports, NoticeDrafting letters) {
        this.revisions = revisions;
        this.incidents = incidents;
        this.letters = letters;
        this.reports = reports;
    }

    /**
     * Stamps a just-drafted document with the revision its drafter saw ({@code seenRevision}; the latest when
     * unknown, e.g. drafted through the API) and supersedes it at once when the facts changed since.
     *
     * @return the changes that overtook it while it was drafted; empty when it is current
     */
    @Transactional
    List<FactChange> stamp(DocumentKind kind, long documentId, String incidentId, String obligationKey,
            Integer seenRevision) {
        IncidentRecord record = record(incidentId);
        int latest = record.latest().number();
        int seen = seenRevision == null || seenRevision < 1 || seenRevision > latest ? latest : seenRevision;
        revisions.stamp(kind, documentId, incidentId, obligationKey, seen);
        List<FactChange> changes = record.changesSince(seen);
        if (!changes.isEmpty()) {
            supersede(revisions.find(kind, documentId).orElseThrow(), latest);
        }
        return changes;
    }

    /**
     * Supersedes every document of the incident still in flight whose facts the latest revision changed.
     *
     * @return the documents superseded now
     */
    @Transactional
    List<DocumentStamp> supersedeOutdated(String incidentId) {
        IncidentRecord record = record(incidentId);
        int latest = record.latest().number();
        List<DocumentStamp> superseded = new ArrayList<>();
        for (DocumentStamp stamp : revisions.inFlight(incidentId)) {
            if (stamp.factsRevision() < latest && !record.changesSince(stamp.factsRevision()).isEmpty()
                    && supersede(stamp, latest)) {
                superseded.add(revisions.find(stamp.kind(), stamp.documentId()).orElseThrow());
            }
        }
        return superseded;
    }

    /**
     * What changed, for the process's {@code draftProblem}: codes and counts only, never personal data (the
     * drafting sheet shows the same changes in the reader's language).
     */
    static String describe(List<FactChange> changes) {
        StringBuilder text = new StringBuilder("The facts changed while this was drafted: ");
        for (int i = 0; i < changes.size(); i++) {
            FactChange change = changes.get(i);
            text.append(i == 0 ? "" : "; ").append(change.fact().name().toLowerCase(java.util.Locale.ROOT)
                    .replace('_', ' ')).append(change.jurisdiction() == null ? "" : " in " + change.jurisdiction())
                    .append(' ').append(change.before() == null ? "none" : change.before()).append(" -> ")
                    .append(change.after() == null ? "none" : change.after());
        }
        return text.append(". Check the changed items and submit again.").toString();
    }

    private boolean supersede(DocumentStamp stamp, int revision) {
        if (!revisions.supersede(stamp.kind(), stamp.documentId(), revision, SYSTEM)) {
            return false;
        }
        switch (stamp.kind()) {
            case REPORT -> reports.supersede(stamp.documentId());
            case LETTER -> letters.supersede(stamp.documentId());
            case REFERRAL -> {
                // the referral has no approval status of its own: its process going back to the redraft is enough
            }
        }
        return true;
    }

    /**
     * A referral filed with the police went out as it was: a later revision no longer supersedes it (the police
     * get new facts through their own case).
     */
    @org.springframework.context.event.EventListener
    void on(io.breachflow.tasklist.HumanTaskCompleted completed) {
        if ("file-with-police".equals(completed.formKey()) && completed.incidentId() != null) {
            revisions.inFlight(completed.incidentId()).stream()
                    .filter(stamp -> stamp.kind() == DocumentKind.REFERRAL)
                    .forEach(stamp -> revisions.use(DocumentKind.REFERRAL, stamp.documentId()));
        }
    }

    private IncidentRecord record(String incidentId) {
        return incidents.find(IncidentId.of(incidentId)).orElseThrow(() -> new NoSuchElementException(
                "Expected incident " + incidentId + ", but there is none"));
    }
}
