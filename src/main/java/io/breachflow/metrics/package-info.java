/**
 * Business metrics for operators ({@code /actuator/prometheus}, issue 17). Each module that owns data binds its
 * own meters (a Micrometer {@code MeterBinder} beside its tables) and, where a value needs a query, implements
 * {@link io.breachflow.metrics.GaugeSnapshot}: this module refreshes every snapshot on one schedule
 * ({@code breachflow.metrics.refresh-interval}, default 30 s), so a scrape only reads numbers already computed and
 * never runs a query per scrape or per label. Depends on no other module.
 */
package io.breachflow.metrics;
