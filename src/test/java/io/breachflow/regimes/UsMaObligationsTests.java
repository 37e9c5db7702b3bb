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

/** M.G.L. c. 93H (regulations.md §4.6). */
class UsMaObligationsTests {

    @Test
    void notifiesTheAttorneyGeneralAndOcabrWhateverTheCountAsSoonAsPracticable() {
        Evaluation evaluation = evaluate(breach().affected("US-MA", 1));

        assertThat(obligations(evaluation, "US-MA", AUTHORITY_REPORT))
                .extracting(Obligation::recipient).containsExactlyInAnyOrder("AG", "MA-OCABR");
        assertThat(obligation(evaluation, "us-ma-ag").dueAt()).isNull();
        assertThat(obligation(evaluation, "us-ma-ag").targetAt()).isNotNull();
    }

    @Test
    void consumerReportingAgencyNoticeIsFlaggedBecauseTheSourcesConflict() {
        Evaluation evaluation = evaluate(breach().affected("US-MA", 1));

        assertThat(obligation(evaluation, "us-ma-cras").basis()).contains("UNCONFIRMED (flag us-ma-cras)");
    }
}
