package io.breachflow.regimes;

import static io.breachflow.regimes.Catalog.at;
import static io.breachflow.regimes.Catalog.evaluate;
import static io.breachflow.regimes.Catalog.notRequired;
import static io.breachflow.regimes.Catalog.obligation;
import static io.breachflow.regimes.Catalog.requires;
import static io.breachflow.regimes.Facts.breach;
import static io.breachflow.regimes.ObligationKind.AUTHORITY_REPORT;
import static io.breachflow.regimes.ObligationKind.INDIVIDUAL_NOTICE;
import static io.breachflow.regimes.ObligationKind.PUBLIC_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PIPA Art. 34 and Decree Arts. 39-40 (regulations.md §1). */
class KrPipaObligationsTests {

    @Test
    void reportsToPipcWithin72HoursWhenThousandOrMoreAffected() {
        Evaluation evaluation = evaluate(breach().affected("KR", 1000).unauthorizedAccess(false));

        Obligation report = obligation(evaluation, "kr-pipa-report");
        assertThat(report.recipient()).isEqualTo("PIPC");
        assertThat(report.dueAt()).isEqualTo(at("2025-11-21T22:00:00+09:00"));
        assertThat(report.reason()).contains("1,000 or more data subjects affected (1,000 in Korea)");
        assertThat(report.basis()).contains("Decree Art. 40(1)");
    }

    @Test
    void noReportAtNineHundredNinetyNineWithoutSensitiveDataOrExternalAttack() {
        Evaluation evaluation = evaluate(breach().affected("KR", 999).unauthorizedAccess(false));

        assertThat(requires(evaluation, "KR-PIPA", AUTHORITY_REPORT)).isFalse();
        assertThat(notRequired(evaluation, "KR-PIPA", AUTHORITY_REPORT).reason())
                .contains("999 in Korea").contains("unlawful external access");
    }

    @Test
    void reportsAnyHeadcountWhenUniqueIdentificationInformationIsInvolved() {
        Evaluation evaluation = evaluate(breach().affected("KR", 1).categories(DataCategory.NATIONAL_ID));

        assertThat(obligation(evaluation, "kr-pipa-report").reason()).contains("unique identification");
    }

    @Test
    void reportsAnyHeadcountAfterUnlawfulExternalAccess() {
        Evaluation evaluation = evaluate(breach().affected("KR", 3).cause(Cause.EXTERNAL_ATTACK));

        assertThat(obligation(evaluation, "kr-pipa-report").reason()).contains("unlawful external access");
    }

    @Test
    void notifiesEveryAffectedDataSubjectWithin72HoursWhateverTheCount() {
        Evaluation evaluation = evaluate(breach().affected("KR", 1).unauthorizedAccess(false));

        Obligation notice = obligation(evaluation, "kr-pipa-notice");
        assertThat(notice.kind()).isEqualTo(INDIVIDUAL_NOTICE);
        assertThat(notice.dueAt()).isEqualTo(at("2025-11-21T22:00:00+09:00"));
    }

    @Test
    void beforeSeptember2023TheReportWasDueWithoutDelayAtThousandOrMore() {
        Evaluation evaluation = evaluate(breach().awareAt("2023-09-01T10:00:00+09:00").affected("KR", 1000));

        Obligation report = obligation(evaluation, "kr-pipa-report-2011");
        assertThat(report.dueAt()).isNull();
        assertThat(report.targetAt()).isEqualTo(at("2023-09-04T10:00:00+09:00"));
    }

    @Test
    void sevenDayWebsitePostingIsFlaggedUnconfirmedAndCanBeSwitchedOff() {
        Facts facts = breach().affected("KR", 1000);

        assertThat(obligation(evaluate(facts), "kr-pipa-website-posting").basis())
                .contains("UNCONFIRMED (flag kr-pipa-7-day-posting)");
        Evaluation switchedOff = Catalog.without("kr-pipa-7-day-posting").evaluate(facts.build());
        assertThat(requires(switchedOff, "KR-PIPA", PUBLIC_NOTICE)).isFalse();
        assertThat(notRequired(switchedOff, "KR-PIPA", PUBLIC_NOTICE).reason()).startsWith("Switched off by configuration");
    }

    @Test
    void notApplicableWhenNobodyInKoreaIsAffected() {
        Evaluation evaluation = evaluate(breach().affected("JP", 5000));

        assertThat(notRequired(evaluation, "KR-PIPA", AUTHORITY_REPORT).reason())
                .isEqualTo("No data subjects in Korea are affected.");
    }
}
