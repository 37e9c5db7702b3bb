package io.breachflow.metrics;

/**
 * Meters whose values come from one query: {@link #refresh()} runs it and stores the numbers the meters read.
 * Called by {@link SnapshotRefresh} at start-up and then every {@code breachflow.metrics.refresh-interval}, never
 * by a scrape. An implementation must not put personal data in a tag.
 */
public interface GaugeSnapshot {

    /** Runs the query and replaces the values the meters report. */
    void refresh();
}
