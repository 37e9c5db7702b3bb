package io.breachflow.regimes;

import static io.breachflow.regimes.Catalog.evaluate;
import static io.breachflow.regimes.Catalog.notRequired;
import static io.breachflow.regimes.Catalog.obligation;
import static io.breachflow.regimes.Catalog.requires;
import static io.breachflow.regimes.Catalog.without;
import static io.breachflow.regimes.Facts.breach;
import static io.breachflow.regimes.ObligationKind.INDIVIDUAL_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Risk-of-harm exceptions apply only to a determination the officer recorded for the state, never to a
 * computed risk; an UNCONFIRMED exception switched off keeps the duty (regulations-us-states.md).
 */
class UsRiskOfHarmTests {

    @Test
    void alaskaNeedsTheAttorneyGeneralToldBeforeRelyingOnNoHarm() {
        Evaluation evaluation = evaluate(breach().affected("US-AK", 40).noHarmDetermined("US-AK"));

        assertThat(requires(evaluation, "US-AK", INDIVIDUAL_NOTICE)).isFalse();
        assertThat(notRequired(evaluation, "US-AK", INDIVIDUAL_NOTICE).reason())
                .contains("exempt").contains("written notice to the Attorney General");
        assertThat(obligation(evaluation, "us-ak-ag-no-harm").jurisdiction()).isEqualTo("US-AK");
    }

    @Test
    void withoutADeterminationAlaskansAreNotifiedAndTheAttorneyGeneralIsNot() {
        Evaluation evaluation = evaluate(breach().affected("US-AK", 40));

        assertThat(requires(evaluation, "US-AK", INDIVIDUAL_NOTICE)).isTrue();
        assertThat(evaluation.obligations()).noneMatch(o -> o.rule().equals("us-ak-ag-no-harm"));
    }

    @Test
    void aDeterminationForAnotherStateDoesNotExemptKansas() {
        assertThat(requires(evaluate(breach().affected("US-KS", 5).noHarmDetermined("US-KY")), "US-KS",
                INDIVIDUAL_NOTICE)).isTrue();
        assertThat(requires(evaluate(breach().affected("US-KS", 5).noHarmDetermined("US-KS")), "US-KS",
                INDIVIDUAL_NOTICE)).isFalse();
    }

    @Test
    void georgiaHasNoRiskOfHarmException() {
        assertThat(requires(evaluate(breach().affected("US-GA", 5).noHarmDetermined("US-GA")), "US-GA",
                INDIVIDUAL_NOTICE)).isTrue();
    }

    @Test
    void anUnconfirmedExceptionSwitchedOffKeepsTheFloridaNotice() {
        Facts facts = breach().affected("US-FL", 5).noHarmDetermined("US-FL");

        assertThat(notRequired(evaluate(facts), "US-FL", INDIVIDUAL_NOTICE).reason()).contains("UNCONFIRMED");
        assertThat(requires(without("us-fl-harm-exception").evaluate(facts.build()), "US-FL", INDIVIDUAL_NOTICE)).isTrue();
    }

    @Test
    void aLowComputedRiskDoesNotLiftWashingtonsNotice() {
        assertThat(requires(evaluate(breach().affected("US-WA", 5).highRisk(false).categories(DataCategory.ORDER_HISTORY)),
                "US-WA", INDIVIDUAL_NOTICE)).isTrue();
    }

    @Test
    void encryptedDataIsExemptInTexasButNotInWyomingWhereTheSafeHarbourIsUnclear() {
        assertThat(requires(evaluate(breach().affected("US-TX", 5).encrypted(true).breachDeterminedAt("2026-01-05T10:00:00-06:00")),
                "US-TX", INDIVIDUAL_NOTICE)).isFalse();
        assertThat(requires(evaluate(breach().affected("US-WY", 5).encrypted(true)), "US-WY", INDIVIDUAL_NOTICE)).isTrue();
    }
}
