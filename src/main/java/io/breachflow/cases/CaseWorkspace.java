package io.breachflow.cases;

import io.breachflow.incidents.IncidentId;
import io.breachflow.drafting.RevisionMarkers;
import io.breachflow.incidents.IncidentRecord;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.incidents.ObligationStatus;
import io.breachflow.regimes.DeadlineWords;
import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Assembles the incident workspace from the other modules' front doors: the incident record (three
 * queries) and its open tasks (one). The timeline and the diagrams need the engine's history, which can
 * take long on a big case, and the documents read the evidence locker item by item (and log the listing),
 * so the page fetches those three after it has rendered. The legal
 * basis of each obligation is not stored, so it is taken from evaluating the latest facts again (pure,
 * no query); an obligation the latest facts no longer give rise to shows none.
 */
@Component
class CaseWorkspace {

    /**
     * One obligation row: as stored, with its legal basis and countdown (null when met or not required);
     * {@code added} when a scope revision, not the report, gave rise to it.
     */
    record ObligationRow(IncidentRecord.ObligationEntry obligation, String basis, Countdown countdown,
            io.breachflow.tasklist.DraftSheets.RevisionNote document) {

        public boolean added() {
            return obligation.sinceRevision() > 1;
        }
    }

    /** One open task with its deadline read from the text it is kept as, and its countdown (null without one). */
    record TaskRow(HumanTask task, OffsetDateTime dueAt, Countdown countdown) {
    }

    /** Everything the workspace page shows. */
    record View(IncidentRecord incident, String title, List<FactsDiff.Revision> revisions,
            List<ObligationRow> obligations, List<TaskRow> openTasks, Instant now) {

        /** The obligations revision {@code number} gave rise to. */
        public List<ObligationRow> addedIn(int number) {
            return obligations.stream().filter(row -> row.obligation().sinceRevision() == number).toList();
        }
    }

    /** Open obligations first, each group earliest deadline first, those waiting for a milestone last. */
    static final Comparator<IncidentRecord.ObligationEntry> OPEN_FIRST_BY_DEADLINE = Comparator
            .comparing((IncidentRecord.ObligationEntry o) -> o.status() != ObligationStatus.OPEN)
            .thenComparing(IncidentRecord.ObligationEntry::dueAt,
                    Comparator.nullsLast(Comparator.comparing(OffsetDateTime::toInstant)));

    private final IncidentRecords incidents;
    private final ObligationCatalog catalog;
    private final HumanTasks tasks;
    private final FactsDiff diff;
    private final RevisionMarkers markers;
    private final Clock clock;

    CaseWorkspace(IncidentRecords incidents, ObligationCatalog catalog, HumanTasks tasks, FactsDiff diff,
            RevisionMarkers markers, ObjectProvider<Clock> clock) {
        this.incidents = incidents;
        this.markers = markers;
        this.catalog = catalog;
        this.tasks = tasks;
        this.diff = diff;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** The workspace of the incident, or empty when there is no such incident. */
    Optional<View> open(IncidentId id) {
        return incidents.find(id).map(this::view);
    }

    private View view(IncidentRecord incident) {
        Instant now = clock.instant();
        Map<String, String> bases = new HashMap<>();
        for (Obligation obligation : catalog.evaluate(incident.latest().facts().toFacts()).obligations()) {
            bases.put(obligation.key(), obligation.basis());
        }
        Map<String, io.breachflow.tasklist.DraftSheets.RevisionNote> documents = markers.forIncident(incident);
        List<ObligationRow> obligations = incident.obligations().stream()
                .sorted(OPEN_FIRST_BY_DEADLINE)
                .map(o -> new ObligationRow(o, bases.get(o.key()),
                        o.status() == ObligationStatus.OPEN ? Countdown.to(o.dueAt(), now) : null,
                        documents.get(o.key())))
                .toList();
        List<TaskRow> open = tasks.openForIncident(incident.id().toString()).stream().map(task -> {
            OffsetDateTime due = DeadlineWords.parse(task.dueAt());
            return new TaskRow(task, due, Countdown.to(due, now));
        }).toList();
        return new View(incident, incident.latest().facts().title(), diff.revisions(incident.revisions()),
                obligations, open, now);
    }
}
