package io.breachflow.regimes;

import static io.breachflow.regimes.Catalog.at;
import static io.breachflow.regimes.Catalog.evaluate;
import static io.breachflow.regimes.Catalog.obligation;
import static io.breachflow.regimes.Catalog.obligations;
import static io.breachflow.regimes.Facts.breach;
import static io.breachflow.regimes.ObligationKind.AUTHORITY_REPORT;
import static io.breachflow.regimes.ObligationKind.CRA_NOTICE;
import static io.breachflow.regimes.ObligationKind.INDIVIDUAL_NOTICE;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Thresholds with the statute's own comparison ("more than 1,000" is not "1,000 or more") and day clocks
 * ending 23:59:59 in the capital's zone (regulations-us-states.md).
 */
class UsThresholdsAndZonesTests {

    @Test
    void alabamaAttorneyGeneralAboveOneThousandWithin45DaysOfDeterminationInCentralTime() {
        Facts base = breach().awareAt("2026-02-01T12:00:00-06:00").breachDeterminedAt("2026-02-02T12:00:00-06:00");

        assertThat(obligations(evaluate(base.affected("US-AL", 1000)), "US-AL", AUTHORITY_REPORT)).isEmpty();
        Obligation ag = obligation(evaluate(breach().awareAt("2026-02-01T12:00:00-06:00")
                .breachDeterminedAt("2026-02-02T12:00:00-06:00").affected("US-AL", 1001)), "us-al-ag");
        assertThat(ag.dueAt()).isEqualTo(at("2026-03-19T23:59:59-05:00"));
        assertThat(ag.basis()).contains("UNCONFIRMED (flag us-al-ag)");
    }

    @Test
    void marylandCreditBureausAtOneThousandOrMoreNewMexicoAboveOneThousand() {
        assertThat(obligations(evaluate(breach().affected("US-MD", 1000)), "US-MD", CRA_NOTICE)).hasSize(1);
        assertThat(obligations(evaluate(breach().affected("US-MD", 999)), "US-MD", CRA_NOTICE)).isEmpty();
        assertThat(obligations(evaluate(breach().affected("US-NM", 1000)), "US-NM", CRA_NOTICE)).isEmpty();
        assertThat(obligations(evaluate(breach().affected("US-NM", 1001)), "US-NM", CRA_NOTICE)).hasSize(1);
    }

    @Test
    void districtOfColumbiaAttorneyGeneralFrom50Residents() {
        assertThat(obligations(evaluate(breach().awareAt("2026-03-02T10:00:00-05:00").affected("US-DC", 49)), "US-DC",
                AUTHORITY_REPORT)).isEmpty();
        assertThat(obligations(evaluate(breach().awareAt("2026-03-02T10:00:00-05:00").affected("US-DC", 50)), "US-DC",
                AUTHORITY_REPORT)).hasSize(1);
    }

    @Test
    void northDakotaCountsEveryIndividualNotOnlyResidents() {
        assertThat(obligations(evaluate(breach().affected("US-ND", 10).affected("US-MN", 240)), "US-ND",
                AUTHORITY_REPORT)).isEmpty();
        Obligation ag = obligation(evaluate(breach().affected("US-ND", 10).affected("US-MN", 241)), "us-nd-ag");
        assertThat(ag.reason()).contains("more than 250 individuals affected in all (251 in all)");
    }

    @Test
    void puertoRicoConsumerAffairsWithinTenDaysOfDetectionInAtlanticTime() {
        Obligation daco = obligation(evaluate(breach().detectedAt("2026-03-01T08:00:00-04:00")
                .awareAt("2026-03-02T10:00:00-04:00").affected("US-PR", 1)), "us-pr-daco");

        assertThat(daco.dueAt()).isEqualTo(at("2026-03-11T23:59:59-04:00"));
    }

    @Test
    void arizonaCountsInPhoenixWhichKeepsNoDaylightTime() {
        Obligation notice = obligation(evaluate(breach().awareAt("2026-03-01T09:00:00-07:00")
                .breachDeterminedAt("2026-03-01T09:00:00-07:00").affected("US-AZ", 1)), "us-az-individuals");

        assertThat(notice.dueAt()).isEqualTo(at("2026-04-15T23:59:59-07:00"));
    }

    @Test
    void oregonsWindowEndsInStandardTimeAfterTheAutumnChange() {
        Obligation notice = obligation(evaluate(breach().awareAt("2026-10-20T12:00:00-07:00").affected("US-OR", 300)),
                "us-or-individuals");

        assertThat(notice.dueAt()).isEqualTo(at("2026-12-04T23:59:59-08:00"));
        assertThat(obligation(evaluate(breach().awareAt("2026-10-20T12:00:00-07:00").affected("US-OR", 251)), "us-or-ag")
                .dueAt()).isEqualTo(at("2026-12-04T23:59:59-08:00"));
    }

    @Test
    void thirtyStatesAtOnceEachGetTheirOwnNoticeInTheirOwnZone() {
        Facts facts = breach().awareAt("2026-03-02T10:00:00-05:00").breachDeterminedAt("2026-03-03T10:00:00-05:00");
        String[] states = {"US-AL", "US-AK", "US-AZ", "US-AR", "US-CA", "US-CO", "US-CT", "US-DE", "US-DC", "US-FL",
                "US-GA", "US-HI", "US-IL", "US-IN", "US-IA", "US-LA", "US-ME", "US-MD", "US-MA", "US-MN", "US-MT", "US-NE",
                "US-NJ", "US-NM", "US-NY", "US-OR", "US-PA", "US-TX", "US-VT", "US-WA"};
        for (String state : states) {
            facts.affected(state, 1200);
        }
        Evaluation evaluation = evaluate(facts);

        for (String state : states) {
            assertThat(obligations(evaluation, state, INDIVIDUAL_NOTICE)).as(state).hasSize(1);
        }
        assertThat(obligation(evaluation, "us-hi-individuals").targetAt().getOffset().getTotalSeconds()).isEqualTo(-10 * 3600);
        assertThat(obligation(evaluation, "us-ak-individuals").targetAt().getOffset().getTotalSeconds()).isEqualTo(-9 * 3600);
    }
}
