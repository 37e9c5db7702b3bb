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

/** GDPR Arts. 33-34 and EDPB Guidelines 9/2022 (regulations.md §2). */
class EuGdprObligationsTests {

    @Test
    void notifiesTheLeadAuthorityWithin72HoursOfAwarenessWeekendsIncluded() {
        Evaluation evaluation = evaluate(breach().awareAt("2025-11-14T16:00:00+01:00").euMainEstablishment("DE")
                .affected("DE", 40).affected("FR", 10));

        Obligation report = obligation(evaluation, "eu-gdpr-lead-sa");
        assertThat(report.recipient()).isEqualTo("LEAD_SA");
        assertThat(report.jurisdiction()).isEqualTo("DE");
        assertThat(report.dueAt()).isEqualTo(at("2025-11-17T16:00:00+01:00"));
        assertThat(obligations(evaluation, "EU-GDPR", AUTHORITY_REPORT)).hasSize(1);
    }

    @Test
    void withOnlyARepresentativeNotifiesTheAuthorityOfEachMemberStateConcerned() {
        Evaluation evaluation = evaluate(breach().awareAt("2025-11-14T16:00:00+01:00").euRepresentative("IE")
                .affected("DE", 40).affected("PT", 10).affected("KR", 5));

        assertThat(obligations(evaluation, "EU-GDPR", AUTHORITY_REPORT))
                .extracting(Obligation::recipient, Obligation::jurisdiction, Obligation::dueAt)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("SA", "PT", at("2025-11-17T15:00:00Z")),
                        org.assertj.core.groups.Tuple.tuple("SA", "DE", at("2025-11-17T16:00:00+01:00")));
    }

    @Test
    void seventyTwoHoursAreElapsedHoursAcrossTheAutumnDaylightSavingChange() {
        Evaluation evaluation = evaluate(breach().awareAt("2025-10-24T12:00:00+02:00").euMainEstablishment("DE")
                .affected("DE", 40));

        assertThat(obligation(evaluation, "eu-gdpr-lead-sa").dueAt()).isEqualTo(at("2025-10-27T11:00:00+01:00"));
    }

    @Test
    void individualsAreToldWithoutUndueDelayOnlyWhenTheRiskIsHigh() {
        Evaluation high = evaluate(breach().euMainEstablishment("FR").affected("FR", 40));
        Evaluation notHigh = evaluate(breach().euMainEstablishment("FR").affected("FR", 40).highRisk(false));

        Obligation notice = obligation(high, "eu-gdpr-individuals");
        assertThat(notice.dueAt()).isNull();
        assertThat(notice.targetAt()).isEqualTo(at("2025-11-21T14:00:00+01:00"));
        assertThat(requires(notHigh, "EU-GDPR", INDIVIDUAL_NOTICE)).isFalse();
    }

    @Test
    void encryptedDataNeedsNoIndividualNoticeButStillTheAuthorityReport() {
        Evaluation evaluation = evaluate(breach().euMainEstablishment("FR").affected("FR", 40).encrypted(true));

        assertThat(notRequired(evaluation, "EU-GDPR", INDIVIDUAL_NOTICE).reason()).contains("exempt: the data was unintelligible");
        assertThat(requires(evaluation, "EU-GDPR", AUTHORITY_REPORT)).isTrue();
    }

    @Test
    void noAuthorityReportWhenTheComputedRiskIsLowAndTheBasisSaysTheMappingIsUnconfirmed() {
        Evaluation evaluation = evaluate(breach().euMainEstablishment("FR").affected("FR", 40).highRisk(null)
                .encrypted(true).unauthorizedAccess(false));

        assertThat(evaluation.risk().band()).isEqualTo(RiskAssessment.Band.LOW);
        assertThat(notRequired(evaluation, "EU-GDPR", AUTHORITY_REPORT).reason())
                .contains("computed: SE = 1 × 0.25 + 0.00 = 0.25 (LOW)").contains("UNCONFIRMED (regulations.md §14.1)");
    }
}
