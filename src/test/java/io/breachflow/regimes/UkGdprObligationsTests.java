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

/** UK GDPR and the ICO (regulations.md §3). */
class UkGdprObligationsTests {

    @Test
    void reportsToTheIcoWithin72ElapsedHoursAcrossTheSpringClockChange() {
        Evaluation evaluation = evaluate(breach().awareAt("2025-03-29T10:00:00Z").affected("GB", 20));

        Obligation report = obligation(evaluation, "uk-gdpr-ico");
        assertThat(report.recipient()).isEqualTo("ICO");
        assertThat(report.dueAt()).isEqualTo(at("2025-04-01T11:00:00+01:00"));
    }

    @Test
    void individualNoticeMirrorsArticle34AndSaysItIsUnconfirmed() {
        Evaluation evaluation = evaluate(breach().affected("UK", 20));

        assertThat(obligation(evaluation, "uk-gdpr-individuals").basis()).contains("UNCONFIRMED (flag uk-gdpr-art-34)");
        assertThat(requires(Catalog.without("uk-gdpr-art-34").evaluate(breach().affected("UK", 20).build()),
                "UK-GDPR", INDIVIDUAL_NOTICE)).isFalse();
    }
}
