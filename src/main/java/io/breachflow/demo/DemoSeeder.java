package io.breachflow.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Seeds the demo case ({@link DemoScenario}) and says where demo data stands. The default profile calls
 * {@link #seed()} in the background on the first start on an empty database; tests call it on demand.
 *
 * <p>Contract: one demo case per database at a time — {@link #seed()} claims the database first and refuses while
 * demo data exists. A failure half way is kept as {@code FAILED} with its reason (never personal data), and what
 * was created stays removable through {@link DemoRemoval}. Publishes {@link DemoDataSeeded} when done.
 */
@Service
public class DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);

    private final DemoRecord record;
    private final DemoScenario scenario;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoSeeder(DemoRecord record, DemoScenario scenario, ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        this.record = record;
        this.scenario = scenario;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Where demo data stands now. */
    public DemoStatus status() {
        return record.status();
    }

    /**
     * Plays the demo case through the real processes, as the demo users, and returns the final status.
     *
     * @throws IllegalStateException when demo data exists already (nothing is created)
     */
    public DemoStatus seed() {
        Instant started = clock.instant();
        if (!record.claim(started)) {
            throw new IllegalStateException("Expected no demo data, but it is " + record.status().state());
        }
        log.info("Preparing the demo case in the background; the application serves meanwhile");
        try {
            scenario.play(clock, record);
        } catch (RuntimeException e) {
            record.failed(clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage());
            log.warn("The demo case stopped half way ({}); an administrator can remove what was created at "
                    + "/admin/demo", e.getClass().getSimpleName(), e);
            return record.status();
        }
        Instant finished = clock.instant();
        record.ready(finished);
        DemoStatus status = record.status();
        long seconds = Duration.between(started, finished).toSeconds();
        events.publishEvent(new DemoDataSeeded(status.incidentId(), status.runId(), DemoNotices.PEOPLE, seconds));
        log.info("Demo case ready in {} s: sign in as officer, legal or dpo (password demo) to see its tasks", seconds);
        return status;
    }

    /** After a restart nothing is seeding any more: a case still marked as being prepared stopped half way. */
    void interruptedByRestart() {
        if (record.refresh().preparing()) {
            record.failed(clock.instant(), "interrupted: the application stopped while the demo case was prepared");
        }
    }
}
