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

/** Network Act Art. 48-3 and Decree Art. 58-2 (regulations.md §1.3). */
class KrNetworkActObligationsTests {

    @Test
    void onlineServiceProviderReportsHackingToMsitWithin24Hours() {
        Evaluation evaluation = evaluate(breach().onlineServiceProvider().homeCountry("KR").cause(Cause.EXTERNAL_ATTACK)
                .affected("KR", 10));

        Obligation report = obligation(evaluation, "kr-network-act-report");
        assertThat(report.recipient()).isEqualTo("MSIT");
        assertThat(report.dueAt()).isEqualTo(at("2025-11-19T22:00:00+09:00"));
    }

    @Test
    void insiderMisuseIsReportedOnlyWhileTheUnconfirmedFlagIsOn() {
        Facts insider = breach().onlineServiceProvider().homeCountry("KR").cause(Cause.INSIDER).affected("KR", 10);

        assertThat(obligation(evaluate(insider), "kr-network-act-report-insider").basis())
                .contains("UNCONFIRMED (flag kr-network-act-insider)");
        Evaluation off = Catalog.without("kr-network-act-insider").evaluate(insider.build());
        assertThat(requires(off, "KR-NETWORK-ACT", AUTHORITY_REPORT)).isFalse();
    }

    @Test
    void noReportForAnOrganisationThatIsNotAnOnlineServiceProvider() {
        Evaluation evaluation = evaluate(breach().cause(Cause.EXTERNAL_ATTACK).affected("KR", 10));

        assertThat(notRequired(evaluation, "KR-NETWORK-ACT", AUTHORITY_REPORT).reason())
                .contains("online service providers");
    }

    @Test
    void beforeAugust2024TheReportWasDueImmediatelyWithoutAnHourCount() {
        Evaluation evaluation = evaluate(breach().awareAt("2024-08-01T09:00:00+09:00").onlineServiceProvider()
                .cause(Cause.EXTERNAL_ATTACK).affected("KR", 10));

        Obligation report = obligation(evaluation, "kr-network-act-report-2024");
        assertThat(report.dueAt()).isNull();
        assertThat(report.targetAt()).isNotNull();
    }
}
