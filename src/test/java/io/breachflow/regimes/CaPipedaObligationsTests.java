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

/** PIPEDA s 10.1 (regulations.md §12). */
class CaPipedaObligationsTests {

    @Test
    void realRiskOfSignificantHarmRequiresReportAndNoticeAsSoonAsFeasible() {
        Evaluation evaluation = evaluate(breach().affected("CA", 10).breachDeterminedAt("2025-11-20T10:00:00-05:00"));

        Obligation report = obligation(evaluation, "ca-pipeda-opc");
        assertThat(report.recipient()).isEqualTo("OPC");
        assertThat(report.dueAt()).isNull();
        assertThat(report.targetAt()).isEqualTo(at("2025-11-23T10:00:00-05:00"));
        assertThat(requires(evaluation, "CA-PIPEDA", INDIVIDUAL_NOTICE)).isTrue();
    }

    @Test
    void noReportWithoutARealRiskOfSignificantHarm() {
        assertThat(requires(evaluate(breach().affected("CA", 10).highRisk(false)), "CA-PIPEDA", AUTHORITY_REPORT)).isFalse();
    }

    @Test
    void californiaIsNotCanada() {
        assertThat(requires(evaluate(breach().affected("US-CA", 10)), "CA-PIPEDA", AUTHORITY_REPORT)).isFalse();
    }
}
