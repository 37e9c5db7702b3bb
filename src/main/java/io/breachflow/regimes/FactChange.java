package io.breachflow.regimes;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One fact a drafted document is written from, before and after a scope revision: the number of people
 * affected in one jurisdiction, the data categories, the cause, when it happened and when the organisation
 * learnt of it, the title. These are the facts the drafting desk writes into reports, letters and referral
 * packages, so a change in any of them means the text in hand no longer tells the truth; a moved deadline
 * or a new milestone alone does not (the document does not quote them).
 *
 * @param fact which fact
 * @param jurisdiction the jurisdiction for {@link Fact#AFFECTED}, else null
 * @param before the value the document was drafted from, in its plain form (a count, an ISO date-time, codes
 *     joined by commas), or null when there was none
 * @param after the value now, in the same form, or null when there is none
 */
public record FactChange(Fact fact, String jurisdiction, String before, String after) {

    /** The facts documents are written from. */
    public enum Fact {
        AFFECTED,
        DATA_CATEGORIES,
        CAUSE,
        UNAUTHORIZED_ACCESS,
        DETECTED_AT,
        AWARE_AT,
        TITLE
    }

    /** What changed between {@code before} and {@code after}, affected counts first; empty when nothing did. */
    public static List<FactChange> between(BreachFacts before, BreachFacts after) {
        List<FactChange> changes = new ArrayList<>();
        Map<String, Long> was = counts(before);
        Map<String, Long> now = counts(after);
        TreeSet<String> jurisdictions = new TreeSet<>(was.keySet());
        jurisdictions.addAll(now.keySet());
        for (String jurisdiction : jurisdictions) {
            Long old = was.get(jurisdiction);
            Long current = now.get(jurisdiction);
            if (!Objects.equals(old, current)) {
                changes.add(new FactChange(Fact.AFFECTED, jurisdiction, text(old), text(current)));
            }
        }
        add(changes, Fact.DATA_CATEGORIES, categories(before), categories(after));
        add(changes, Fact.CAUSE, before.cause().name(), after.cause().name());
        add(changes, Fact.UNAUTHORIZED_ACCESS, text(before.unauthorizedAccess()), text(after.unauthorizedAccess()));
        add(changes, Fact.DETECTED_AT, time(before.detectedAt()), time(after.detectedAt()));
        add(changes, Fact.AWARE_AT, time(before.awareAt()), time(after.awareAt()));
        add(changes, Fact.TITLE, before.title(), after.title());
        return List.copyOf(changes);
    }

    private static void add(List<FactChange> changes, Fact fact, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FactChange(fact, null, before, after));
        }
    }

    private static Map<String, Long> counts(BreachFacts facts) {
        Map<String, Long> counts = new TreeMap<>();
        facts.affected().forEach(entry -> counts.merge(entry.jurisdiction(), entry.count(), Long::sum));
        return counts;
    }

    private static String categories(BreachFacts facts) {
        if (facts.dataCategories().isEmpty()) {
            return null;
        }
        TreeSet<String> codes = new TreeSet<>();
        facts.dataCategories().forEach(category -> codes.add(category.name()));
        return String.join(",", codes);
    }

    private static String time(OffsetDateTime time) {
        // the same instant written with another offset is the same fact
        return time == null ? null : time.toInstant().toString();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
