package io.breachflow.regimes;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.regimes.internal.RegimesProperties;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The catalog as the tests use it: shipped rules, test calendars, a fixed clock, and lookups. */
final class Catalog {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-11-25T13:00:00Z"), ZoneOffset.UTC);
    private static final ObligationCatalog DEFAULT = new ObligationCatalog(new FakeCalendars(),
            RegimesProperties.defaults(), CLOCK);

    private Catalog() {
    }

    static ObligationCatalog catalog() {
        return DEFAULT;
    }

    /** A catalog with the given UNCONFIRMED flags switched off. */
    static ObligationCatalog without(String... flags) {
        return new ObligationCatalog(new FakeCalendars(), RegimesProperties.defaults().without(flags), CLOCK);
    }

    static Evaluation evaluate(Facts facts) {
        return DEFAULT.evaluate(facts.build());
    }

    /** The one obligation produced by {@code rule} (optionally for one jurisdiction). */
    static Obligation obligation(Evaluation evaluation, String rule) {
        List<Obligation> found = evaluation.obligations().stream().filter(o -> o.rule().equals(rule)).toList();
        assertThat(found).as("obligations from rule %s in %s", rule, rules(evaluation)).hasSize(1);
        return found.get(0);
    }

    static List<Obligation> obligations(Evaluation evaluation, String regime, ObligationKind kind) {
        return evaluation.obligations().stream().filter(o -> o.regime().equals(regime) && o.kind() == kind).toList();
    }

    static boolean requires(Evaluation evaluation, String regime, ObligationKind kind) {
        return !obligations(evaluation, regime, kind).isEmpty();
    }

    /** The "not required" entry of a regime and kind, which must exist. */
    static NotRequired notRequired(Evaluation evaluation, String regime, ObligationKind kind) {
        return evaluation.notRequired().stream().filter(n -> n.regime().equals(regime) && n.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no notRequired " + regime + " " + kind
                        + " among " + rules(evaluation)));
    }

    static OffsetDateTime at(String time) {
        return OffsetDateTime.parse(time);
    }

    private static List<String> rules(Evaluation evaluation) {
        return evaluation.obligations().stream().map(Obligation::key).toList();
    }
}
