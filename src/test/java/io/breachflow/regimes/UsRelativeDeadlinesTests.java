package io.breachflow.regimes;

import static io.breachflow.regimes.Catalog.at;
import static io.breachflow.regimes.Catalog.catalog;
import static io.breachflow.regimes.Catalog.evaluate;
import static io.breachflow.regimes.Catalog.notRequired;
import static io.breachflow.regimes.Catalog.obligation;
import static io.breachflow.regimes.Catalog.requires;
import static io.breachflow.regimes.Facts.breach;
import static io.breachflow.regimes.ObligationKind.AUTHORITY_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Regulator notices tied to the individual notice (regulations-us-states.md): "no later than" (CT, NE),
 * "concurrently" (PA), "before" (NJ, MD), "within 5 business days after" (IA), "received within 10 days of"
 * (LA), "15 days after" (CA), "60 days after" (OK), "14 days or the consumer notice, whichever sooner" (VT).
 * Until the notice is recorded as sent they wait "after the individual notice"; the sending fixes them.
 */
class UsRelativeDeadlinesTests {

    private static List<Obligation> afterSending(Facts facts, String key, String sentAt) {
        return catalog().afterSending(facts.build(), key, Instant.parse(sentAt));
    }

    private static Obligation only(List<Obligation> obligations, String rule) {
        assertThat(obligations).extracting(Obligation::rule).contains(rule);
        return obligations.stream().filter(o -> o.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void connecticutAttorneyGeneralWaitsForTheResidentNoticeAndTakesItsDeadlineAsTarget() {
        Facts facts = breach().awareAt("2026-03-02T10:00:00-05:00").affected("US-CT", 3);

        Obligation ag = obligation(evaluate(facts), "us-ct-ag");

        assertThat(ag.dueAt()).isNull();
        assertThat(Deadline.afterIndividualNotice(ag.awaiting())).isTrue();
        // 60 days after discovery, across the switch to daylight time on 8 March: 23:59:59 EDT
        assertThat(ag.targetAt()).isEqualTo(at("2026-05-01T23:59:59-04:00"));
        assertThat(obligation(evaluate(facts), "us-ct-individuals").dueAt()).isEqualTo(at("2026-05-01T23:59:59-04:00"));
    }

    @Test
    void sendingTheConnecticutNoticeMakesTheAttorneyGeneralDueAtThatInstant() {
        Obligation ag = only(afterSending(breach().awareAt("2026-03-02T10:00:00-05:00").affected("US-CT", 3),
                "us-ct-individuals", "2026-04-10T15:00:00Z"), "us-ct-ag");

        assertThat(ag.dueAt()).isEqualTo(at("2026-04-10T11:00:00-04:00"));
        assertThat(ag.awaiting()).isNull();
    }

    @Test
    void iowaAttorneyGeneralIsDueFiveWeekdaysAfterTheConsumerNoticeEndingInDaylightTime() {
        Facts iowans = breach().awareAt("2026-03-02T10:00:00-06:00").affected("US-IA", 500);

        Obligation ag = only(afterSending(iowans, "us-ia-individuals", "2026-03-06T22:00:00Z"), "us-ia-ag");

        assertThat(ag.dueAt()).isEqualTo(at("2026-03-13T23:59:59-05:00"));
        assertThat(requires(evaluate(breach().awareAt("2026-03-02T10:00:00-06:00").affected("US-IA", 499)), "US-IA",
                AUTHORITY_REPORT)).isFalse();
    }

    @Test
    void louisianaAttorneyGeneralMustHaveTheNamesWithinTenDaysOfTheNotice() {
        Obligation ag = only(afterSending(breach().awareAt("2026-01-02T09:00:00-06:00").affected("US-LA", 1),
                "us-la-individuals", "2026-01-05T18:00:00Z"), "us-la-ag");

        assertThat(ag.dueAt()).isEqualTo(at("2026-01-15T23:59:59-06:00"));
        assertThat(ag.content()).contains("the names of all Louisiana residents affected");
    }

    @Test
    void californiaSampleCopyIsDueFifteenDaysAfterTheNoticeWasSent() {
        Obligation copy = only(afterSending(breach().awareAt("2026-02-10T09:00:00-08:00").affected("US-CA", 501),
                "us-ca-individuals", "2026-03-01T20:00:00Z"), "us-ca-ag");

        assertThat(copy.dueAt()).isEqualTo(at("2026-03-16T23:59:59-07:00"));
    }

    @Test
    void newJerseyStatePoliceAndMarylandAttorneyGeneralComeBeforeTheNotice() {
        Evaluation evaluation = evaluate(breach().awareAt("2026-03-02T10:00:00-05:00").affected("US-NJ", 1).affected("US-MD", 1));

        assertThat(obligation(evaluation, "us-nj-state-police").reason()).contains("before disclosing it to customers");
        assertThat(obligation(evaluation, "us-md-ag").reason()).contains("before notifying the individuals");
        assertThat(obligation(evaluation, "us-md-ag").targetAt()).isEqualTo(at("2026-04-16T23:59:59-04:00"));
    }

    @Test
    void vermontPreliminaryNoticeIsDueAfterFourteenDaysOrAtTheConsumerNoticeIfThatComesFirst() {
        Facts vermonters = breach().awareAt("2026-03-02T10:00:00-05:00").affected("US-VT", 2);

        assertThat(obligation(evaluate(vermonters), "us-vt-ag-preliminary").dueAt())
                .isEqualTo(at("2026-03-16T23:59:59-04:00"));
        List<Obligation> afterEarlyNotice = afterSending(vermonters, "us-vt-individuals", "2026-03-05T15:00:00Z");
        assertThat(only(afterEarlyNotice, "us-vt-ag-preliminary").dueAt()).isEqualTo(at("2026-03-05T10:00:00-05:00"));
        assertThat(only(afterEarlyNotice, "us-vt-ag-notice-copy").dueAt()).isEqualTo(at("2026-03-05T10:00:00-05:00"));
        assertThat(only(afterSending(vermonters, "us-vt-individuals", "2026-03-20T15:00:00Z"), "us-vt-ag-preliminary")
                .dueAt()).isEqualTo(at("2026-03-16T23:59:59-04:00"));
    }

    @Test
    void oklahomaAttorneyGeneralNoticeAppliesOnlyToBreachesDiscoveredFrom2026() {
        assertThat(notRequired(evaluate(breach().awareAt("2025-12-20T10:00:00-06:00").affected("US-OK", 600)), "US-OK",
                AUTHORITY_REPORT).reason()).contains("Not in force on 2025-12-20").contains("2026-01-01");
        Obligation ag = only(afterSending(breach().awareAt("2026-01-10T10:00:00-06:00").affected("US-OK", 500),
                "us-ok-individuals", "2026-01-20T16:00:00Z"), "us-ok-ag");
        assertThat(ag.dueAt()).isEqualTo(at("2026-03-21T23:59:59-05:00"));
    }

    @Test
    void nothingDependsOnANoticeWithoutRelativeDuties() {
        assertThat(afterSending(breach().affected("US-GA", 20_000), "us-ga-individuals", "2026-01-20T16:00:00Z")).isEmpty();
    }
}
