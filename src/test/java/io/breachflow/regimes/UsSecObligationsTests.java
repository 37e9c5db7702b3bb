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

/** Form 8-K Item 1.05, Rule 0-2 and the EDGAR cutoff of 17 CFR 232.13 (regulations.md §0, §4.1). */
class UsSecObligationsTests {

    @Test
    void filesForm8kByFourBusinessDaysAfterMaterialityAt1730Eastern() {
        Evaluation evaluation = evaluate(breach().secRegistrant().affected("KR", 4500)
                .materialityDeterminedAt("2025-11-18T10:00:00-05:00"));

        Obligation filing = obligation(evaluation, "us-sec-8k");
        assertThat(filing.recipient()).isEqualTo("SEC");
        assertThat(filing.dueAt()).isEqualTo(at("2025-11-24T17:30:00-05:00"));
    }

    @Test
    void aSaturdayDeterminationCountsFromMondayAndSkipsThanksgiving() {
        Evaluation evaluation = evaluate(breach().secRegistrant().affected("KR", 4500)
                .materialityDeterminedAt("2025-11-22T11:00:00-05:00"));

        assertThat(obligation(evaluation, "us-sec-8k").dueAt()).isEqualTo(at("2025-11-28T17:30:00-05:00"));
    }

    @Test
    void theCutoffFollowsDaylightTimeAndIndependenceDayIsNoBusinessDay() {
        Evaluation evaluation = evaluate(breach().awareAt("2025-06-30T09:00:00-04:00").secRegistrant().affected("US-NY", 1)
                .materialityDeterminedAt("2025-07-01T18:00:00-04:00"));

        assertThat(obligation(evaluation, "us-sec-8k").dueAt()).isEqualTo(at("2025-07-08T17:30:00-04:00"));
    }

    @Test
    void waitsForTheMaterialityDeterminationAndSaysSo() {
        Obligation filing = obligation(evaluate(breach().secRegistrant().affected("KR", 4500)), "us-sec-8k");

        assertThat(filing.dueAt()).isNull();
        assertThat(filing.awaiting()).isEqualTo("milestones.materialityDeterminedAt");
        assertThat(filing.reason()).contains("the clock waits for milestones.materialityDeterminedAt");
    }

    @Test
    void notRequiredForAnOrganisationThatIsNotARegistrant() {
        assertThat(notRequired(evaluate(breach().affected("KR", 4500)), "US-SEC", AUTHORITY_REPORT).reason())
                .isEqualTo("The organisation is not an SEC registrant.");
    }
}
