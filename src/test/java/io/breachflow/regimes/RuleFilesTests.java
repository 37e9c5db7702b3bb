package io.breachflow.regimes;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.regimes.internal.rules.RegimeDefinition;
import io.breachflow.regimes.internal.rules.RuleBook;
import io.breachflow.regimes.internal.rules.RuleDefinition;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule files cover every regime of design.md §6 and every US state, DC and territory of
 * regulations-us-states.md, each rule with its citation.
 */
class RuleFilesTests {

    private static final List<String> US_STATES = List.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI");
    private static final List<String> REGIMES = Stream.concat(Stream.of("KR-PIPA", "KR-NETWORK-ACT", "EU-GDPR",
            "UK-GDPR", "EU-NIS2", "US-SEC", "JP-APPI", "SG-PDPA", "AU-NDB", "BR-LGPD", "CN-PIPL", "IN-DPDP", "CA-PIPEDA"),
            US_STATES.stream().map(state -> "US-" + state)).toList();
    private static final List<String> RECIPIENTS = List.of("PIPC", "KISA", "MSIT", "LEAD_SA", "SA", "ICO", "CSIRT",
            "SEC", "AG", "NY-DOS", "NY-STATE-POLICE", "NY-DFS", "FL-DLA", "MA-OCABR", "PPC", "PDPC", "OAIC", "ANPD",
            "CAC", "DPBI", "OPC", "INDIVIDUALS", "PUBLIC", "CRAS",
            "AZ-DHS", "HI-OCP", "MT-OCP", "NJ-STATE-POLICE", "SC-DCA", "UT-CYBER-CENTER", "PR-DACO");
    private static final Pattern FACT_BASE = Pattern.compile("regulations\\.md §|regulations-us-states\\.md, ");

    private final List<RegimeDefinition> regimes = RuleBook.fromClasspath().regimes();

    @Test
    void everyRegimeOfTheDesignHasARuleFile() {
        assertThat(regimes).extracting(RegimeDefinition::regime).containsExactlyInAnyOrderElementsOf(REGIMES);
    }

    @Test
    void everyRuleCitesItsSourceInTheFactBaseAndUsesADesignRecipientCode() {
        for (RegimeDefinition regime : regimes) {
            for (RuleDefinition rule : regime.rules()) {
                assertThat(rule.citation()).as(rule.id()).containsPattern(FACT_BASE);
                assertThat(RECIPIENTS).as(rule.id()).contains(rule.recipient());
            }
        }
    }

    @Test
    void everyUnconfirmedRuleNamesWhereTheFactBaseSaysSo() {
        regimes.stream().flatMap(regime -> regime.rules().stream()).filter(rule -> rule.unconfirmed() != null)
                .forEach(rule -> assertThat(rule.unconfirmed().note()).as(rule.id()).containsPattern(FACT_BASE));
    }

    @Test
    void everyExemptionCitesTheLawAndEveryStateAssertsAnAttorneyGeneralOnlyWithItsJurisdiction() {
        for (RegimeDefinition regime : regimes) {
            for (RuleDefinition rule : regime.rules()) {
                rule.exemptions().forEach(exemption -> assertThat(exemption.citation()).as(rule.id()).containsPattern(FACT_BASE));
                if ("AG".equals(rule.recipient())) {
                    assertThat(rule.jurisdiction()).as(rule.id()).isNotNull();
                }
            }
        }
    }
}
