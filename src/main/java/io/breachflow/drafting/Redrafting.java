package io.breachflow.drafting;

import io.breachflow.regimes.Cause;
import io.breachflow.regimes.DataCategory;
import io.breachflow.regimes.FactChange;
import io.breachflow.tasklist.DraftSheets.Change;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;

/**
 * A redraft after a scope revision: which items of a sheet are written from which facts (so their text is
 * filled again from the new facts), and each changed fact in the reader's words, e.g. "People affected in KR:
 * 4,500 → 33,700,000".
 */
final class Redrafting {

    /** The items {@link Prefill} writes from each fact. */
    private static final Map<FactChange.Fact, Set<String>> ITEMS = Map.of(
            FactChange.Fact.AFFECTED, Set.of("affectedCount", "scope", "evidenceSummary"),
            FactChange.Fact.DATA_CATEGORIES, Set.of("dataCategories", "scope", "consequences", "whatYouCanDo",
                    "evidenceSummary"),
            FactChange.Fact.CAUSE, Set.of("whatHappened", "cause", "evidenceSummary"),
            FactChange.Fact.UNAUTHORIZED_ACCESS, Set.of("cause"),
            FactChange.Fact.DETECTED_AT, Set.of("whatHappened", "when", "evidenceSummary"),
            FactChange.Fact.AWARE_AT, Set.of("whatHappened", "when", "evidenceSummary"),
            FactChange.Fact.TITLE, Set.of("whatHappened", "evidenceSummary"));

    private final FactWords words;

    Redrafting(MessageSource messages, Locale locale, ZoneId zone) {
        this.words = new FactWords(messages, locale.getLanguage(), zone);
    }

    /** The items whose pre-filled text states one of the changed facts. */
    static Set<String> itemsWrittenFrom(List<FactChange> changes) {
        Set<String> items = new TreeSet<>();
        changes.forEach(change -> items.addAll(ITEMS.getOrDefault(change.fact(), Set.of())));
        return items;
    }

    List<Change> changes(List<FactChange> changes) {
        return changes.stream().map(change -> new Change(
                change.jurisdiction() == null ? words.say("draft.change." + change.fact().name())
                        : words.say("draft.change." + change.fact().name(), change.jurisdiction()),
                value(change.fact(), change.before()), value(change.fact(), change.after()))).toList();
    }

    private String value(FactChange.Fact fact, String value) {
        if (value == null) {
            return words.say("draft.change.none");
        }
        return switch (fact) {
            case AFFECTED -> words.count(Long.parseLong(value));
            case DATA_CATEGORIES -> words.categories(categories(value));
            case CAUSE -> words.cause(Cause.valueOf(value));
            case UNAUTHORIZED_ACCESS -> words.say("draft.change.flag." + value);
            case DETECTED_AT, AWARE_AT -> words.time(Instant.parse(value).atOffset(ZoneOffset.UTC));
            case TITLE -> value;
        };
    }

    private static Set<DataCategory> categories(String codes) {
        Set<DataCategory> categories = EnumSet.noneOf(DataCategory.class);
        Arrays.stream(codes.split(",")).map(DataCategory::valueOf).forEach(categories::add);
        return categories;
    }
}
