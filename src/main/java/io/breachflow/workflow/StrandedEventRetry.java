package io.breachflow.workflow;

import io.breachflow.cluster.ClusterJob;
import io.breachflow.cluster.ClusterJobs;
import io.breachflow.incidents.IncidentReported;
import io.breachflow.incidents.ScopeRevised;
import io.breachflow.incidents.SuspectedIncidentOpened;
import io.breachflow.tasklist.HumanTaskCompleted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands the engine the commands it missed: an event {@link ProcessTriggers} could not turn into an
 * engine command (engine or cluster unreachable) stays incomplete in the publication registry, which on
 * its own retries only at the next start. This retries such events once they are older than
 * {@code breachflow.workflow.event-retry-interval} (ISO-8601, default {@code PT1M}), at that interval.
 * Every handler is idempotent (one lifecycle per incident, message ids per revision, completing a
 * missing job is skipped), so a retry never does the work twice. In a cluster one node retries per interval
 * ({@link ClusterJobs}), so two nodes never hand the engine the same stranded command at the same moment; the lock
 * is held at most ten minutes (a retry of many stranded events against a slow engine), after which a node that died
 * while retrying no longer holds the others back.
 */
@Component
class StrandedEventRetry {

    private final IncompleteEventPublications publications;
    private final Duration age;
    private final Clock clock;
    private final ClusterJobs cluster;
    private final ClusterJob job;

    StrandedEventRetry(IncompleteEventPublications publications,
            @Value("${breachflow.workflow.event-retry-interval:PT1M}") Duration age, ObjectProvider<Clock> clock,
            ClusterJobs cluster) {
        this.publications = publications;
        this.age = age;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.cluster = cluster;
        this.job = ClusterJob.periodic("workflow.stranded-event-retry", age, Duration.ofMinutes(10));
    }

    @Scheduled(fixedDelayString = "${breachflow.workflow.event-retry-interval:PT1M}",
            initialDelayString = "${breachflow.workflow.event-retry-interval:PT1M}")
    void retry() {
        cluster.runOnce(job, () -> {
            Instant before = clock.instant().minus(age);
            publications.resubmitIncompletePublications(publication -> isForTheEngine(publication)
                    && publication.getPublicationDate().isBefore(before));
        });
    }

    private static boolean isForTheEngine(EventPublication publication) {
        Object event = publication.getEvent();
        return event instanceof IncidentReported || event instanceof ScopeRevised
                || event instanceof HumanTaskCompleted || event instanceof SuspectedIncidentOpened;
    }
}
