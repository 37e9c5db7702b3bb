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

/** Cal. Civ. Code § 1798.82 as amended by SB 446 (regulations.md §4.2). */
class UsCaObligationsTests {

    private static Facts californians(long count) {
        return breach().awareAt("2026-02-10T09:00:00-08:00").affected("US-CA", count);
    }

    @Test
    void notifiesResidentsWithin30CalendarDaysOfDiscoveryEndingLocalMidnightInDaylightTime() {
        Obligation notice = obligation(evaluate(californians(10).detectedAt("2026-02-09T23:30:00-08:00")),
                "us-ca-individuals");

        assertThat(notice.dueAt()).isEqualTo(at("2026-03-11T23:59:59-07:00"));
    }

    @Test
    void sendsTheAttorneyGeneralASampleCopy15DaysAfterTheNoticeWhenMoreThan500() {
        Obligation copy = obligation(evaluate(californians(501)), "us-ca-ag");

        assertThat(copy.jurisdiction()).isEqualTo("US-CA");
        assertThat(copy.dueAt()).isNull();
        assertThat(copy.awaiting()).contains("us-ca-individuals");
        assertThat(copy.targetAt()).isEqualTo(at("2026-02-25T23:59:59-08:00"));
    }

    @Test
    void noAttorneyGeneralCopyAtExactly500() {
        assertThat(notRequired(evaluate(californians(500)), "US-CA", AUTHORITY_REPORT).reason())
                .contains("more than 500 affected (500 in California)");
    }

    @Test
    void encryptedDataNeedsNoNotice() {
        assertThat(requires(evaluate(californians(501).encrypted(true)), "US-CA", INDIVIDUAL_NOTICE)).isFalse();
    }

    @Test
    void before2026TheNoticeHadNoFixedNumberOfDays() {
        Obligation notice = obligation(evaluate(breach().awareAt("2025-11-18T09:00:00-08:00").affected("US-CA", 10)),
                "us-ca-individuals-2025");

        assertThat(notice.dueAt()).isNull();
    }
}
