package io.breachflow.incidents;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.BreachFactsJson;
import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.regimes.ObligationDiff;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The incidents module's front door: reports incidents, stores each change of facts as a new
 * immutable revision, and keeps the incident's obligations as of its latest recorded revision.
 *
 * <p>Reporting publishes {@link IncidentReported}, revising publishes {@link ScopeRevised}; the breach
 * process then calls {@link #recordRevisions} (which publishes {@link RevisionsRecorded}) and
 * {@link #markMet} so obligations follow the work.
 */
@Service
public class IncidentIntake {

    private final Incidents incidents;
    private final FactsDocuments documents;
    private final ObligationCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    IncidentIntake(Incidents incidents, FactsDocuments documents, ObligationCatalog catalog,
            ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.incidents = incidents;
        this.documents = documents;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The id and obligations of a newly reported incident. */
    public record Reported(IncidentId id, List<Obligation> obligations) {
    }

    /** Stores the incident with {@code facts} as revision 1 and derives its obligations. */
    @Transactional
    public Reported report(BreachFactsJson facts, String reportedBy) {
        return report(IncidentId.random(), facts, reportedBy);
    }

    /** As {@link #report(BreachFactsJson, String)}, keeping the id of the suspected incident it confirms. */
    Reported report(IncidentId id, BreachFactsJson facts, String reportedBy) {
        Instant now = clock.instant();
        incidents.insertIncident(id, now, reportedBy);
        incidents.insertRevision(id, 1, now.atOffset(ZoneOffset.UTC), now, reportedBy, null,
                documents.write(facts), true);
        List<Obligation> obligations = catalog.evaluate(facts.toFacts()).obligations();
        obligations.forEach(obligation -> incidents.insertObligation(id, obligation, 1));
        events.publishEvent(new IncidentReported(id, obligations.stream().map(Obligation::key).toList(), reportedBy));
        return new Reported(id, obligations);
    }

    /**
     * Stores {@code partialFacts} merged into the latest facts as the next revision and announces it.
     *
     * @return the new revision's number
     * @throws NoSuchElementException when there is no such incident
     */
    @Transactional
    public int revise(IncidentId id, OffsetDateTime revisedAt, String note, ObjectNode partialFacts,
            String revisedBy) {
        incidents.requireExists(id);
        incidents.lock(id);
        List<Incidents.StoredRevision> revisions = incidents.revisions(id);
        Incidents.StoredRevision latest = revisions.get(revisions.size() - 1);
        BreachFactsJson merged = documents.merge(latest.facts(), partialFacts);
        int number = latest.number() + 1;
        incidents.insertRevision(id, number, revisedAt, clock.instant(), revisedBy, note, documents.write(merged),
                false);
        events.publishEvent(new ScopeRevised(id, number, revisedBy));
        return number;
    }

    /**
     * Re-derives obligations for every revision not yet recorded, oldest first, diffing each against the
     * facts before it; idempotent, so a repeated or late call records nothing twice.
     *
     * <p>{@code recordingKey} names the caller's unit of work (the process job). A call that comes again
     * with the same key after its transaction committed (the job was retried because its completion was
     * lost) gets the same answer again, re-derived from the revisions it recorded, instead of nothing:
     * otherwise the obligations those revisions started would never get their processes.
     */
    @Transactional
    public RecordedRevisions recordRevisions(IncidentId id, long recordingKey) {
        incidents.requireExists(id);
        incidents.lock(id);
        List<Incidents.StoredRevision> revisions = incidents.revisions(id);
        List<Obligation> started = new ArrayList<>();
        Map<String, Obligation> moved = new LinkedHashMap<>();
        Set<String> withdrawn = new LinkedHashSet<>();
        int latest = 0;
        int recordedNow = 0;
        for (int i = 1; i < revisions.size(); i++) {
            Incidents.StoredRevision revision = revisions.get(i);
            ObligationDiff diff;
            if (revision.recordedAt() == null) {
                diff = record(id, revisions.get(i - 1), revision, recordingKey, started);
                recordedNow = revision.number();
            } else if (revision.recordedBy() != null && revision.recordedBy() == recordingKey) {
                diff = replay(id, revisions.get(i - 1), revision, started);
            } else {
                continue;
            }
            diff.deadlineChanged().forEach(change -> moved.put(change.current().key(), change.current()));
            diff.noLongerRequired().forEach(obligation -> withdrawn.add(obligation.key()));
            latest = revision.number();
        }
        withdrawn.forEach(moved::remove);
        if (recordedNow > 0) {
            events.publishEvent(new RevisionsRecorded(id, recordedNow));
        }
        return new RecordedRevisions(latest, started, List.copyOf(moved.values()), List.copyOf(withdrawn));
    }

    private ObligationDiff record(IncidentId id, Incidents.StoredRevision previous,
            Incidents.StoredRevision revision, long recordingKey, List<Obligation> started) {
        Map<String, Incidents.StoredObligation> stored = storedObligations(id);
        ObligationDiff diff = diff(previous, revision, stored);
        Set<String> known = new HashSet<>(stored.keySet());
        for (Obligation obligation : startedBy(diff)) {
            if (known.add(obligation.key())) {
                incidents.insertObligation(id, obligation, revision.number());
                started.add(obligation);
            }
        }
        diff.deadlineChanged().forEach(change -> incidents.updateDeadline(id, change.current().key(),
                change.current().dueAt(), change.current().awaiting()));
        diff.noLongerRequired().forEach(obligation -> incidents.changeStatus(id, obligation.key(),
                ObligationStatus.OPEN, ObligationStatus.NO_LONGER_REQUIRED));
        incidents.markRecorded(id, revision.number(), clock.instant(), recordingKey);
        return diff;
    }

    /**
     * The diff of a revision recorded earlier under the same key, re-derived (the catalog is pure): the
     * obligations it started are those stored with this revision's number.
     */
    private ObligationDiff replay(IncidentId id, Incidents.StoredRevision previous,
            Incidents.StoredRevision revision, List<Obligation> started) {
        Map<String, Incidents.StoredObligation> stored = storedObligations(id);
        ObligationDiff diff = diff(previous, revision, stored);
        Set<String> seen = new HashSet<>();
        for (Obligation obligation : startedBy(diff)) {
            Incidents.StoredObligation row = stored.get(obligation.key());
            if (row != null && row.sinceRevision() == revision.number() && seen.add(obligation.key())) {
                started.add(obligation);
            }
        }
        return diff;
    }

    private Map<String, Incidents.StoredObligation> storedObligations(IncidentId id) {
        Map<String, Incidents.StoredObligation> stored = new LinkedHashMap<>();
        incidents.obligations(id).forEach(obligation -> stored.put(obligation.key(), obligation));
        return stored;
    }

    private ObligationDiff diff(Incidents.StoredRevision previous, Incidents.StoredRevision revision,
            Map<String, Incidents.StoredObligation> stored) {
        Set<String> met = new HashSet<>();
        stored.values().stream().filter(obligation -> obligation.status() == ObligationStatus.MET)
                .forEach(obligation -> met.add(obligation.key()));
        BreachFacts before = documents.read(previous.facts()).toFacts();
        BreachFacts after = documents.read(revision.facts()).toFacts();
        return catalog.revise(before, after, met, revision.revisedAt().toInstant());
    }

    private static List<Obligation> startedBy(ObligationDiff diff) {
        List<Obligation> all = new ArrayList<>(diff.added());
        all.addAll(diff.updates());
        all.addAll(diff.noticeWaves());
        return all;
    }

    /**
     * Fixes the deadlines that run from the sending of the notice {@code key} at {@code sentAt} ("within 15
     * days after notifying consumers", "no later than the individual notice"): each open obligation still
     * waiting for it, or due later than the sending now makes it, gets the deadline the law counts from it.
     * Safe to repeat: a later call never moves a deadline later. Returns the obligations whose deadline
     * changed, with that deadline, so their running processes can be re-timed.
     */
    @Transactional
    public List<Obligation> fixDeadlinesAfterSending(IncidentId id, String key, Instant sentAt) {
        List<Obligation> dependents = catalog.afterSending(currentFacts(id), key, sentAt);
        if (dependents.isEmpty()) {
            return List.of();
        }
        Map<String, Incidents.StoredObligation> stored = new LinkedHashMap<>();
        incidents.obligations(id).forEach(obligation -> stored.put(obligation.key(), obligation));
        List<Obligation> fixed = new ArrayList<>();
        for (Obligation dependent : dependents) {
            Incidents.StoredObligation current = stored.get(dependent.key());
            if (current != null && current.status() == ObligationStatus.OPEN && (current.dueAt() == null
                    || OffsetDateTime.parse(current.dueAt()).isAfter(dependent.dueAt()))) {
                incidents.updateDeadline(id, dependent.key(), dependent.dueAt(), null);
                fixed.add(dependent);
            }
        }
        return fixed;
    }

    /**
     * Records the deadline an officer counted by hand for the open obligation {@code key}, which has none because
     * a holiday calendar does not cover the year its clock needs; its process and tasks are re-timed after commit
     * ({@link DeadlineCounted}). False, and nothing stored, when the obligation is not such a gap (it has a
     * deadline, is met, or waits for something else).
     */
    @Transactional
    public boolean recordCountedDeadline(IncidentId id, String key, OffsetDateTime dueAt, String countedBy,
            String note) {
        incidents.requireExists(id);
        incidents.lock(id);
        Incidents.StoredObligation stored = incidents.obligations(id).stream()
                .filter(obligation -> obligation.key().equals(key)).findFirst().orElse(null);
        if (stored == null || !incidents.countDeadline(id, key, dueAt, countedBy, note)) {
            return false;
        }
        events.publishEvent(new DeadlineCounted(id, key, stored.regime(), stored.kind(), stored.recipient(),
                stored.jurisdiction(), dueAt, countedBy));
        return true;
    }

    /** Records that the obligation {@code key} was met (filed or sent); true when it was open. */
    @Transactional
    public boolean markMet(IncidentId id, String key) {
        boolean met = incidents.changeStatus(id, key, ObligationStatus.OPEN, ObligationStatus.MET);
        if (met) {
            events.publishEvent(new ObligationMet(id, key, clock.instant()));
        }
        return met;
    }

    /**
     * The keys of the obligations the incident's latest recorded revision requires, open or met, oldest
     * first: those that revisions made no longer required are left out.
     */
    @Transactional(readOnly = true)
    public List<String> requiredObligationKeys(IncidentId id) {
        return incidents.obligations(id).stream()
                .filter(obligation -> obligation.status() != ObligationStatus.NO_LONGER_REQUIRED)
                .map(Incidents.StoredObligation::key).toList();
    }

    /** The latest facts of the incident. */
    @Transactional(readOnly = true)
    public BreachFacts currentFacts(IncidentId id) {
        incidents.requireExists(id);
        List<Incidents.StoredRevision> revisions = incidents.revisions(id);
        return documents.read(revisions.get(revisions.size() - 1).facts()).toFacts();
    }

}
