package io.breachflow.regimes;

import static io.breachflow.regimes.Catalog.catalog;
import static io.breachflow.regimes.Facts.breach;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The instant an obligation's clock runs from ({@link ObligationCatalog#anchorOf}), which reminders count
 * their window from, and the zone its deadline is read in ({@link ObligationNames#zoneOf}).
 */
class ObligationAnchorsTests {

    private static final Instant REVISED_AT = Instant.parse("2025-11-25T13:00:00Z");

    private static Facts coupang(long korean) {
        return breach().awareAt("2025-11-18T22:00:00+09:00").detectedAt("2025-11-18T20:30:00+09:00")
                .affected("KR", korean).cause(Cause.INSIDER).homeCountry("KR").secRegistrant()
                .onlineServiceProvider();
    }

    private final BreachFacts facts = coupang(4_500).build();

    @Test
    void aClockFromAwarenessRunsFromAwarenessNotFromWhenTheWorkStarted() {
        assertThat(anchor("kr-pipa-report", facts)).isEqualTo(Instant.parse("2025-11-18T13:00:00Z"));
        assertThat(anchor("kr-network-act-report-insider", facts)).isEqualTo(Instant.parse("2025-11-18T13:00:00Z"));
    }

    @Test
    void aClockFromAMilestoneWaitsForItAndThenRunsFromIt() {
        assertThat(catalog().anchorOf(obligation("us-sec-8k", facts), facts)).isEmpty();

        BreachFacts determined = coupang(4_500).materialityDeterminedAt("2025-11-22T11:00:00-05:00").build();
        assertThat(anchor("us-sec-8k", determined)).isEqualTo(Instant.parse("2025-11-22T16:00:00Z"));
    }

    @Test
    void aSupplementaryReportRunsFromTheRevisionThatCalledForIt() {
        BreachFacts revised = coupang(33_700_000).build();
        ObligationDiff diff = catalog().revise(facts, revised, Set.of("kr-pipa-report"), REVISED_AT);
        Obligation supplement = diff.updates().stream().filter(o -> o.rule().startsWith("kr-pipa-report/"))
                .findFirst().orElseThrow();

        assertThat(catalog().anchorOf(supplement, revised)).contains(REVISED_AT);
    }

    @Test
    void anUnknownRuleHasNoAnchor() {
        Obligation unknown = new Obligation("XX", ObligationKind.AUTHORITY_REPORT, "X", null, null, null, "", "", null,
                "no-such-rule", null, null, null, List.of());

        assertThat(catalog().anchorOf(unknown, facts)).isEmpty();
    }

    @Test
    void aDeadlineIsReadInTheRegimesZone() {
        ObligationNames names = new ObligationNames(new ResourceBundleMessageSource());

        assertThat(names.zoneOf("kr-pipa-report")).contains(ZoneId.of("Asia/Seoul"));
        assertThat(names.zoneOf("us-sec-8k")).contains(ZoneId.of("America/New_York"));
        assertThat(names.zoneOf("kr-pipa-report/supplement@2025-11-25T13:00:00Z")).contains(ZoneId.of("Asia/Seoul"));
        assertThat(names.zoneOf("no-such-rule")).isEmpty();
        assertThat(names.of("kr-pipa-report", Locale.ENGLISH).regime()).isEqualTo("KR-PIPA");
    }

    private static Instant anchor(String rule, BreachFacts facts) {
        return catalog().anchorOf(obligation(rule, facts), facts).orElseThrow();
    }

    private static Obligation obligation(String rule, BreachFacts facts) {
        return catalog().evaluate(facts).obligations().stream().filter(o -> rule.equals(o.rule())).findFirst()
                .orElseThrow(() -> new AssertionError("Expected an obligation of " + rule + " for the facts"));
    }
}
