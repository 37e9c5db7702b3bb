package io.breachflow.regimes;

import io.breachflow.regimes.internal.rules.RegimeDefinition;
import io.breachflow.regimes.internal.rules.RuleBook;
import io.breachflow.regimes.internal.rules.RuleDefinition;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;

/**
 * What a person calls an obligation: "PIPC report — PIPA Art. 34", never the key
 * {@code kr-pipa-report/supplement@2026-…}. Every screen, task and mail that names an obligation asks here,
 * so the inbox, the workspace and the reminder mails say the same words in the reader's language.
 *
 * <p>Works from an obligation key alone (tasks and mails carry only the key): the key starts with the id of
 * the rule that produced it, the rule gives regime, kind, recipient and citation; a {@code /supplement@…}
 * key is the supplementary report of that rule, and a {@code :XX} suffix names the jurisdiction.
 */
public class ObligationNames {

    private final Map<String, RuleDefinition> rules = new LinkedHashMap<>();
    private final Map<String, String> regimeOfRule = new LinkedHashMap<>();
    private final Map<String, RegimeDefinition> regimeDefinitionOfRule = new LinkedHashMap<>();
    private final MessageSource messages;

    public ObligationNames(MessageSource messages) {
        this.messages = messages;
        RuleBook.fromClasspath().regimes().forEach(regime -> {
            regime.rules().forEach(rule -> {
                rules.put(rule.id(), rule);
                regimeOfRule.put(rule.id(), regime.regime());
                regimeDefinitionOfRule.put(rule.id(), regime);
            });
        });
    }

    /**
     * A name for a person.
     *
     * @param title    e.g. "PIPC report", "PIPC 신고", "Notice to affected people (US-CA)"
     * @param citation the short citation, e.g. "PIPA Art. 34", or empty when the key names no known rule
     * @param regime   the regime code, or null when unknown
     * @param kind     the kind, or null when unknown
     */
    public record Name(String title, String citation, String regime, ObligationKind kind) {

        /** "PIPC report — PIPA Art. 34", or the title alone without a citation. */
        public String full() {
            return citation.isEmpty() ? title : title + " — " + citation;
        }

        @Override
        public String toString() {
            return full();
        }
    }

    /** The name of the obligation with {@code key} ({@link Obligation#key()}); a key of no known rule stays as is. */
    public Name of(String key, Locale locale) {
        if (key == null || key.isBlank()) {
            return new Name("", "", null, null);
        }
        ParsedKey parsed = ParsedKey.of(key);
        RuleDefinition rule = rules.get(parsed.ruleId());
        if (rule == null) {
            return new Name(key, "", null, null);
        }
        ObligationKind kind = parsed.supplement() ? ObligationKind.AUTHORITY_UPDATE : rule.kind();
        String jurisdiction = parsed.jurisdiction() != null ? parsed.jurisdiction() : rule.jurisdiction();
        return new Name(title(kind, rule.recipient(), jurisdiction, locale),
                word("obligation.citation." + rule.id(), shortCitation(rule.citation()), locale),
                regimeOfRule.get(rule.id()), kind);
    }

    /** The name of {@code obligation}, from its key (its basis carries the same citation). */
    public Name of(Obligation obligation, Locale locale) {
        return of(obligation.key(), locale);
    }

    /**
     * The duty behind an obligation key, for whoever drafts its document.
     *
     * @param zone the regime's zone (design.md §6), in which its documents state times
     */
    public record Duty(String key, String regime, ObligationKind kind, String recipient, String jurisdiction,
            String citation, java.time.ZoneId zone) {
    }

    /** The duty behind {@code key}, when the key names a known rule. */
    public Optional<Duty> duty(String key) {
        if (key == null) {
            return Optional.empty();
        }
        ParsedKey parsed = ParsedKey.of(key);
        RuleDefinition rule = rules.get(parsed.ruleId());
        if (rule == null) {
            return Optional.empty();
        }
        String regime = regimeOfRule.get(rule.id());
        return Optional.of(new Duty(key, regime, parsed.supplement() ? ObligationKind.AUTHORITY_UPDATE : rule.kind(),
                rule.recipient(), parsed.jurisdiction() != null ? parsed.jurisdiction() : rule.jurisdiction(),
                rule.citation(), zoneOf(key).orElse(java.time.ZoneOffset.UTC)));
    }

    /** The regime code of the rule behind {@code key}, if it is known. */
    public Optional<String> regimeOf(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(regimeOfRule.get(ParsedKey.of(key).ruleId()));
    }

    /**
     * The time zone the obligation's deadline is counted in (the regime's, or its jurisdiction's where the
     * regime names one per jurisdiction), so a deadline is shown as the authority reads it.
     */
    public Optional<ZoneId> zoneOf(String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        ParsedKey parsed = ParsedKey.of(key);
        RegimeDefinition regime = regimeDefinitionOfRule.get(parsed.ruleId());
        if (regime == null) {
            return Optional.empty();
        }
        String jurisdiction = parsed.jurisdiction() != null ? parsed.jurisdiction() : rules.get(parsed.ruleId()).jurisdiction();
        return Optional.of(regime.zoneFor(jurisdiction));
    }

    /** "PIPC report", "Notice to affected people (US-CA)": the recipient's words and the kind's pattern. */
    public String title(ObligationKind kind, String recipient, String jurisdiction, Locale locale) {
        String who = word("obligation.recipient." + recipient, recipient, locale);
        String where = jurisdiction == null ? "" : word("obligation.where", " ({0})", locale, jurisdiction);
        return word("obligation.title." + kind.name(), who, locale, who) + where;
    }

    /**
     * The first article a citation names: up to the first ";", ":", ",", " (" or " as ", so
     * "PIPA Art. 34; Enforcement Decree Art. 40(1) (in force …): 72 hours" becomes "PIPA Art. 34".
     */
    static String shortCitation(String citation) {
        if (citation == null) {
            return "";
        }
        int end = citation.length();
        for (String stop : new String[] {";", ":", ",", " (", " as "}) {
            int at = citation.indexOf(stop);
            if (at > 0 && at < end) {
                end = at;
            }
        }
        return citation.substring(0, end).strip();
    }

    private String word(String code, String fallback, Locale locale, Object... arguments) {
        return messages.getMessage(code, arguments, fallback, locale);
    }

    /** An obligation key taken apart: {@code <rule>[/supplement@<instant>][:<jurisdiction>]}. */
    private record ParsedKey(String ruleId, boolean supplement, String jurisdiction) {

        static ParsedKey of(String key) {
            String rest = key;
            String jurisdiction = null;
            int slash = rest.indexOf('/');
            String head = slash < 0 ? rest : rest.substring(0, slash);
            String tail = slash < 0 ? "" : rest.substring(slash);
            // the jurisdiction suffix follows the rule or the supplement's instant (which has colons itself)
            int colon = slash < 0 ? head.indexOf(':') : tail.lastIndexOf(':');
            if (slash < 0 && colon > 0) {
                jurisdiction = head.substring(colon + 1);
                head = head.substring(0, colon);
            } else if (slash >= 0 && colon > 0 && isJurisdiction(tail.substring(colon + 1))) {
                jurisdiction = tail.substring(colon + 1);
            }
            return new ParsedKey(head, tail.startsWith("/supplement"), jurisdiction);
        }

        private static boolean isJurisdiction(String text) {
            return text.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?");
        }
    }
}
