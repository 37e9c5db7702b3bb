package io.breachflow.regimes.internal.web;

import io.breachflow.regimes.internal.web.JurisdictionRegions.Region;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * The jurisdiction picker's choices in one page language: every code the facts accept, named from the
 * {@code jurisdiction.name.*} keys ("California (US-CA)", "캘리포니아 (US-CA)"), grouped by region and sorted
 * by name as the reader's language sorts, each with the regimes it brings. Every choice carries its names in
 * English and Korean (and {@code jurisdiction.search.*} alternatives such as "Turkey") so the search box finds
 * it in either language whichever language the page is in.
 */
final class JurisdictionChoices {

    private static final List<Locale> SEARCHED = List.of(Locale.ENGLISH, Locale.KOREAN);

    /**
     * One jurisdiction.
     *
     * @param search  what the search box matches, lower case without accents (Hangul decomposed the same way
     *                the script decomposes what the officer types, so a syllable still being typed matches)
     * @param regimes the regimes it brings, empty for a code Breachflow knows no rules of
     * @param offered false for an alias ({@code UK}, {@code PR}): named when typed, not offered in the list
     */
    record Choice(String code, String name, String search, List<String> regimes, boolean offered) {

        public String label() {
            return name + " (" + code + ")";
        }

        public boolean hasRegime() {
            return !regimes.isEmpty();
        }

        public String regimeList() {
            return String.join(", ", regimes);
        }
    }

    /** One region's choices; {@code region} names its message key. */
    record Group(Region region, List<Choice> choices) {
    }

    /** The offered choices by region, in region order; the aliases last, in a group of their own (region null). */
    static List<Group> of(MessageSource messages, Map<String, List<String>> regimesByJurisdiction, Locale locale) {
        Map<Region, List<Choice>> byRegion = new EnumMap<>(Region.class);
        List<Choice> aliases = new ArrayList<>();
        for (String code : FactsValidation.knownJurisdictions()) {
            Region region = JurisdictionRegions.of(code);
            Choice choice = new Choice(code, name(messages, code, locale), search(messages, code),
                    regimesByJurisdiction.getOrDefault(code, List.of()), region != null);
            (region == null ? aliases : byRegion.computeIfAbsent(region, r -> new ArrayList<>())).add(choice);
        }
        Collator collator = Collator.getInstance(locale);
        Comparator<Choice> byName = Comparator.comparing(Choice::name, collator);
        List<Group> groups = new ArrayList<>();
        byRegion.forEach((region, choices) -> {
            choices.sort(region == Region.UNITED_STATES
                    ? Comparator.comparing((Choice c) -> !c.code().equals("US")).thenComparing(byName) : byName);
            groups.add(new Group(region, List.copyOf(choices)));
        });
        aliases.sort(Comparator.comparing(Choice::code));
        groups.add(new Group(null, List.copyOf(aliases)));
        return List.copyOf(groups);
    }

    /** Every ISO 3166-1 country, by name, for the organisation's two-letter fields. */
    static List<Choice> countries(MessageSource messages, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return FactsValidation.knownCountries().stream()
                .map(code -> new Choice(code, name(messages, code, locale), "", List.of(), true))
                .sorted(Comparator.comparing(Choice::name, collator)).toList();
    }

    private static String name(MessageSource messages, String code, Locale locale) {
        return messages.getMessage("jurisdiction.name." + code, null, code, locale);
    }

    private static String search(MessageSource messages, String code) {
        StringBuilder words = new StringBuilder(code);
        if (code.startsWith("US-")) {
            words.append(' ').append(code.substring(3));
        }
        JurisdictionRegions.ALIASES.forEach((alias, target) -> {
            if (target.equals(code)) {
                words.append(' ').append(alias);
            }
        });
        for (Locale language : SEARCHED) {
            words.append(' ').append(name(messages, code, language));
            String more = messages.getMessage("jurisdiction.search." + code, null, null, language);
            if (more != null) {
                words.append(' ').append(more);
            }
        }
        return fold(words.toString());
    }

    /**
     * Lower case, accents dropped, Hangul decomposed (the folding {@code picker.js} applies to the query), with
     * commas and brackets as spaces so that every word starts after a space: the script ranks a match at the
     * start of a word above one inside it.
     */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[\\s,()]+", " ").strip() + " ";
    }
}
