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

/** PIPL Art. 57 and the CAC incident-reporting measures of 2025 (regulations.md §10). */
class CnPiplObligationsTests {

    private static Facts chinese(long count) {
        return breach().affected("CN", count).detectedAt("2025-11-18T20:30:00+09:00");
    }

    @Test
    void ordinaryOperatorReportsToTheProvincialCacWithinFourHoursAtOneMillion() {
        Obligation report = obligation(evaluate(chinese(1_000_000).criticalInfrastructure(false)), "cn-cac-report");

        assertThat(report.dueAt()).isEqualTo(at("2025-11-18T23:30:00+08:00"));
        assertThat(notRequired(evaluate(chinese(999_999)), "CN-PIPL", AUTHORITY_REPORT).reason())
                .contains("999,999 in China");
    }

    @Test
    void criticalInfrastructureOperatorReportsWithinOneHour() {
        Obligation report = obligation(evaluate(chinese(1_000_000).criticalInfrastructure(true)), "cn-cac-report-cii");

        assertThat(report.dueAt()).isEqualTo(at("2025-11-18T20:30:00+08:00"));
    }

    @Test
    void piplNoticeToAuthorityAndIndividualsHasNoThreshold() {
        Evaluation evaluation = evaluate(chinese(1));

        assertThat(obligation(evaluation, "cn-pipl-authority").dueAt()).isNull();
        assertThat(obligation(evaluation, "cn-pipl-individuals").targetAt()).isNotNull();
    }

    @Test
    void summaryReportWaitsForTheEndOfHandling() {
        assertThat(obligation(evaluate(chinese(1_000_000)), "cn-cac-summary").awaiting()).isEqualTo("the end of incident handling");
    }
}
