package io.breachflow.drill;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.audit.BreachRegister;
import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentIntake;
import io.breachflow.incidents.IncidentRecord;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.incidents.ObligationStatus;
import io.breachflow.regimes.BreachFactsJson;
import io.breachflow.workflow.EngineClockControl;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Service;

/**
 * The front door of drill mode. Contract: at most one drill runs at a time; starting one freezes the engine clock
 * at its current time and reports the scenario's incident through {@link IncidentIntake} exactly as
 * {@code POST /api/incidents} would (validated, by the administrator who started it); time then moves only
 * forward, by the pace or a step, and every move applies the scenario's injects that became due. Ending a drill
 * freezes the clock, writes the report and marks the case's breach-register entry as a drill.
 */
@Service
@Profile("drill")
public class Drills {

    /** The pace a drill starts at: one hour of drill time per real minute. */
    public static final Duration DEFAULT_PACE = Duration.ofHours(1);
    /** The paces the drill page offers, drill time per real minute. */
    public static final List<Duration> PACES = List.of(Duration.ofMinutes(1), Duration.ofMinutes(10),
            Duration.ofHours(1), Duration.ofHours(4), Duration.ofDays(1));
    /** How far past a deadline "next deadline" stops, so the deadline has certainly passed. */
    static final Duration PAST_DEADLINE = Duration.ofMinutes(1);

    private final DrillRuns runs;
    private final EngineClockControl clock;
    private final IncidentIntake intake;
    private final IncidentRecords incidents;
    private final BreachRegister register;
    private final DrillReports reports;
    private final ObjectMapper json;
    private final Validator validator;

    Drills(DrillRuns runs, EngineClockControl clock, IncidentIntake intake, IncidentRecords incidents,
            BreachRegister register, DrillReports reports, ObjectMapper json, Validator validator) {
        this.runs = runs;
        this.clock = clock;
        this.intake = intake;
        this.incidents = incidents;
        this.register = register;
        this.reports = reports;
        this.json = json;
        this.validator = validator;
    }

    /** The drill going on, if any. */
    public Optional<DrillRun> current() {
        return runs.running();
    }

    /** Ended drills, newest first. */
    public List<DrillRun> ended() {
        return runs.ended();
    }

    /** The drill clock's time. */
    public Instant now() {
        return clock.now();
    }

    /**
     * Starts {@code scenarioId}, paused at the default pace, and reports its incident.
     *
     * @throws IllegalArgumentException for an unknown scenario
     * @throws IllegalStateException when a drill is already running
     */
    public synchronized DrillRun start(String scenarioId, String admin) {
        Scenario scenario = Scenarios.find(scenarioId).orElseThrow(() -> new IllegalArgumentException(
                "Expected a scenario of " + Scenarios.ALL.stream().map(Scenario::id).toList() + ", but got " + scenarioId));
        runs.running().ifPresent(running -> {
            throw new IllegalStateException("Expected no drill to be running, but drill " + running.id() + " is");
        });
        Instant start = clock.now();
        clock.pin(start);
        long id = runs.insert(scenario.id(), start, admin, DEFAULT_PACE);
        IncidentIntake.Reported reported = intake.report(validated(scenario, start), admin);
        runs.incident(id, reported.id().toString());
        return runs.find(id).orElseThrow();
    }

    /** Sets the pace and pauses or resumes. */
    public synchronized DrillRun pace(Duration pace, boolean paused) {
        DrillRun run = require();
        runs.pace(run.id(), pace, paused);
        return runs.find(run.id()).orElseThrow();
    }

    /** Moves the drill clock forward by {@code by} (positive). */
    public synchronized Instant step(Duration by) {
        if (by.isNegative() || by.isZero()) {
            throw new IllegalArgumentException("Expected a step forward, but got " + by);
        }
        return moveTo(require(), clock.now().plus(by));
    }

    /**
     * Moves the drill clock just past the next deadline of an open obligation of the drill case, so its
     * escalation fires; empty when no open obligation has a deadline ahead.
     */
    public synchronized Optional<Instant> stepToNextDeadline() {
        DrillRun run = require();
        Instant now = clock.now();
        Optional<Instant> next = openDeadlines(run).stream().filter(due -> due.isAfter(now)).min(Comparator.naturalOrder());
        return next.map(due -> moveTo(run, due.plus(PAST_DEADLINE)));
    }

    /** One tick of the pace: {@code realTime} passed, so drill time moves by as much times the pace. */
    synchronized void tick(Duration realTime) {
        runs.running().filter(run -> !run.paused()).ifPresent(run -> moveTo(run,
                clock.now().plusMillis(Math.round(realTime.toMillis() * run.rate()))));
    }

    /**
     * Ends the drill: the clock stops, the report is written in {@code locale} and kept, and the case's register
     * entry is marked as a drill.
     */
    public synchronized DrillRun end(String admin, Locale locale) {
        DrillRun run = require();
        runs.pace(run.id(), run.pace(), true);
        Instant end = clock.now();
        DrillRun ending = runs.find(run.id()).orElseThrow();
        runs.end(run.id(), end, admin, reports.print(reports.build(ending, end, admin), locale));
        if (run.incidentId() != null) {
            register.markDrill(run.incidentId(), run.id());
        }
        return runs.find(run.id()).orElseThrow();
    }

    /** The stored report (print XHTML) of an ended drill. */
    public Optional<String> report(long id) {
        return runs.report(id);
    }

    /** The drill with {@code id}. */
    public Optional<DrillRun> find(long id) {
        return runs.find(id);
    }

    private Instant moveTo(DrillRun run, Instant target) {
        clock.pin(target);
        applyDueInjects(run, target);
        return target;
    }

    private void applyDueInjects(DrillRun run, Instant now) {
        Scenario scenario = Scenarios.find(run.scenario()).orElseThrow();
        int applied = run.injectsApplied();
        while (run.incidentId() != null && applied < scenario.injects().size()
                && !run.startedAt().plus(scenario.injects().get(applied).after()).isAfter(now)) {
            Scenario.Inject inject = scenario.injects().get(applied);
            OffsetDateTime at = run.startedAt().plus(inject.after()).atOffset(ZoneOffset.UTC);
            intake.revise(IncidentId.of(run.incidentId()), at, inject.note(), inject.facts().apply(run.startedAt()),
                    run.startedBy());
            applied++;
            runs.injectsApplied(run.id(), applied);
        }
    }

    private List<Instant> openDeadlines(DrillRun run) {
        if (run.incidentId() == null) {
            return List.of();
        }
        return incidents.find(IncidentId.of(run.incidentId())).map(IncidentRecord::obligations).orElse(List.of())
                .stream().filter(o -> o.status() == ObligationStatus.OPEN && o.dueAt() != null)
                .map(o -> o.dueAt().toInstant()).toList();
    }

    private DrillRun require() {
        return runs.running().orElseThrow(() -> new IllegalStateException("Expected a drill to be running, but none is"));
    }

    /** The scenario's facts as {@code POST /api/incidents} takes them: strict JSON binding, then bean validation. */
    private BreachFactsJson validated(Scenario scenario, Instant start) {
        try {
            BreachFactsJson facts = json.treeToValue(scenario.facts().apply(start), BreachFactsJson.class);
            Set<ConstraintViolation<BreachFactsJson>> violations = validator.validate(facts);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("Expected the " + scenario.id() + " scenario's facts to be valid, but "
                        + violations.iterator().next().getPropertyPath() + " is not");
            }
            return facts;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected the " + scenario.id() + " scenario's facts to bind, but "
                    + e.getOriginalMessage(), e);
        }
    }
}
