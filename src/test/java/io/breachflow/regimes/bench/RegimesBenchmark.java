package io.breachflow.regimes.bench;

import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.Cause;
import io.breachflow.regimes.DataCategory;
import io.breachflow.regimes.Evaluation;
import io.breachflow.regimes.ObligationCatalog;
import io.breachflow.regimes.Weekdays;
import io.breachflow.regimes.internal.RegimesProperties;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * Latency of one evaluation of all 20 regimes for an incident with 50 affected jurisdictions, every
 * milestone set so the business-day and staged clocks all run. Run via {@code scripts/bench-regimes.sh};
 * the last printed line is machine-readable. Business days here are weekdays only: the real holiday
 * calendars are another module's, and a lookup in a set costs the same.
 */
public final class RegimesBenchmark {

    private static final List<String> JURISDICTIONS = List.of("KR", "JP", "CN", "SG", "IN", "AU", "BR", "CA", "GB",
            "US-CA", "US-NY", "US-TX", "US-FL", "US-MA", "US-WA", "US-CO", "US-IL", "US-NJ", "US-GA", "US-PA",
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU",
            "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "NO", "CH", "MX");

    private RegimesBenchmark() {
    }

    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int measured = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        ObligationCatalog catalog = new ObligationCatalog(new Weekdays(), RegimesProperties.defaults(), Clock.systemUTC());
        BreachFacts facts = incident();
        int obligations = catalog.evaluate(facts).obligations().size();
        long sink = 0;
        for (int i = 0; i < warmup; i++) {
            sink += catalog.evaluate(facts).obligations().size();
        }
        long[] nanos = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            Evaluation evaluation = catalog.evaluate(facts);
            nanos[i] = System.nanoTime() - start;
            sink += evaluation.notRequired().size();
        }
        Arrays.sort(nanos);
        System.out.printf("jurisdictions=%d obligations-per-evaluation=%d warmup=%d measured=%d (sink %d)%n",
                JURISDICTIONS.size(), obligations, warmup, measured, sink);
        System.out.printf("evaluations=%d p50-ms=%.3f p99-ms=%.3f max-ms=%.3f%n", measured, millis(nanos, 0.50),
                millis(nanos, 0.99), nanos[measured - 1] / 1e6);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private static BreachFacts incident() {
        List<BreachFacts.Affected> affected = new ArrayList<>();
        long count = 1;
        for (String jurisdiction : JURISDICTIONS) {
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
