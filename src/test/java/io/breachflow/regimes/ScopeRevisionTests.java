package io.breachflow.regimes;

import static io.breachflow.regimes.Catalog.at;
import static io.breachflow.regimes.Catalog.catalog;
import static io.breachflow.regimes.Facts.breach;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Scope revision (design.md §6) on the motivating case (regulations.md §15): about 4,500 Korean
 * accounts known on 18 Nov 2025, revised to 33.7 million a week later, the SEC materiality
 * determination made on Saturday 22 Nov.
 */
class ScopeRevisionTests {

    private static final Instant REVISED_AT = Instant.parse("2025-11-25T13:00:00Z"); // 22:00 KST, a week after awareness

    private static Facts coupang(long korean) {
        return breach().awareAt("2025-11-18T22:00:00+09:00").detectedAt("2025-11-18T20:30:00+09:00")
                .affected("KR", korean)
                .categories(DataCategory.NAME, DataCategory.EMAIL, DataCategory.PHONE, DataCategory.POSTAL_ADDRESS,
                        DataCategory.ORDER_HISTORY)
                .cause(Cause.INSIDER).homeCountry("KR").secRegistrant().onlineServiceProvider();
    }

    private final BreachFacts before = coupang(4_500).build();
    private final BreachFacts after = coupang(33_700_000).materialityDeterminedAt("2025-11-22T11:00:00-05:00").build();
    private final Set<String> filed = Set.of("kr-pipa-report", "kr-pipa-notice", "kr-network-act-report-insider");

    @Test
    void revisionTo33MillionListsExactlyTheSupplementsTheNewWaveAndTheSecDeadline() {
        ObligationDiff diff = catalog().revise(before, after, filed, REVISED_AT);

        assertThat(diff.added()).isEmpty();
        assertThat(diff.noLongerRequired()).isEmpty();
        assertThat(diff.met()).extracting(Obligation::rule).containsExactlyInAnyOrderElementsOf(filed);
        assertThat(diff.unchanged()).extracting(Obligation::rule).containsExactly("kr-pipa-website-posting");

        assertThat(diff.deadlineChanged()).hasSize(1);
        ObligationDiff.Change sec = diff.deadlineChanged().get(0);
        assertThat(sec.previous().rule()).isEqualTo("us-sec-8k");
        assertThat(sec.previous().awaiting()).isEqualTo("milestones.materialityDeterminedAt");
        assertThat(sec.current().dueAt()).isEqualTo(at("2025-11-28T17:30:00-05:00"));

        assertThat(diff.updates()).extracting(Obligation::regime, Obligation::kind, Obligation::recipient,
                        Obligation::dueAt, Obligation::targetAt)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("KR-PIPA", ObligationKind.AUTHORITY_UPDATE, "PIPC", null,
                                at("2025-11-26T22:00:00+09:00")),
                        org.assertj.core.groups.Tuple.tuple("KR-NETWORK-ACT", ObligationKind.AUTHORITY_UPDATE, "MSIT",
                                at("2025-11-26T22:00:00+09:00"), null));
        assertThat(diff.updates()).allSatisfy(update ->
                assertThat(update.reason()).contains("affected in KR 4,500 → 33,700,000"));

        assertThat(diff.noticeWaves()).singleElement().satisfies(wave -> {
            assertThat(wave.kind()).isEqualTo(ObligationKind.INDIVIDUAL_NOTICE);
            assertThat(wave.affected()).isEqualTo(33_695_500L);
            assertThat(wave.dueAt()).isEqualTo(at("2025-11-28T22:00:00+09:00"));
            assertThat(wave.stage()).isEqualTo("WAVE");
        });
    }

    @Test
    void unfiledReportsAreNotSupplementedTheyAreStillOpenWithTheirOwnDeadline() {
        ObligationDiff diff = catalog().revise(before, after, Set.of(), REVISED_AT);

        assertThat(diff.updates()).isEmpty();
        assertThat(diff.noticeWaves()).isEmpty();
        assertThat(diff.unchanged()).extracting(Obligation::rule)
                .contains("kr-pipa-report", "kr-pipa-notice", "kr-network-act-report-insider");
    }

    @Test
    void newlyAffectedEuResidentsAddTheGdprDutiesAndMetObligationsStayMetWhenNoLongerDerived() {
        BreachFacts withEu = coupang(4_500).affected("DE", 20).build();
        BreachFacts fewer = coupang(0).affected("DE", 20).build();

        ObligationDiff eu = catalog().revise(before, withEu, filed, REVISED_AT);
        ObligationDiff gone = catalog().revise(withEu, fewer, Set.of("kr-pipa-report"), REVISED_AT);

        assertThat(eu.added()).extracting(Obligation::key)
                .containsExactlyInAnyOrder("eu-gdpr-each-sa:DE", "eu-gdpr-individuals");
        assertThat(gone.met()).extracting(Obligation::rule).contains("kr-pipa-report");
        assertThat(gone.noLongerRequired()).extracting(Obligation::rule).contains("kr-pipa-notice");
    }

    @Test
    void revisingWithoutAnExplicitInstantUsesTheInjectedClock() {
        ObligationDiff diff = catalog().revise(before, after, filed);

        List<Obligation> waves = diff.noticeWaves();
        assertThat(waves.get(0).dueAt()).isEqualTo(at("2025-11-28T22:00:00+09:00"));
    }
}
