package io.breachflow.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.breachflow.notices.internal.LetterContentRules;
import io.breachflow.regimes.ObligationKind;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each regime's required items for notices, read like the law that sets them. */
class RequiredContentTests {

    @ParameterizedTest(name = "{0} notice without {1}")
    @CsvSource(delimiter = '|', value = {
            "KR-PIPA | dataCategories      | the items of personal information divulged | PIPA Art. 34(1)",
            "KR-PIPA | when                | when it happened | PIPA Art. 34(1)",
            "KR-PIPA | whatHappened        | how it happened | PIPA Art. 34(1)",
            "KR-PIPA | whatYouCanDo        | what data subjects can do to reduce harm | PIPA Art. 34(1)",
            "KR-PIPA | measuresTaken       | countermeasures and remedy procedure | PIPA Art. 34(1)",
            "KR-PIPA | contactPoint        | contact point for reporting damage | PIPA Art. 34(1)",
            "KR-PIPA | legalRights         | legal rights and how to exercise them | in force 11 Sep 2026",
            "EU-GDPR | contactPoint        | DPO or other contact point | GDPR Art. 34(2)",
            "EU-GDPR | consequences        | likely consequences | GDPR Art. 34(2)",
            "EU-GDPR | measuresTaken       | measures taken or proposed | GDPR Art. 34(2)",
            "US-CA   | whatHappened        | What Happened | §1798.82",
            "US-CA   | dataCategories      | What Information Was Involved | §1798.82",
            "US-CA   | measuresTaken       | What We Are Doing | §1798.82",
            "US-CA   | whatYouCanDo        | What You Can Do | §1798.82",
            "US-CA   | contactPoint        | For More Information | §1798.82",
            "US-CA   | when                | date, estimated date or date range | §1798.82",
            "US-CA   | lawEnforcementDelay | delayed because of law enforcement | §1798.82",
            "JP-APPI | dataCategories      | which personal data is involved | Breachflow baseline",
            "US-NY   | contactPoint        | a contact point | Breachflow baseline"})
    void aNoticeMissingARequiredItemIsRefusedNamingTheItemAndItsCitation(String regime, String field, String item,
            String citation) {
        Map<String, String> fields = complete();
        fields.remove(field);

        assertThatThrownBy(() -> MissingRequiredContentException.check("the draft",
                LetterContentRules.forNotice(regime, ObligationKind.INDIVIDUAL_NOTICE, LocalDate.of(2026, 11, 24)), fields))
                .isInstanceOf(MissingRequiredContentException.class)
                .hasMessageContaining(item).hasMessageContaining("field " + field).hasMessageContaining(citation);
    }

    @Test
    void pipaNoticesNeedTheLegalRightsOnlyFrom11September2026() {
        List<String> before = LetterContentRules.forNotice("KR-PIPA", ObligationKind.INDIVIDUAL_NOTICE,
                LocalDate.of(2026, 9, 10)).stream().map(RequiredItem::field).toList();
        List<String> from = LetterContentRules.forNotice("KR-PIPA", ObligationKind.INDIVIDUAL_NOTICE,
                LocalDate.of(2026, 9, 11)).stream().map(RequiredItem::field).toList();

        assertThat(before).doesNotContain("legalRights");
        assertThat(from).contains("legalRights");
    }

    @Test
    void aCompleteNoticePassesForEveryRegime() {
        for (String regime : List.of("KR-PIPA", "EU-GDPR", "US-CA", "JP-APPI", "US-NY")) {
            MissingRequiredContentException.check("the draft", LetterContentRules.forNotice(regime,
                    ObligationKind.INDIVIDUAL_NOTICE, LocalDate.of(2026, 11, 24)), complete());
        }
    }

    @Test
    void aBlankFieldCountsAsMissing() {
        Map<String, String> fields = complete();
        fields.put("consequences", " \n ");

        assertThatThrownBy(() -> MissingRequiredContentException.check("the draft",
                LetterContentRules.forNotice("EU-GDPR", ObligationKind.INDIVIDUAL_NOTICE), fields))
                .isInstanceOf(MissingRequiredContentException.class)
                .satisfies(e -> assertThat(((MissingRequiredContentException) e).missing())
                        .extracting(RequiredItem::field).containsExactly("consequences"));
    }

    private static Map<String, String> complete() {
        return new HashMap<>(LetterFixtures.fields("en"));
    }
}
