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

/** APPI Art. 26 and PPC Rules Arts. 7-8, 10 (regulations.md §5). */
class JpAppiObligationsTests {

    private static Facts japanese(long count) {
        return breach().awareAt("2025-11-18T10:00:00+09:00").affected("JP", count).unauthorizedAccess(false);
    }

    @Test
    void noReportAtExactly1000PeopleBecauseTheLawSaysMoreThan1000() {
        assertThat(requires(evaluate(japanese(1000)), "JP-APPI", AUTHORITY_REPORT)).isFalse();
        assertThat(requires(evaluate(japanese(1001)), "JP-APPI", AUTHORITY_REPORT)).isTrue();
    }

    @Test
    void preliminaryReportIsDuePromptlyWithAThreeDayInternalTarget() {
        Obligation preliminary = obligation(evaluate(japanese(1001)), "jp-appi-preliminary");

        assertThat(preliminary.dueAt()).isNull();
        assertThat(preliminary.targetAt()).isEqualTo(at("2025-11-21T23:59:59+09:00"));
    }

    @Test
    void finalReportWithin30DaysCountingTheDayOfAwarenessAsDayOne() {
        Obligation last = obligation(evaluate(japanese(1001)), "jp-appi-final");

        assertThat(last.kind()).isEqualTo(AUTHORITY_UPDATE);
        assertThat(last.dueAt()).isEqualTo(at("2025-12-17T23:59:59+09:00"));
        assertThat(last.basis()).contains("UNCONFIRMED (flag jp-awareness-day-counts)");
    }

    @Test
    void withTheDayCountFlagOffTheCivilCodeEndsThePeriodOneDayLater() {
        Evaluation evaluation = Catalog.without("jp-awareness-day-counts").evaluate(japanese(1001).build());

        assertThat(obligation(evaluation, "jp-appi-final-civil-code").dueAt()).isEqualTo(at("2025-12-18T23:59:59+09:00"));
    }

    @Test
    void unauthorizedAccessMakesEvenOnePersonReportableWithSixtyDaysForTheFinalReport() {
        Evaluation evaluation = evaluate(japanese(1).cause(Cause.EXTERNAL_ATTACK));

        assertThat(obligation(evaluation, "jp-appi-final-improper").dueAt()).isEqualTo(at("2026-01-16T23:59:59+09:00"));
        assertThat(obligations(evaluation, "JP-APPI", AUTHORITY_UPDATE)).hasSize(1);
    }

    @Test
    void advancedEncryptionNeedsNeitherReportNorNotice() {
        Evaluation evaluation = evaluate(japanese(5000).categories(DataCategory.PAYMENT_CARD).encrypted(true));

        assertThat(requires(evaluation, "JP-APPI", AUTHORITY_REPORT)).isFalse();
        assertThat(requires(evaluation, "JP-APPI", INDIVIDUAL_NOTICE)).isFalse();
    }
}
