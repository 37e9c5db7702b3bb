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

/** Tex. Bus. & Com. Code §521.053 (regulations.md §4.4). */
class UsTxObligationsTests {

    private static Facts texans(long count) {
        return breach().affected("US-TX", count).breachDeterminedAt("2025-11-20T15:00:00-06:00");
    }

    @Test
    void notifiesTheAttorneyGeneralWithin30DaysOfDiscoveryAt250OrMore() {
        Obligation report = obligation(evaluate(texans(250)), "us-tx-ag");

        // known 18 Nov 2025 07:00 in Austin; SB 768 counts from discovery, not determination
        assertThat(report.dueAt()).isEqualTo(at("2025-12-18T23:59:59-06:00"));
        assertThat(requires(evaluate(texans(249)), "US-TX", AUTHORITY_REPORT)).isFalse();
    }

    @Test
    void notifiesResidentsNoLaterThanTheSixtiethDayAfterDetermination() {
        assertThat(obligation(evaluate(texans(1)), "us-tx-individuals").dueAt()).isEqualTo(at("2026-01-19T23:59:59-06:00"));
    }

    @Test
    void waitsForTheDeterminationThatTheBreachOccurred() {
        Obligation notice = obligation(evaluate(breach().affected("US-TX", 1)), "us-tx-individuals");

        assertThat(notice.awaiting()).isEqualTo("milestones.breachDeterminedAt");
    }

    @Test
    void consumerReportingAgenciesOnlyWhenMoreThan10000() {
        assertThat(requires(evaluate(texans(10000)), "US-TX", CRA_NOTICE)).isFalse();
        assertThat(requires(evaluate(texans(10001)), "US-TX", CRA_NOTICE)).isTrue();
    }
}
