package io.breachflow.drafting;

import io.breachflow.documents.DocumentRevisions;
import io.breachflow.documents.DocumentStamp;
import io.breachflow.incidents.IncidentRecord;
import io.breachflow.tasklist.DraftSheets.RevisionNote;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Which revision of the facts each obligation's latest document reflects, for the workspace and the inbox
 * (issue 15): "drafted for revision 1", or, when a later revision changed the facts it states, "drafted for
 * revision 1; facts changed in revision 2 — redraft". Read from the document stamps and the incident's
 * revisions in one query per incident.
 */
@Service
public class RevisionMarkers {

    private final DocumentRevisions revisions;

    RevisionMarkers(DocumentRevisions revisions) {
        this.revisions = revisions;
    }

    /** By obligation key: the marker of the obligation's latest drafted document; absent when none was drafted. */
    public Map<String, RevisionNote> forIncident(IncidentRecord incident) {
        Map<String, DocumentStamp> latest = new LinkedHashMap<>();
        for (DocumentStamp stamp : revisions.forIncident(incident.id().toString())) {
            latest.put(stamp.obligationKey(), stamp);
        }
        Map<String, RevisionNote> markers = new LinkedHashMap<>();
        latest.forEach((key, stamp) -> markers.put(key, marker(incident, stamp)));
        return markers;
    }

    private static RevisionNote marker(IncidentRecord incident, DocumentStamp stamp) {
        if (stamp.superseded()) {
            return new RevisionNote(stamp.factsRevision(), stamp.supersededByRevision());
        }
        // filed or sent documents keep the facts they were sent with: a later change brings its own obligation
        if (stamp.usedAt() != null || stamp.factsRevision() >= incident.latest().number()
                || incident.changesSince(stamp.factsRevision()).isEmpty()) {
            return new RevisionNote(stamp.factsRevision(), null);
        }
        return new RevisionNote(stamp.factsRevision(), incident.latest().number());
    }
}
