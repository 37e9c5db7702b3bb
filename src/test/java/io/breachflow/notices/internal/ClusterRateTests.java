package io.breachflow.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The run page's rate on a cluster: measured from the run's shared counters, so a node that sends a third of the
 * letters (or none) still shows the whole cluster's rate and an ETA that holds.
 */
class ClusterRateTests {

    private final AtomicLong nanos = new AtomicLong();
    private final ClusterRate rate = new ClusterRate(nanos::get);

    @Test
    void threeNodesSendingTogetherShowTheirSumNotThisNodesShare() {
        assertThat(rate.sample(1, 0, 2_000)).as("first look: this node's own rate").isEqualTo(2_000);
        advanceSeconds(5);
        assertThat(rate.sample(1, 30_000, 2_000)).as("30,000 done in 5 s by three nodes").isCloseTo(6_000, within(0.1));
        advanceSeconds(5);
        assertThat(rate.sample(1, 60_000, 0)).as("on a node not sending at all").isCloseTo(6_000, within(0.1));
    }

    @Test
    void theRateFollowsTheLastMinuteAndAPausedRunMeasuresAfresh() {
        rate.sample(2, 0, 0);
        for (int i = 1; i <= 24; i++) { // two minutes: 1,000/s, then 100/s in the second minute
            advanceSeconds(5);
            rate.sample(2, i <= 12 ? i * 5_000L : 60_000 + (i - 12) * 500L, 0);
        }
        assertThat(rate.sample(2, 66_000, 0)).as("the last minute only").isCloseTo(100, within(1.0));

        rate.forget(2);
        assertThat(rate.sample(2, 66_000, 42)).as("after a pause: this node's rate until measured").isEqualTo(42);
    }

    private void advanceSeconds(long seconds) {
        nanos.addAndGet(seconds * 1_000_000_000L);
    }
}
