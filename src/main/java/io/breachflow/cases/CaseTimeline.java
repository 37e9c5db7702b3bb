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
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Merges the three histories of a case into one, oldest first. Each source is read once (one query or
 * one engine search per source, never per event); entries at the same instant keep the order engine,
 * audit, task, so a step and the audit entry it caused stay together. The page's timeline says each entry
 * in words ({@link TimelineWords}) and marks the business events (reported, revised, drafted, approved,
 * filed, sent, reminded, escalated, …), which it shows by default; engine steps wait behind a toggle.
 */
@Component
class CaseTimeline {

    private static final Logger log = LoggerFactory.getLogger(CaseTimeline.class);

    static final String TASK_COMPLETED = "TASK_COMPLETED";

    private final CaseHistory history;
    private final AuditTrail audit;
    private final HumanTasks tasks;
    private final TimelineWords words;

    CaseTimeline(CaseHistory history, AuditTrail audit, HumanTasks tasks, TimelineWords words) {
        this.history = history;
        this.audit = audit;
        this.tasks = tasks;
        this.words = words;
    }

    /**
     * The timeline for a page: when the engine cannot be asked, the rest of it, saying so; {@code steps}
     * counts the entries that are not business events (shown only on request).
     */
    record ForPage(List<PageEntry> entries, boolean engineUnavailable, long steps) {

        static ForPage of(List<PageEntry> entries, boolean engineUnavailable) {
            return new ForPage(entries, engineUnavailable, entries.stream().filter(e -> !e.business()).count());
        }
    }

    /** One entry as the page shows it: what happened and about what, in the reader's words. */
    record PageEntry(TimelineEntry entry, boolean business, String what, String about) {
    }

    /** An entry with the form key of a completed task (null for the other sources), to word it. */
    record Sourced(TimelineEntry entry, String formKey) {
    }

    /** Every event of the case; fails when a source cannot be read, since a partial answer would mislead. */
    List<TimelineEntry> of(IncidentId incident) {
        return merge(incident, history.events(incident)).stream().map(Sourced::entry).toList();
    }

    ForPage forPage(IncidentId incident, Locale locale) {
        List<CaseEvent> steps;
        boolean unavailable = false;
        try {
            steps = history.events(incident);
        } catch (RuntimeException failure) {
            log.warn("Engine history of incident {} is unavailable: {}", incident, failure.toString());
            steps = List.of();
            unavailable = true;
        }
        List<PageEntry> entries = merge(incident, steps).stream().map(e -> words.of(e, locale)).toList();
        return ForPage.of(entries, unavailable);
    }

    private List<Sourced> merge(IncidentId incident, List<CaseEvent> steps) {
        List<Sourced> entries = new ArrayList<>();
        steps.forEach(event -> entries.add(new Sourced(engine(event), null)));
        audit.forIncident(incident.toString()).forEach(entry -> entries.add(new Sourced(audited(entry), null)));
        tasks.completedForIncident(incident.toString()).forEach(form -> entries.add(new Sourced(new TimelineEntry(
                form.completedAt(), TimelineEntry.Source.TASK, TASK_COMPLETED, null, form.completedBy(),
                form.name()), form.formKey())));
        entries.sort(Comparator.comparing((Sourced s) -> s.entry().at(),
                Comparator.nullsLast(Comparator.<Instant>naturalOrder())));
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
