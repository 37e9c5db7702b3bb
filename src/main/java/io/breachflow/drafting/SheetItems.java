package io.breachflow.drafting;

import io.breachflow.notices.RequiredItem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which items a sheet asks for and in which order: every item the regime's law requires (with its citation),
 * plus the few every document of the kind carries; the order follows how a report or letter reads.
 */
final class SheetItems {

    /** One item: the draft field, and the law's requirement or null when no law requires it. */
    record Item(String field, RequiredItem rule) {

        boolean required() {
            return rule != null;
        }
    }

    private static final List<String> REPORT_ORDER = List.of("organisation", "whatHappened", "when", "cause",
            "dataCategories", "subjectCategories", "affectedCount", "residentsAffected", "residentsNotified",
            "noticeDistribution", "recordCount", "scope", "consequences", "materialImpact", "measuresTaken",
            "measuresPlanned", "lawEnforcement", "whatYouCanDo", "responseToIndividuals", "sampleNotice",
            "publicAnnouncement", "preventiveMeasures", "contactPoint", "delayReasons", "pending", "other");
    private static final Set<String> REPORT_COMMON = Set.of("organisation", "whatHappened", "when", "cause",
            "dataCategories", "affectedCount", "consequences", "measuresTaken", "contactPoint", "pending");

    private static final List<String> NOTICE_ORDER = List.of("organisation", "whatHappened", "when",
            "dataCategories", "consequences", "measuresTaken", "whatYouCanDo", "legalRights", "lawEnforcementDelay",
            "craContacts", "contactPoint", "other");
    private static final Set<String> NOTICE_COMMON = Set.of("organisation", "whatHappened", "when",
            "dataCategories", "consequences", "measuresTaken", "whatYouCanDo", "contactPoint");

    private SheetItems() {
    }

    static List<Item> report(List<RequiredItem> rules) {
        return report(rules, List.of());
    }

    /** A report's items, with the fields its template also shows when given ({@code alsoShown}), not required. */
    static List<Item> report(List<RequiredItem> rules, List<String> alsoShown) {
        Set<String> common = new java.util.HashSet<>(REPORT_COMMON);
        common.addAll(alsoShown);
        return ordered(REPORT_ORDER, common, rules);
    }

    static List<Item> notice(List<RequiredItem> rules) {
        return ordered(NOTICE_ORDER, NOTICE_COMMON, rules);
    }

    static List<Item> referral() {
        return List.of(new Item("evidenceSummary", new RequiredItem("POLICE", null, "evidenceSummary",
                "a summary of the evidence handed to the police", null)));
    }

    private static List<Item> ordered(List<String> order, Set<String> common, List<RequiredItem> rules) {
        Map<String, RequiredItem> required = new LinkedHashMap<>();
        rules.forEach(rule -> required.putIfAbsent(rule.field(), rule));
        List<Item> items = new ArrayList<>();
        for (String field : order) {
            if (required.containsKey(field) || common.contains(field)) {
                items.add(new Item(field, required.get(field)));
            }
        }
        // an item a rule requires that the usual order does not know still gets its field, last
        required.keySet().stream().filter(field -> !order.contains(field))
                .forEach(field -> items.add(new Item(field, required.get(field))));
        return items;
    }
}
