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

/** DPDP Act 2023 s 8(6) and DPDP Rules 2025 Rule 7 (regulations.md §11). */
class InDpdpObligationsTests {

    @Test
    void notYetInForceForBreachesKnownIn2025() {
        assertThat(notRequired(evaluate(breach().affected("IN", 10)), "IN-DPDP", AUTHORITY_REPORT).reason())
                .contains("Not in force").contains("2027-05-14");
    }

    @Test
    void onceInForceTheBoardGetsAnIntimationAndADetailedReportWithin72Hours() {
        Evaluation evaluation = evaluate(breach().awareAt("2027-06-01T10:00:00+05:30").affected("IN", 1));

        assertThat(obligation(evaluation, "in-dpdp-intimation").dueAt()).isNull();
        assertThat(obligation(evaluation, "in-dpdp-detailed-report").dueAt()).isEqualTo(at("2027-06-04T10:00:00+05:30"));
        assertThat(requires(evaluation, "IN-DPDP", INDIVIDUAL_NOTICE)).isTrue();
    }

    @Test
    void theUnconfirmedCommencementDayCanBeMovedToThirteenthMay() {
        Facts thirteenth = breach().awareAt("2027-05-13T12:00:00+05:30").affected("IN", 1);

        assertThat(requires(evaluate(thirteenth), "IN-DPDP", AUTHORITY_UPDATE)).isFalse();
        assertThat(requires(Catalog.without("in-dpdp-2027-05-14").evaluate(thirteenth.build()), "IN-DPDP", AUTHORITY_UPDATE))
                .isTrue();
    }
}
