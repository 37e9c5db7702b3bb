package io.breachflow.regimes;

import static io.breachflow.regimes.Catalog.at;
import static io.breachflow.regimes.Catalog.evaluate;
import static io.breachflow.regimes.Catalog.notRequired;
import static io.breachflow.regimes.Catalog.obligation;
import static io.breachflow.regimes.Catalog.obligations;
import static io.breachflow.regimes.Catalog.requires;
import static io.breachflow.regimes.Facts.breach;
import static io.breachflow.regimes.ObligationKind.*;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RCW 19.255 (regulations.md §4.7). */
class UsWaObligationsTests {

    @Test
    void notifiesTheAttorneyGeneralWithin30DaysOfDiscoveryWhenMoreThan500() {
        Evaluation evaluation = evaluate(breach().awareAt("2025-11-18T09:00:00-08:00").affected("US-WA", 501));

        assertThat(obligation(evaluation, "us-wa-ag").dueAt()).isEqualTo(at("2025-12-18T23:59:59-08:00"));
        assertThat(requires(evaluate(breach().affected("US-WA", 500)), "US-WA", AUTHORITY_REPORT)).isFalse();
    }

    @Test
    void noNoticeWhenNoRiskOfHarmIsLikely() {
        Evaluation evaluation = evaluate(breach().affected("US-WA", 501).highRisk(null).unauthorizedAccess(false)
                .encrypted(false).categories(DataCategory.OTHER));

        assertThat(requires(evaluation, "US-WA", INDIVIDUAL_NOTICE)).isFalse();
    }
}
