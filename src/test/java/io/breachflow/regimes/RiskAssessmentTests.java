package io.breachflow.regimes;

import static io.breachflow.regimes.Catalog.evaluate;
import static io.breachflow.regimes.Facts.breach;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ENISA severity SE = DPC × EI + CB (regulations.md §14.1), always shown with its inputs. */
class RiskAssessmentTests {

    @Test
    void coupangLikeDataScoresHighFromBehaviouralDataDirectIdentifiersAndMalice() {
        RiskAssessment risk = evaluate(breach().highRisk(null).cause(Cause.INSIDER).affected("KR", 4500)
                .categories(DataCategory.NAME, DataCategory.EMAIL, DataCategory.PHONE, DataCategory.POSTAL_ADDRESS,
                        DataCategory.ORDER_HISTORY)).risk();

        assertThat(risk.computed()).isTrue();
        assertThat(risk.formula()).isEqualTo("SE = 2 × 1.00 + 1.00 = 3.00 (HIGH)");
        assertThat(risk.highRisk()).isTrue();
        assertThat(risk.inputs()).contains("DPC 2: behavioural data", "EI 1.00: directly identifying data",
                "CB +0.50: malicious intent (INSIDER)", "flag: more than 100 individuals affected");
    }

    @Test
    void sensitiveDataIsTheHighestContext() {
        RiskAssessment risk = evaluate(breach().highRisk(null).categories(DataCategory.HEALTH, DataCategory.NAME).affected("DE", 1)).risk();

        assertThat(risk.dpc()).isEqualTo(4);
        assertThat(risk.band()).isEqualTo(RiskAssessment.Band.VERY_HIGH);
    }

    @Test
    void aGivenConclusionWinsButTheScoreIsStillShown() {
        RiskAssessment risk = evaluate(breach().highRisk(false).cause(Cause.EXTERNAL_ATTACK).affected("DE", 1)).risk();

        assertThat(risk.computed()).isFalse();
        assertThat(risk.highRisk()).isFalse();
        assertThat(risk.likelyRisk()).isTrue();
        assertThat(risk.score()).isEqualTo(2.0);
    }
}
