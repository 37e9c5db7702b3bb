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
                OffsetDateTime.parse("2025-11-21T22:00:00+09:00"), null), NOW, NOW);

        assertThat(in72Hours.get("reminders")).isEqualTo(List.of("2025-11-20T10:00:00+09:00",
                "2025-11-21T04:00:00+09:00", "2025-11-21T14:48:00+09:00"));
        assertThat(in72Hours).containsEntry("deadlineAt", "2025-11-21T22:00:00+09:00");
    }

    @Test
    void escalatesAtOnceWithoutRemindingWhenTheDeadlineHasPassed() {
        Map<String, Object> overdue = variables.of(obligation(ObligationKind.AUTHORITY_REPORT,
                OffsetDateTime.parse("2025-11-01T00:00:00Z"), null), null, NOW);

        assertThat(overdue.get("reminders")).as("no reminder fired at once for a deadline already passed")
                .isEqualTo(List.of());
        assertThat(overdue).containsEntry("deadlineAt", "2025-11-18T13:00:00Z")
                .containsEntry("dueAt", "2025-11-01T00:00:00Z");
    }

    @Test
    void countsTheWindowFromTheAnchorNotFromWhenTheProcessStarted() {
        // aware at 10:00, due 72 h later; the process starts only 24 h after awareness
        Instant awareAt = Instant.parse("2025-11-18T10:00:00Z");
        OffsetDateTime dueAt = OffsetDateTime.parse("2025-11-21T10:00:00Z");
        Instant startedAt = awareAt.plus(Duration.ofHours(24));

        Map<String, Object> late = variables.of(obligation(ObligationKind.AUTHORITY_REPORT, dueAt, null), awareAt,
                startedAt);

        assertThat(late.get("reminders")).as("50 % at +36 h (not +48 h), 75 % at +54 h, 90 % at +64.8 h")
                .isEqualTo(List.of("2025-11-19T22:00:00Z", "2025-11-20T16:00:00Z", "2025-11-21T02:48:00Z"));
    }

    @Test
    void skipsPointsAlreadyPassedWhenTheWatchStartsLate() {
        Instant awareAt = Instant.parse("2025-11-18T10:00:00Z");
        OffsetDateTime dueAt = OffsetDateTime.parse("2025-11-21T10:00:00Z");

        Map<String, Object> afterHalfTime = variables.of(obligation(ObligationKind.AUTHORITY_REPORT, dueAt, null),
                awareAt, awareAt.plus(Duration.ofHours(40)));

        assertThat(afterHalfTime.get("reminders")).as("the 50 % point (+36 h) passed: not fired at once")
                .isEqualTo(List.of("2025-11-20T16:00:00Z", "2025-11-21T02:48:00Z"));
    }

    @Test
    void remindsOnceAtRiskAtOnceWhenEvenTheLastPointHasPassedButTheDeadlineHasNot() {
        Instant awareAt = Instant.parse("2025-11-18T10:00:00Z");
        OffsetDateTime dueAt = OffsetDateTime.parse("2025-11-21T10:00:00Z");
        Instant now = awareAt.plus(Duration.ofHours(70));

        Map<String, Object> nearlyDue = variables.of(obligation(ObligationKind.AUTHORITY_REPORT, dueAt, null),
                awareAt, now);

        assertThat(nearlyDue.get("reminders")).as("one reminder, the last (at-risk) one, now")
                .isEqualTo(List.of("2025-11-21T08:00:00Z"));
        assertThat(nearlyDue).containsEntry("deadlineAt", "2025-11-21T10:00:00Z");
    }

    @Test
    void countsFromNowWhenTheAnchorIsUnknownOrNotBeforeTheDeadline() {
        OffsetDateTime dueAt = OffsetDateTime.parse("2025-11-21T22:00:00+09:00");

        assertThat(variables.of(obligation(ObligationKind.AUTHORITY_REPORT, dueAt, null), dueAt.toInstant(), NOW)
                .get("reminders")).isEqualTo(variables.of(obligation(ObligationKind.AUTHORITY_REPORT, dueAt, null),
                null, NOW).get("reminders"));
    }

    @Test
    void countsTheWindowToTheInternalTargetWhenTheLawSetsNoFixedTime() {
        OffsetDateTime target = OffsetDateTime.parse("2025-11-20T22:00:00+09:00");

        Map<String, Object> undated = variables.of(obligation(ObligationKind.INDIVIDUAL_NOTICE, null, target), NOW,
                NOW);

        assertThat(undated).containsEntry("deadlineAt", "2025-11-20T22:00:00+09:00").containsEntry("dueAt", null)
                .containsEntry("targetAt", "2025-11-20T22:00:00+09:00");
        assertThat((List<?>) undated.get("reminders")).first().isEqualTo("2025-11-19T22:00:00+09:00");
    }

    @Test
    void carriesCodesAndDatesButNeitherReasonsNorContent() {
        Map<String, Object> carried = variables.of(obligation(ObligationKind.AUTHORITY_REPORT,
                OffsetDateTime.parse("2025-11-21T22:00:00+09:00"), null), NOW, NOW);

        assertThat(carried).containsOnlyKeys("key", "regime", "kind", "recipient", "jurisdiction", "dueAt",
                "targetAt", "deadlineAt", "reminders").containsEntry("targetAt", null).containsEntry("key", "kr-pipa-authority")
                .containsEntry("dueAt", "2025-11-21T22:00:00+09:00");
    }

    @Test
    void authorityReportsAndUpdatesGetAReportingProcessButNoticesDoNot() {
        List<Obligation> obligations = List.of(obligation(ObligationKind.AUTHORITY_REPORT, null, null),
                obligation(ObligationKind.AUTHORITY_UPDATE, null, null),
                obligation(ObligationKind.INDIVIDUAL_NOTICE, null, null));

        assertThat(variables.authorityReports(obligations, ObligationVariables.NO_ANCHOR, NOW)).hasSize(2);
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

        assertThat(variables.customerNotices(obligations, ObligationVariables.NO_ANCHOR, NOW)).extracting(o -> o.get("kind"))
                .containsExactly("INDIVIDUAL_NOTICE");
        assertThat(variables.publicNotices(obligations, ObligationVariables.NO_ANCHOR, NOW)).extracting(o -> o.get("kind"))
                .containsExactly("PUBLIC_NOTICE", "CRA_NOTICE");
    }
}
