package io.breachflow.regimes.bench;

import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.Cause;
import io.breachflow.regimes.DataCategory;
import io.breachflow.regimes.Evaluation;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.regimes.Weekdays;
import io.breachflow.regimes.internal.RegimesProperties;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * Latency of one evaluation of every regime (20 + 54 US states and territories) for two incidents: one
 * with 50 affected jurisdictions worldwide, and a US multi-state one touching 30 states (issue 18: at most
 * 2 ms p99), every milestone set so the business-day and staged clocks all run. Run via
 * {@code scripts/bench-regimes.sh}; the last printed line is machine-readable. Business days here are weekdays only: the real holiday
 * calendars are another module's, and a lookup in a set costs the same.
 */
public final class RegimesBenchmark {

    private static final List<String> JURISDICTIONS = List.of("KR", "JP", "CN", "SG", "IN", "AU", "BR", "CA", "GB",
            "US-CA", "US-NY", "US-TX", "US-FL", "US-MA", "US-WA", "US-CO", "US-IL", "US-NJ", "US-GA", "US-PA",
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "CH", "MX");
    /** Thirty states across every clock shape: fixed days, "no later than the notice", business days, exemptions. */
    private static final List<String> US_STATES = List.of("US-AL", "US-AK", "US-AZ", "US-AR", "US-CA", "US-CO", "US-CT",
            "US-DE", "US-DC", "US-FL", "US-GA", "US-HI", "US-IL", "US-IN", "US-IA", "US-LA", "US-ME", "US-MD", "US-MA",
            "US-MN", "US-MT", "US-NE", "US-NJ", "US-NM", "US-NY", "US-OR", "US-PA", "US-TX", "US-VT", "US-WA");

    private RegimesBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        ObligationCatalog catalog = new ObligationCatalog(new Weekdays(), RegimesProperties.defaults(), Clock.systemUTC());
        long[][] world = run(catalog, incident(JURISDICTIONS), warmup, measured, "worldwide");
        long[][] states = run(catalog, incident(US_STATES), warmup, measured, "us-states");
        System.out.printf("evaluations=%d p50-ms=%.3f p99-ms=%.3f max-ms=%.3f us-states=%d us-p50-ms=%.3f us-p99-ms=%.3f"
                        + " us-max-ms=%.3f us-cpu-p99-ms=%.3f%n", measured, millis(world[0], 0.50), millis(world[0], 0.99),
                world[0][measured - 1] / 1e6, US_STATES.size(), millis(states[0], 0.50), millis(states[0], 0.99),
                states[0][measured - 1] / 1e6, millis(states[1], 0.99));
    }

    /** Sorted wall-clock and CPU nanoseconds per evaluation. */
    private static long[][] run(ObligationCatalog catalog, BreachFacts facts, int warmup, int measured, String name) {
        int obligations = catalog.evaluate(facts).obligations().size();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += catalog.evaluate(facts).obligations().size();
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] nanos = new long[measured];
        long[] cpu = new long[measured];
        long allocated = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < measured; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Evaluation evaluation = catalog.evaluate(facts);
            nanos[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
            sink += evaluation.notRequired().size();
        }
        long perEvaluation = (threads.getCurrentThreadAllocatedBytes() - allocated) / measured;
        Arrays.sort(nanos);
        Arrays.sort(cpu);
        // wall-clock latency includes time the OS gave other processes; CPU time is this thread's own work
        System.out.printf("%s: jurisdictions=%d obligations-per-evaluation=%d warmup=%d measured=%d (sink %d)"
                        + " p50-ms=%.3f p99-ms=%.3f cpu-p50-ms=%.3f cpu-p99-ms=%.3f allocated-kb=%d%n", name,
                facts.affected().size(), obligations, warmup, measured, sink, millis(nanos, 0.50), millis(nanos, 0.99),
                millis(cpu, 0.50), millis(cpu, 0.99), perEvaluation / 1024);
        return new long[][] {nanos, cpu};
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private static BreachFacts incident(List<String> jurisdictions) {
        List<BreachFacts.Affected> affected = new ArrayList<>();
        long count = 1;
        for (String jurisdiction : jurisdictions) {
            affected.add(new BreachFacts.Affected(jurisdiction, count * 997));
            count += 1_000;
        }
        OffsetDateTime aware = OffsetDateTime.parse("2025-11-18T22:00:00+09:00");
        return new BreachFacts("benchmark", aware, aware.minusHours(2), affected,
                EnumSet.of(DataCategory.NAME, DataCategory.EMAIL, DataCategory.PAYMENT_CARD, DataCategory.HEALTH),
                Cause.EXTERNAL_ATTACK, true, false, null,
                new BreachFacts.Organization("KR", true, true, "IE", null, io.breachflow.regimes.Nis2Entity.ESSENTIAL, false),
                new BreachFacts.Milestones(aware.plusDays(4), aware.plusDays(2), aware.plusDays(1), aware.plusHours(3)));
    }
}
