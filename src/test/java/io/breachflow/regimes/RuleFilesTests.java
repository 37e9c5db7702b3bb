package io.breachflow.regimes;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.regimes.internal.rules.RegimeDefinition;
import io.breachflow.regimes.internal.rules.RuleBook;
import io.breachflow.regimes.internal.rules.RuleDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule files cover every regime of design.md §6, each rule with its citation. */
class RuleFilesTests {

    private static final List<String> REGIMES = List.of("KR-PIPA", "KR-NETWORK-ACT", "EU-GDPR", "UK-GDPR", "EU-NIS2",
            "US-SEC", "US-CA", "US-NY", "US-TX", "US-FL", "US-MA", "US-WA", "US-CO", "JP-APPI", "SG-PDPA", "AU-NDB",
            "BR-LGPD", "CN-PIPL", "IN-DPDP", "CA-PIPEDA");
    private static final List<String> RECIPIENTS = List.of("PIPC", "KISA", "MSIT", "LEAD_SA", "SA", "ICO", "CSIRT",
            "SEC", "AG", "NY-DOS", "NY-STATE-POLICE", "NY-DFS", "FL-DLA", "MA-OCABR", "PPC", "PDPC", "OAIC", "ANPD",
            "CAC", "DPBI", "OPC", "INDIVIDUALS", "PUBLIC", "CRAS");

    private final List<RegimeDefinition> regimes = RuleBook.fromClasspath().regimes();

    @Test
    void everyRegimeOfTheDesignHasARuleFile() {
        assertThat(regimes).extracting(RegimeDefinition::regime).containsExactlyInAnyOrderElementsOf(REGIMES);
    }

    @Test
    void everyRuleCitesItsSourceInTheFactBaseAndUsesADesignRecipientCode() {
        for (RegimeDefinition regime : regimes) {
            for (RuleDefinition rule : regime.rules()) {
                assertThat(rule.citation()).as(rule.id()).contains("regulations.md §");
                assertThat(RECIPIENTS).as(rule.id()).contains(rule.recipient());
            }
        }
    }

    @Test
    void everyUnconfirmedRuleNamesWhereTheFactBaseSaysSo() {
        regimes.stream().flatMap(regime -> regime.rules().stream()).filter(rule -> rule.unconfirmed() != null)
                .forEach(rule -> assertThat(rule.unconfirmed().note()).as(rule.id()).contains("regulations.md §"));
    }
}
