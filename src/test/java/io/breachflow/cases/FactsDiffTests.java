package io.breachflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.incidents.IncidentRecord;
import io.breachflow.regimes.BreachFactsJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsDiffTests {

    private final FactsDiff diff = new FactsDiff(new ObjectMapper());

    private static IncidentRecord.Revision revision(int number, BreachFactsJson facts) {
        return new IncidentRecord.Revision(number, OffsetDateTime.parse("2025-11-19T09:30:00+09:00"),
                Instant.parse("2025-11-19T00:30:00Z"), "dpo", null, facts, null);
    }

    @Test
    void flattensNestedFactsToDottedFieldsAndListsToOneValue() {
        assertThat(diff.flatten(CaseFixtures.facts(501)))
                .containsEntry("title", "Customer data accessed by former employee")
                .containsEntry("affected", "KR 4500, US-CA 501")
                .containsEntry("dataCategories", "NAME, EMAIL")
                .containsEntry("organization.homeCountry", "KR")
                .containsEntry("organization.nis2Entity", null)
                .containsEntry("milestones.breachDeterminedAt", null);
    }

    @Test
    void comparesEachRevisionWithTheOneBeforeNewestFirst() {
        BreachFactsJson first = CaseFixtures.facts(501);
        BreachFactsJson second = CaseFixtures.facts(1200);
        BreachFactsJson third = new BreachFactsJson(second.title(), second.awareAt(), second.detectedAt(),
                second.affected(), second.dataCategories(), "EXTERNAL_ATTACK", true, false, true,
                second.organization(), second.milestones());

        List<FactsDiff.Revision> revisions = diff.revisions(List.of(revision(1, first), revision(2, second),
                revision(3, third)));

        assertThat(revisions).extracting(FactsDiff.Revision::number, FactsDiff.Revision::changes)
                .containsExactly(tuple(3, 1), tuple(2, 1),
                        tuple(1, 0));
        assertThat(revisions.get(0).rows()).filteredOn(FactsDiff.Row::changed).singleElement()
                .isEqualTo(new FactsDiff.Row("cause", "INSIDER", "EXTERNAL_ATTACK", true));
        assertThat(revisions.get(1).rows()).filteredOn(FactsDiff.Row::changed).singleElement()
                .isEqualTo(new FactsDiff.Row("affected", "KR 4500, US-CA 501", "KR 4500, US-CA 1200", true));
        assertThat(revisions.get(2).rows()).allSatisfy(row -> assertThat(row.before()).isNull());
    }
}
