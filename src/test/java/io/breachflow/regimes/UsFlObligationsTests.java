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

/** Fla. Stat. §501.171 (regulations.md §4.5). */
class UsFlObligationsTests {

    private static Facts floridians(long count) {
        return breach().awareAt("2025-11-18T09:00:00-05:00").affected("US-FL", count);
    }

    @Test
    void notifiesTheDepartmentOfLegalAffairsWithin30DaysAt500OrMore() {
        Obligation report = obligation(evaluate(floridians(500)), "us-fl-dla");

        assertThat(report.recipient()).isEqualTo("FL-DLA");
        assertThat(report.dueAt()).isEqualTo(at("2025-12-18T23:59:59-05:00"));
        assertThat(requires(evaluate(floridians(499)), "US-FL", AUTHORITY_REPORT)).isFalse();
    }

    @Test
    void notifiesIndividualsWithin30Days() {
        assertThat(obligation(evaluate(floridians(1)), "us-fl-individuals").dueAt()).isEqualTo(at("2025-12-18T23:59:59-05:00"));
    }

    @Test
    void consumerReportingAgenciesOnlyWhenMoreThan1000() {
        assertThat(requires(evaluate(floridians(1000)), "US-FL", CRA_NOTICE)).isFalse();
        assertThat(requires(evaluate(floridians(1001)), "US-FL", CRA_NOTICE)).isTrue();
    }
}
