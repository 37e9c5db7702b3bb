package io.breachflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breachflow.regimes.Obligation;
import io.breachflow.regimes.ObligationKind;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObligationVariablesTests {

    private static final Instant NOW = Instant.parse("2025-11-18T13:00:00Z");

    private final ObligationVariables variables = new ObligationVariables(WorkflowProperties.defaults());

    private static Obligation obligation(ObligationKind kind, OffsetDateTime dueAt, OffsetDateTime targetAt) {
        return new Obligation("KR-PIPA", kind, "PIPC", null, dueAt, targetAt, "PIPA Art. 34(3)", "why",
                null, "kr-pipa-authority", null, 4500L, null, List.of("content item"));
    }

    @Test
    void remindsAtHalfThreeQuartersAndNineTenthsOfTheWindowInTheDeadlinesOffset() {
        Map<String, Object> in72Hours = variables.of(obligation(ObligationKind.AUTHORITY_REPORT,
                OffsetDateTime.parse("2025-11-21T22:00:00+09:00"), null), NOW);

        assertThat(in72Hours.get("reminders")).isEqualTo(List.of("2025-11-20T10:00:00+09:00",
                "2025-11-21T04:00:00+09:00", "2025-11-21T14:48:00+09:00"));
        assertThat(in72Hours).containsEntry("deadlineAt", "2025-11-21T22:00:00+09:00");
    }

    @Test
    void remindsAndEscalatesAtOnceWhenTheDeadlineHasPassed() {
        Map<String, Object> overdue = variables.of(obligation(ObligationKind.AUTHORITY_REPORT,
                OffsetDateTime.parse("2025-11-01T00:00:00Z"), null), NOW);

        assertThat(overdue.get("reminders")).isEqualTo(List.of("2025-11-18T13:00:00Z", "2025-11-18T13:00:00Z",
                "2025-11-18T13:00:00Z"));
        assertThat(overdue).containsEntry("deadlineAt", "2025-11-18T13:00:00Z")
                .containsEntry("dueAt", "2025-11-01T00:00:00Z");
    }

    @Test
    void countsTheWindowToTheInternalTargetWhenTheLawSetsNoFixedTime() {
        OffsetDateTime target = OffsetDateTime.parse("2025-11-20T22:00:00+09:00");

        Map<String, Object> undated = variables.of(obligation(ObligationKind.INDIVIDUAL_NOTICE, null, target), NOW);

        assertThat(undated).containsEntry("deadlineAt", "2025-11-20T22:00:00+09:00").containsEntry("dueAt", null);
        assertThat((List<?>) undated.get("reminders")).first().isEqualTo("2025-11-19T22:00:00+09:00");
    }

    @Test
    void carriesCodesAndDatesButNeitherReasonsNorContent() {
        Map<String, Object> carried = variables.of(obligation(ObligationKind.AUTHORITY_REPORT,
                OffsetDateTime.parse("2025-11-21T22:00:00+09:00"), null), NOW);

        assertThat(carried).containsOnlyKeys("key", "regime", "kind", "recipient", "jurisdiction", "dueAt",
                "deadlineAt", "reminders").containsEntry("key", "kr-pipa-authority")
                .containsEntry("dueAt", "2025-11-21T22:00:00+09:00");
    }

    @Test
    void authorityReportsAndUpdatesGetAReportingProcessButNoticesDoNot() {
        List<Obligation> obligations = List.of(obligation(ObligationKind.AUTHORITY_REPORT, null, null),
                obligation(ObligationKind.AUTHORITY_UPDATE, null, null),
                obligation(ObligationKind.INDIVIDUAL_NOTICE, null, null));

        assertThat(variables.authorityReports(obligations, NOW)).hasSize(2);
    }

    @Test
    void takesAscendingReminderPointsWithinTheWindow() {
        assertThat(new WorkflowProperties(List.of(50, 75), Duration.ofHours(72), WorkflowProperties.defaults().mail())
                .reminderPoints()).containsExactly(50, 75);
        assertThatThrownBy(() -> new WorkflowProperties(List.of(75, 50, 90), Duration.ofHours(72),
                WorkflowProperties.defaults().mail())).hasMessageContaining("ascending");
        assertThatThrownBy(() -> new WorkflowProperties(List.of(50, 100), Duration.ofHours(72),
                WorkflowProperties.defaults().mail())).hasMessageContaining("between 1 and 99");
    }

    @Test
    void noticesAndPublicNoticesGoToTheirOwnProcesses() {
        List<Obligation> obligations = List.of(obligation(ObligationKind.AUTHORITY_REPORT, null, null),
                obligation(ObligationKind.INDIVIDUAL_NOTICE, null, null),
                obligation(ObligationKind.PUBLIC_NOTICE, null, null),
                obligation(ObligationKind.CRA_NOTICE, null, null));

        assertThat(variables.customerNotices(obligations, NOW)).extracting(o -> o.get("kind"))
                .containsExactly("INDIVIDUAL_NOTICE");
        assertThat(variables.publicNotices(obligations, NOW)).extracting(o -> o.get("kind"))
                .containsExactly("PUBLIC_NOTICE", "CRA_NOTICE");
    }
}
