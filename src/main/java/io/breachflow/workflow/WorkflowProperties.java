package io.breachflow.workflow;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code breachflow.workflow.*}.
 *
 * @param reminderPoints  when reminders fire, in percent of the obligation's window: from the instant its
 *                        legal clock runs from (awareness, discovery, a milestone; for a supplementary
 *                        report the revision) to its deadline, ascending, each 1–99 (the last one also
 *                        tells the DPO the obligation is at risk); the deadline itself always escalates
 * @param undatedWindow   the window assumed for an obligation with neither a deadline nor a target
 * @param mail            whom reminder and escalation mail goes to
 */
@ConfigurationProperties("breachflow.workflow")
record WorkflowProperties(@DefaultValue({"50", "75", "90"}) List<Integer> reminderPoints,
                          @DefaultValue("72h") Duration undatedWindow,
                          @DefaultValue Mail mail) {

    /**
     * Reminder mail addresses and the language each reads.
     *
     * @param from            the sender
     * @param groups          candidate group (e.g. {@code compliance-officer}) → the team's address
     * @param dpo             the DPO's address, told when an obligation is at risk or overdue
     * @param authorities     authority code (or {@code AG:US-CA} for one jurisdiction's) → the address that
     *                        accepts reports by email; authorities without one are filed on their portal
     * @param defaultLanguage the language of reminder and escalation mail to an address no entry of
     *                        {@code languages} lists (a BCP 47 tag: {@code en}, {@code ko})
     * @param languages       language tag → the addresses (team or DPO) that read reminder and escalation
     *                        mail in it, e.g. {@code ko: [dpo@example.com]}; compared ignoring case
     */
    record Mail(@DefaultValue("breachflow@localhost") String from,
                @DefaultValue Map<String, String> groups,
                @DefaultValue("dpo@localhost") String dpo,
                @DefaultValue Map<String, String> authorities,
                @DefaultValue("en") String defaultLanguage,
                @DefaultValue Map<String, List<String>> languages) {

        Mail {
            groups = groups == null ? Map.of() : Map.copyOf(groups);
            authorities = authorities == null ? Map.of() : Map.copyOf(authorities);
            defaultLanguage = defaultLanguage == null ? "en" : defaultLanguage;
            language(defaultLanguage);
            Map<String, List<String>> copy = new LinkedHashMap<>();
            Map<String, String> seen = new HashMap<>();
            (languages == null ? Map.<String, List<String>>of() : languages).forEach((tag, addresses) -> {
                language(tag);
                List<String> list = addresses == null ? List.of() : List.copyOf(addresses);
                for (String address : list) {
                    String earlier = seen.put(normalized(address), tag);
                    if (earlier != null && !earlier.equals(tag)) {
                        throw new IllegalArgumentException("Expected each address in one language of "
                                + "breachflow.workflow.mail.languages, but " + address + " is in " + earlier
                                + " and " + tag);
                    }
                }
                copy.put(tag, list);
            });
            languages = Map.copyOf(copy);
        }

        /** The language {@code address} reads mail in: the one {@code languages} lists it under, else the default. */
        Locale languageOf(String address) {
            String wanted = normalized(address);
            for (Map.Entry<String, List<String>> entry : languages.entrySet()) {
                if (entry.getValue().stream().anyMatch(listed -> normalized(listed).equals(wanted))) {
                    return language(entry.getKey());
                }
            }
            return language(defaultLanguage);
        }

        /** The bare address in lower case: {@code "Data Protection <DPO@Example.com>"} → {@code dpo@example.com}. */
        static String normalized(String address) {
            String bare = address.strip();
            int open = bare.lastIndexOf('<');
            int close = bare.lastIndexOf('>');
            if (open >= 0 && close > open) {
                bare = bare.substring(open + 1, close).strip();
            }
            return bare.toLowerCase(Locale.ROOT);
        }

        private static Locale language(String tag) {
            Locale locale = tag == null ? Locale.ROOT : Locale.forLanguageTag(tag.strip());
            if (locale.getLanguage().isEmpty()) {
                throw new IllegalArgumentException("Expected a language tag such as en or ko in "
                        + "breachflow.workflow.mail, but got " + tag);
            }
            return locale;
        }
    }

    WorkflowProperties {
        for (int i = 0; i < reminderPoints.size(); i++) {
            int point = reminderPoints.get(i);
            if (point < 1 || point > 99 || i > 0 && point <= reminderPoints.get(i - 1)) {
                throw new IllegalArgumentException(
                        "Expected ascending reminder points between 1 and 99, but got " + reminderPoints);
            }
        }
        reminderPoints = List.copyOf(reminderPoints);
    }

    static WorkflowProperties defaults() {
        return new WorkflowProperties(List.of(50, 75, 90), Duration.ofHours(72),
                new Mail("breachflow@localhost", Map.of(), "dpo@localhost", Map.of(), "en", Map.of()));
    }
}
