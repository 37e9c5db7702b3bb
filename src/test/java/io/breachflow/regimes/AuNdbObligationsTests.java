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

/** Privacy Act 1988 Part IIIC (regulations.md §8). */
class AuNdbObligationsTests {

    @Test
    void seriousHarmRequiresAStatementAndNoticesAsSoonAsPracticableAfterTheAssessment() {
        Evaluation evaluation = evaluate(breach().affected("AU", 10).assessmentCompletedAt("2025-11-20T10:00:00+11:00"));

        Obligation statement = obligation(evaluation, "au-ndb-oaic");
        assertThat(statement.dueAt()).isNull();
        assertThat(statement.targetAt()).isEqualTo(at("2025-11-23T10:00:00+11:00"));
        assertThat(requires(evaluation, "AU-NDB", INDIVIDUAL_NOTICE)).isTrue();
    }

    @Test
    void noNotificationWithoutLikelySeriousHarm() {
        assertThat(requires(evaluate(breach().affected("AU", 10).highRisk(false)), "AU-NDB", AUTHORITY_REPORT)).isFalse();
    }
}
