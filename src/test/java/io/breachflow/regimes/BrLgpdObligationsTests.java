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

/** LGPD Art. 48 and Resolution CD/ANPD 15/2024 (regulations.md §9). */
class BrLgpdObligationsTests {

    private static Facts brazilians() {
        return breach().affected("BR", 100).categories(DataCategory.NAME, DataCategory.BANK_ACCOUNT)
                .personalDataConfirmedAt("2025-11-18T10:00:00-03:00");
    }

    @Test
    void communicatesToTheAnpdWithinThreeBusinessDaysSkippingConscienciaNegraAndTheWeekend() {
        Obligation report = obligation(evaluate(brazilians()), "br-lgpd-anpd");

        assertThat(report.dueAt()).isEqualTo(at("2025-11-24T23:59:59-03:00"));
        assertThat(report.basis()).contains("UNCONFIRMED (flag br-business-day-counting)");
        assertThat(obligation(evaluate(brazilians()), "br-lgpd-individuals").dueAt()).isEqualTo(at("2025-11-24T23:59:59-03:00"));
    }

    @Test
    void withTheCountingFlagOffTheDayOfKnowledgeIsDayOne() {
        Evaluation evaluation = Catalog.without("br-business-day-counting").evaluate(brazilians().build());

        assertThat(obligation(evaluation, "br-lgpd-anpd-first-day").dueAt()).isEqualTo(at("2025-11-21T23:59:59-03:00"));
    }

    @Test
    void noCommunicationWithoutARelevantDataCategory() {
        Evaluation evaluation = evaluate(breach().affected("BR", 100000).personalDataConfirmedAt("2025-11-18T10:00:00-03:00"));

        assertThat(notRequired(evaluation, "BR-LGPD", AUTHORITY_REPORT).reason()).contains("system authentication data");
    }
}
