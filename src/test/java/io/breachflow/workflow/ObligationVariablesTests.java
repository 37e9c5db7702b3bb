package io.breachflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationKind;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObligationVariablesTests {

    private static final Instant NOW = Instant.parse("2025-11-18T13:00:00Z");

    private static Obligation obligation(ObligationKind kind, OffsetDateTime dueAt, OffsetDateTime targetAt) {
        return new Obligation("KR-PIPA", kind, "PIPC", null, dueAt, targetAt, "PIPA Art. 34(3)", "why",
                null, "kr-pipa-authority", null, 4500L, null, List.of("content item"));
    }

    @Test
    void remindsThreeQuartersIntoTheWindowInTheDeadlinesOffset() {
        Obligation in72Hours = obligation(ObligationKind.AUTHORITY_REPORT,
                OffsetDateTime.parse("2025-11-21T22:00:00+09:00"), null);

        assertThat(ObligationVariables.remindAt(in72Hours, NOW))
                .isEqualTo(OffsetDateTime.parse("2025-11-21T04:00:00+09:00"));
    }

    @Test
    void remindsAtOnceWhenTheDeadlineHasPassed() {
        Obligation overdue = obligation(ObligationKind.AUTHORITY_REPORT,
                OffsetDateTime.parse("2025-11-01T00:00:00Z"), null);

        assertThat(ObligationVariables.remindAt(overdue, NOW).toInstant()).isEqualTo(NOW);
    }

    @Test
    void remindsAtTheInternalTargetWhenTheLawSetsNoFixedTime() {
        OffsetDateTime target = OffsetDateTime.parse("2025-11-20T12:00:00+09:00");

        assertThat(ObligationVariables.remindAt(obligation(ObligationKind.INDIVIDUAL_NOTICE, null, target), NOW))
                .isEqualTo(target);
    }

    @Test
    void carriesCodesAndDatesButNeitherReasonsNorContent() {
        Map<String, Object> variables = ObligationVariables.of(obligation(ObligationKind.AUTHORITY_REPORT,
                OffsetDateTime.parse("2025-11-21T22:00:00+09:00"), null), NOW);

        assertThat(variables).containsOnlyKeys("key", "regime", "kind", "recipient", "jurisdiction", "dueAt",
                "remindAt").containsEntry("key", "kr-pipa-authority").containsEntry("dueAt", "2025-11-21T22:00:00+09:00");
    }

    @Test
    void authorityReportsAndUpdatesGetAReportingProcessButNoticesDoNot() {
        List<Obligation> obligations = List.of(obligation(ObligationKind.AUTHORITY_REPORT, null, null),
                obligation(ObligationKind.AUTHORITY_UPDATE, null, null),
                obligation(ObligationKind.INDIVIDUAL_NOTICE, null, null));

        assertThat(ObligationVariables.authorityReports(obligations, NOW)).hasSize(2);
    }
}
