package io.breachflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.ScopeRevised;
import io.breachflow.tasklist.HumanTaskCompleted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

class StrandedEventRetryTests {

    private static final Instant NOW = Instant.parse("2025-11-18T13:00:00Z");

    private Predicate<EventPublication> selected;

    private final IncompleteEventPublications publications = new IncompleteEventPublications() {
        @Override
        public void resubmitIncompletePublications(Predicate<EventPublication> filter) {
            selected = filter;
        }

        @Override
        public void resubmitIncompletePublicationsOlderThan(Duration duration) {
            throw new AssertionError("Expected a filter on the workflow's own events");
        }
    };

    private static EventPublication published(Object event, Duration ago) {
        return new EventPublication() {
            @Override
            public UUID getIdentifier() {
                return UUID.randomUUID();
            }

            @Override
            public Object getEvent() {
                return event;
            }

            @Override
            public Instant getPublicationDate() {
                return NOW.minus(ago);
            }

            @Override
            public Optional<Instant> getCompletionDate() {
                return Optional.empty();
            }
        };
    }

    @Test
    void retriesOnlyTheEngineCommandsStrandedLongerThanTheInterval() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory(
                Map.of("clock", Clock.fixed(NOW, ZoneOffset.UTC)));
        new StrandedEventRetry(publications, Duration.ofMinutes(1), beans.getBeanProvider(Clock.class),
                io.breachflow.cluster.ClusterJobs.unlocked()).retry();

        HumanTaskCompleted completed = new HumanTaskCompleted(1L, "approve-report", "i", Map.of("approved", true));
        assertThat(selected.test(published(completed, Duration.ofMinutes(5)))).isTrue();
        assertThat(selected.test(published(new ScopeRevised(new IncidentId(UUID.randomUUID()), 2, "officer"),
                Duration.ofMinutes(2)))).isTrue();
        assertThat(selected.test(published(completed, Duration.ofSeconds(10)))).as("maybe still in flight").isFalse();
        assertThat(selected.test(published(List.of("someone else's event"), Duration.ofHours(1)))).isFalse();
    }
}
