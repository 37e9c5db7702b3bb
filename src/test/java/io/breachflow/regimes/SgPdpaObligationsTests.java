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

/** PDPA Part 6A and the Notification Regulations 2021 (regulations.md §7). */
class SgPdpaObligationsTests {

    private static Facts singaporeans(long count) {
        return breach().affected("SG", count).assessmentCompletedAt("2025-11-21T15:00:00+08:00");
    }

    @Test
    void notifiesThePdpcNoLaterThanThreeCalendarDaysAfterTheAssessmentDayWeekendIncluded() {
        assertThat(obligation(evaluate(singaporeans(10)), "sg-pdpa-pdpc").dueAt())
                .isEqualTo(at("2025-11-24T23:59:59+08:00"));
    }

    @Test
    void scaleAloneAt500RequiresThePdpcButNoIndividualNotice() {
        Evaluation at500 = evaluate(singaporeans(500).highRisk(false));

        assertThat(requires(at500, "SG-PDPA", AUTHORITY_REPORT)).isTrue();
        assertThat(requires(at500, "SG-PDPA", INDIVIDUAL_NOTICE)).isFalse();
        assertThat(requires(evaluate(singaporeans(499).highRisk(false)), "SG-PDPA", AUTHORITY_REPORT)).isFalse();
    }

    @Test
    void waitsForTheNotifiabilityAssessment() {
        Obligation report = obligation(evaluate(breach().affected("SG", 10)), "sg-pdpa-pdpc");

        assertThat(report.awaiting()).isEqualTo("milestones.assessmentCompletedAt");
    }
}
