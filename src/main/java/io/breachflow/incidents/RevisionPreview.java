package io.breachflow.incidents;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.regimes.ObligationDiff;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a scope revision would change, before it is sent: the latest facts with the officer's changes merged
 * in, diffed by the catalog against the latest facts as the lifecycle will diff them once the revision is
 * recorded (obligations already met stay met). Stores nothing.
 */
@Component
class RevisionPreview {

    private final Incidents incidents;
    private final FactsDocuments documents;
    private final ObligationCatalog catalog;

    RevisionPreview(Incidents incidents, FactsDocuments documents, ObligationCatalog catalog) {
        this.incidents = incidents;
        this.documents = documents;
        this.catalog = catalog;
    }

    /**
     * The obligations the revision would add, move, supplement or end.
     *
     * @throws FactsDocuments.InvalidFactsException when the merged facts are not valid
     */
    @Transactional(readOnly = true)
    ObligationDiff of(IncidentId id, OffsetDateTime revisedAt, ObjectNode changes) {
        incidents.requireExists(id);
        List<Incidents.StoredRevision> revisions = incidents.revisions(id);
        String latest = revisions.get(revisions.size() - 1).facts();
        BreachFacts before = documents.read(latest).toFacts();
        BreachFacts after = documents.merge(latest, changes).toFacts();
        Set<String> met = incidents.obligations(id).stream()
                .filter(obligation -> obligation.status() == ObligationStatus.MET)
                .map(Incidents.StoredObligation::key).collect(Collectors.toSet());
        return catalog.revise(before, after, met, revisedAt.toInstant());
    }
}
