package io.breachflow.cases;

import io.breachflow.audit.AuditEntry;
import io.breachflow.audit.AuditTrail;
import io.breachflow.incidents.IncidentId;
import io.breachflow.tasklist.HumanTasks;
import io.breachflow.workflow.CaseEvent;
import io.breachflow.workflow.CaseHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Merges the three histories of a case into one, oldest first. Each source is read once (one query or
 * one engine search per source, never per event); entries at the same instant keep the order engine,
 * audit, task, so a step and the audit entry it caused stay together.
 */
@Component
class CaseTimeline {

    private static final Logger log = LoggerFactory.getLogger(CaseTimeline.class);

    static final String TASK_COMPLETED = "TASK_COMPLETED";

    private final CaseHistory history;
    private final AuditTrail audit;
    private final HumanTasks tasks;

    CaseTimeline(CaseHistory history, AuditTrail audit, HumanTasks tasks) {
        this.history = history;
        this.audit = audit;
        this.tasks = tasks;
    }

    /** The timeline for a page: when the engine cannot be asked, the rest of it, saying so. */
    record ForPage(List<TimelineEntry> entries, boolean engineUnavailable) {
    }

    /** Every event of the case; fails when a source cannot be read, since a partial answer would mislead. */
    List<TimelineEntry> of(IncidentId incident) {
        return merge(incident, history.events(incident));
    }

    ForPage forPage(IncidentId incident) {
        List<CaseEvent> steps;
        try {
            steps = history.events(incident);
        } catch (RuntimeException unavailable) {
            log.warn("Engine history of incident {} is unavailable: {}", incident, unavailable.toString());
            return new ForPage(merge(incident, List.of()), true);
        }
        return new ForPage(merge(incident, steps), false);
    }

    private List<TimelineEntry> merge(IncidentId incident, List<CaseEvent> steps) {
        List<TimelineEntry> entries = new ArrayList<>();
        steps.forEach(event -> entries.add(engine(event)));
        audit.forIncident(incident.toString()).forEach(entry -> entries.add(audited(entry)));
        tasks.completedForIncident(incident.toString()).forEach(form -> entries.add(new TimelineEntry(
                form.completedAt(), TimelineEntry.Source.TASK, TASK_COMPLETED, null, form.completedBy(),
                form.name())));
        entries.sort(Comparator.comparing(TimelineEntry::at, Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
        return entries;
    }

    private static TimelineEntry engine(CaseEvent event) {
        String name = event.elementName() == null ? event.elementId() : event.elementName();
        return new TimelineEntry(event.at(), TimelineEntry.Source.ENGINE, event.state(), event.elementId(), null,
                name + " (" + event.elementType() + ", " + event.bpmnProcessId() + ")");
    }

    private static TimelineEntry audited(AuditEntry entry) {
        return new TimelineEntry(entry.at(), TimelineEntry.Source.AUDIT, entry.action(), null, entry.actor(),
                entry.detail());
    }
}
