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

/** GBL §899-aa as amended Dec 2024 and Feb 2025 (regulations.md §4.3). */
class UsNyObligationsTests {

    @Test
    void notifiesResidentsWithin30DaysAndTheThreeRegulatorsWithoutASeparateDayCount() {
        Evaluation evaluation = evaluate(breach().awareAt("2025-11-18T09:00:00-05:00").affected("US-NY", 20));

        assertThat(obligation(evaluation, "us-ny-individuals").dueAt()).isEqualTo(at("2025-12-18T23:59:59-05:00"));
        assertThat(obligations(evaluation, "US-NY", AUTHORITY_REPORT))
                .extracting(Obligation::recipient).containsExactlyInAnyOrder("AG", "NY-DOS", "NY-STATE-POLICE");
        assertThat(obligations(evaluation, "US-NY", AUTHORITY_REPORT)).allSatisfy(regulator -> {
            assertThat(regulator.dueAt()).isNull();
            assertThat(regulator.targetAt()).isEqualTo(at("2025-12-18T23:59:59-05:00"));
        });
    }

    @Test
    void consumerReportingAgenciesOnlyWhenMoreThan5000() {
        assertThat(requires(evaluate(breach().affected("US-NY", 5000)), "US-NY", CRA_NOTICE)).isFalse();
        assertThat(requires(evaluate(breach().affected("US-NY", 5001)), "US-NY", CRA_NOTICE)).isTrue();
    }
}
