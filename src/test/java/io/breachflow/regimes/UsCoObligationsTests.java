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

/** C.R.S. §6-1-716 (regulations.md §4.8). */
class UsCoObligationsTests {

    private static Facts coloradans(long count) {
        return breach().affected("US-CO", count).breachDeterminedAt("2025-11-20T10:00:00-07:00");
    }

    @Test
    void notifiesTheAttorneyGeneralWithin30DaysOfDeterminationAt500OrMore() {
        assertThat(obligation(evaluate(coloradans(500)), "us-co-ag").dueAt()).isEqualTo(at("2025-12-20T23:59:59-07:00"));
        assertThat(requires(evaluate(coloradans(499)), "US-CO", AUTHORITY_REPORT)).isFalse();
    }

    @Test
    void consumerReportingAgenciesAt1000OrMore() {
        assertThat(requires(evaluate(coloradans(999)), "US-CO", CRA_NOTICE)).isFalse();
        assertThat(requires(evaluate(coloradans(1000)), "US-CO", CRA_NOTICE)).isTrue();
    }
}
