package io.breachflow.regimes;

import static io.breachflow.regimes.Catalog.at;
import static io.breachflow.regimes.Catalog.catalog;
import static io.breachflow.regimes.Catalog.evaluate;
import static io.breachflow.regimes.Catalog.obligation;
import static io.breachflow.regimes.Catalog.without;
import static io.breachflow.regimes.Facts.breach;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Obligations follow the law in force on the day their clock starts (regulations-us-states.md, 2023–2026
 * amendments): California's SB 446, New York's S2659B, Maine's 30-day cap, Connecticut's 60 days; the
 * what-if page can ask for the law of another day.
 */
class UsEffectiveDatesTests {

    @Test
    void aCalifornianBreachDiscoveredOnNewYearsEveFollowsTheOldLawEvenIfKnownIn2026() {
        Facts facts = breach().detectedAt("2025-12-31T23:30:00-08:00").awareAt("2026-01-02T09:00:00-08:00")
                .affected("US-CA", 10);

        Obligation notice = obligation(evaluate(facts), "us-ca-individuals-2025");

        assertThat(notice.dueAt()).isNull();
        assertThat(notice.targetAt()).isNotNull();
    }

    @Test
    void aCalifornianBreachDiscoveredOnNewYearsDayHas30CalendarDays() {
        Facts facts = breach().awareAt("2026-01-01T00:00:00-08:00").affected("US-CA", 10);

        assertThat(obligation(evaluate(facts), "us-ca-individuals").dueAt()).isEqualTo(at("2026-01-31T23:59:59-08:00"));
    }

    @Test
    void theWhatIfPageCanAskForTheLawOfAnotherDay() {
        Facts facts = breach().awareAt("2026-02-10T09:00:00-08:00").affected("US-CA", 10);

        Evaluation asOf2025 = catalog().evaluate(facts.build(), LocalDate.of(2025, 6, 1));

        assertThat(obligation(asOf2025, "us-ca-individuals-2025").dueAt()).isNull();
        assertThat(asOf2025.notRequired()).noneMatch(n -> n.regime().equals("US-CA")
                && n.kind() == ObligationKind.INDIVIDUAL_NOTICE);
    }

    @Test
    void switchingOffTheUnconfirmedSb446LeavesTheMostExpedientTimeFrom2026() {
        Evaluation evaluation = without("us-ca-sb446").evaluate(
                breach().awareAt("2026-02-10T09:00:00-08:00").affected("US-CA", 600).build());

        assertThat(obligation(evaluation, "us-ca-individuals-sb446-off").dueAt()).isNull();
        assertThat(obligation(evaluation, "us-ca-ag-sb446-off").basis()).contains("CONFIRMED – oag.ca.gov");
    }

    @Test
    void newYorkHas30DaysFrom21December2024AndNoFixedDaysBefore() {
        assertThat(obligation(evaluate(breach().awareAt("2024-12-20T12:00:00-05:00").affected("US-NY", 1)),
                "us-ny-individuals-2024").dueAt()).isNull();
        assertThat(obligation(evaluate(breach().awareAt("2024-12-21T12:00:00-05:00").affected("US-NY", 1)),
                "us-ny-individuals").dueAt()).isEqualTo(at("2025-01-20T23:59:59-05:00"));
    }

    @Test
    void maineCapsTheNoticeAt30DaysFrom19September2019() {
        assertThat(obligation(evaluate(breach().awareAt("2019-09-18T12:00:00-04:00").affected("US-ME", 1)),
                "us-me-individuals-2019").dueAt()).isNull();
        assertThat(obligation(evaluate(breach().awareAt("2019-09-19T12:00:00-04:00").affected("US-ME", 1)),
                "us-me-individuals").dueAt()).isEqualTo(at("2019-10-19T23:59:59-04:00"));
    }

    @Test
    void connecticutCounted90DaysBeforeOctober2021() {
        assertThat(obligation(evaluate(breach().awareAt("2021-09-01T12:00:00-04:00").affected("US-CT", 1)),
                "us-ct-individuals-2021").dueAt()).isEqualTo(at("2021-11-30T23:59:59-05:00"));
    }
}
