package io.breachflow.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The three shipped scenarios, each exercising a different law: a Korean online retailer whose former employee
 * took customer data (4,500 people at first, 33.7 million once forensics finish; PIPC and KISA reports, the police),
 * a ransomware attack on a group with its EU main establishment in Ireland and customers in several member states
 * (the lead authority, then a new member state), and a US retailer listed with the SEC whose breach reaches five
 * states (state notices, then the materiality decision that starts the Form 8-K's four business days). Facts carry
 * counts and categories only, as every incident does.
 */
final class Scenarios {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration AWARE_BEFORE_START = Duration.ofMinutes(30);

    static final List<Scenario> ALL = List.of(koreanRetail(), gdprRansomware(), usMultiState());

    private Scenarios() {
    }

    static Optional<Scenario> find(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    private static Scenario koreanRetail() {
        return new Scenario("kr-retail", ZoneId.of("Asia/Seoul"), start -> facts(start,
                "Customer data taken by a former employee", Duration.ofMinutes(90), Map.of("KR", 4_500L),
                List.of("NAME", "EMAIL", "PHONE", "POSTAL_ADDRESS", "ORDER_HISTORY"), "INSIDER",
                organisation("KR", false, true, null)),
                List.of(new Scenario.Inject(Duration.ofDays(2), "Forensics: 33.7 million customer accounts were read",
                        start -> affected(Map.of("KR", 33_700_000L)))));
    }

    private static Scenario gdprRansomware() {
        return new Scenario("eu-ransomware", ZoneId.of("Europe/Dublin"), start -> facts(start,
                "Ransomware encrypted and copied the customer database", Duration.ofHours(6),
                Map.of("IE", 40_000L, "DE", 120_000L, "FR", 80_000L, "NL", 25_000L),
                List.of("NAME", "EMAIL", "BANK_ACCOUNT", "DATE_OF_BIRTH"), "EXTERNAL_ATTACK",
                organisation("IE", false, true, "IE")),
                List.of(new Scenario.Inject(Duration.ofDays(1), "Spanish customers were in the copied data too",
                        start -> affected(Map.of("IE", 40_000L, "DE", 120_000L, "FR", 80_000L, "NL", 25_000L,
                                "ES", 15_000L)))));
    }

    private static Scenario usMultiState() {
        return new Scenario("us-multistate", ZoneId.of("America/New_York"), start -> facts(start,
                "Attackers copied customer records from the loyalty platform", Duration.ofHours(20),
                Map.of("US-CA", 60_000L, "US-NY", 45_000L, "US-TX", 30_000L, "US-FL", 20_000L, "US-MA", 8_000L),
                List.of("NAME", "NATIONAL_ID", "DRIVERS_LICENSE", "PAYMENT_CARD"), "EXTERNAL_ATTACK",
                organisation("US", true, true, null)),
                List.of(new Scenario.Inject(Duration.ofDays(2), "The disclosure committee found the breach material",
                        start -> materiality(start.plus(Duration.ofDays(2))))));
    }

    private static ObjectNode facts(Instant start, String title, Duration detectedBefore, Map<String, Long> affected,
            List<String> categories, String cause, ObjectNode organisation) {
        ObjectNode facts = affected(affected);
        facts.put("title", title);
        // the team learnt of it half an hour before the drill starts, as a real report follows awareness
        facts.put("awareAt", start.minus(AWARE_BEFORE_START).atOffset(ZoneOffset.UTC).toString());
        facts.put("detectedAt", start.minus(detectedBefore).atOffset(ZoneOffset.UTC).toString());
        ArrayNode data = facts.putArray("dataCategories");
        categories.forEach(data::add);
        facts.put("cause", cause);
        facts.put("unauthorizedAccess", true);
        facts.put("encrypted", false);
        facts.put("highRisk", true);
        facts.set("organization", organisation);
        return facts;
    }

    private static ObjectNode affected(Map<String, Long> counts) {
        ObjectNode facts = JSON.createObjectNode();
        ArrayNode affected = facts.putArray("affected");
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry ->
                affected.addObject().put("jurisdiction", entry.getKey()).put("count", entry.getValue()));
        return facts;
    }

    private static ObjectNode organisation(String home, boolean secRegistrant, boolean online, String euMain) {
        ObjectNode organisation = JSON.createObjectNode();
        organisation.put("homeCountry", home);
        organisation.put("secRegistrant", secRegistrant);
        organisation.put("onlineServiceProvider", online);
        organisation.put("euMainEstablishment", euMain);
        organisation.put("criticalInfrastructure", false);
        return organisation;
    }

    private static ObjectNode materiality(Instant at) {
        ObjectNode facts = JSON.createObjectNode();
        facts.putObject("milestones").put("materialityDeterminedAt", at.atOffset(ZoneOffset.UTC).toString());
        return facts;
    }
}
