package io.breachflow.incidents;

import io.breachflow.regimes.BreachFactsJson;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Detection's front door: signals open suspected incidents or join one about the same thing (same type,
 * observed within {@code breachflow.incidents.grouping-window}, default 24 h, of its signals); triage
 * decides what each is. Confirming a breach fixes the awareness time and reports the incident, with the
 * suspected incident's id and no affected people yet: the facts grow through revisions.
 */
@Service
public class Detection {

    private final SuspectedIncidents suspected;
    private final IncidentIntake intake;
    private final ApplicationEventPublisher events;
    private final Duration window;
    private final Clock clock;

    Detection(SuspectedIncidents suspected, IncidentIntake intake, ApplicationEventPublisher events,
            @Value("${breachflow.incidents.grouping-window:PT24H}") Duration window, ObjectProvider<Clock> clock) {
        this.suspected = suspected;
        this.intake = intake;
        this.events = events;
        this.window = window;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Files the signal; returns the suspected incident it belongs to. Idempotent on source + reference. */
    @Transactional
    public IncidentId receive(SecuritySignal signal) {
        Optional<IncidentId> known = suspected.bySignal(signal.source(), signal.reference());
        if (known.isPresent()) {
            return known.get();
        }
        IncidentId id = suspected.openNear(signal.type(), signal.observedAt(), window).orElse(null);
        if (id == null) {
            id = IncidentId.random();
            suspected.open(id, signal.type(), signal.observedAt(), clock.instant());
            events.publishEvent(new SuspectedIncidentOpened(id, signal.observedAt()));
        }
        suspected.addSignal(id, signal, clock.instant());
        return id;
    }

    /**
     * Records the triage decision with its reasoning. A {@link TriageOutcome#BREACH} is reported as the
     * incident with the same id, aware at {@code awareAt}; a repeated decision changes nothing.
     */
    @Transactional
    public void decide(IncidentId id, TriageOutcome outcome, OffsetDateTime awareAt, String reasoning,
            String decidedBy) {
        SuspectedIncidents.Suspected current = suspected.find(id).orElseThrow(() -> new NoSuchElementException(
                "Expected suspected incident " + id + ", but there is none"));
        if (outcome == TriageOutcome.BREACH && awareAt == null) {
            throw new IllegalArgumentException("Expected the awareness time of a confirmed breach, but got none");
        }
        if (!suspected.decide(id, outcome, awareAt, reasoning, decidedBy, clock.instant())) {
            return;
        }
        if (outcome == TriageOutcome.BREACH) {
            intake.report(id, new BreachFactsJson("Detected: " + current.type(), iso(awareAt),
                    iso(current.firstObservedAt()), List.of(), null, null, null, null, null, null, null), decidedBy);
        }
    }

    /** The suspected incident with its signals (without summaries) and decision, if any. */
    @Transactional(readOnly = true)
    public Optional<SuspectedIncident> find(IncidentId id) {
        return suspected.find(id).map(s -> new SuspectedIncident(s.id(), s.type(), s.status(), s.awareAt(),
                s.reasoning(), s.decidedBy(), s.decidedAt(), suspected.signals(id).stream()
                .map(signal -> new SuspectedIncident.Signal(signal.source(), signal.reference(), signal.type(),
                        signal.severity(), signal.observedAt())).toList()));
    }

    private static String iso(OffsetDateTime time) {
        return time == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time);
    }
}
