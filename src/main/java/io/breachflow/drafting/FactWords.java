package io.breachflow.drafting;

import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.Cause;
import io.breachflow.regimes.DataCategory;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;

/**
 * The case's facts in the words of one language: categories and causes as words, times in the regime's zone,
 * counts with the language's digit grouping. Sentences come from the {@code draft.prefill.*} message keys,
 * so the Korean text is written Korean, never translated English.
 */
final class FactWords {

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;

    FactWords(MessageSource messages, String language, ZoneId zone) {
        this.messages = messages;
        this.locale = Locale.forLanguageTag(language);
        this.zone = zone;
    }

    /** Whether the bundles hold sentences for this language (English and Korean); else only numbers are filled. */
    boolean speaks() {
        return locale.getLanguage().equals(messages.getMessage("draft.prefill.language", null, "", locale));
    }

    String say(String key, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }

    String time(OffsetDateTime at) {
        return at == null ? null
                : DateTimeFormatter.ofPattern(say("draft.prefill.timePattern"), locale).format(at.atZoneSameInstant(zone));
    }

    String count(long count) {
        return NumberFormat.getIntegerInstance(locale).format(count);
    }

    String categories(Set<DataCategory> categories) {
        return categories.stream().sorted(Comparator.comparing(Enum::ordinal))
                .map(category -> say("facts.category." + category.name())).collect(Collectors.joining(", "));
    }

    String cause(Cause cause) {
        return say("facts.cause." + cause.name());
    }

    /** "33,700,000 people (KR 33,699,000; DE 1,000)": the total and each jurisdiction. */
    String affected(BreachFacts facts) {
        long total = facts.affected().stream().mapToLong(BreachFacts.Affected::count).sum();
        String people = say("draft.prefill.people", count(total));
        if (facts.affected().size() < 2) {
            return people;
        }
        return people + " (" + facts.affected().stream().map(a -> a.jurisdiction() + " " + count(a.count()))
                .collect(Collectors.joining("; ")) + ")";
    }

    /** The harms the categories expose people to, each once: "phishing…; identity theft…". */
    String likelyHarm(Set<DataCategory> categories) {
        Set<String> harms = new LinkedHashSet<>();
        categories.stream().sorted(Comparator.comparing(Enum::ordinal))
                .forEach(category -> harms.add(say("draft.harm." + Harm.of(category))));
        return harms.isEmpty() ? null : say("draft.prefill.consequences", String.join("\n- ", harms));
    }

    /** What people can do against each harm, each once. */
    String advice(Set<DataCategory> categories) {
        Set<String> advice = new LinkedHashSet<>();
        categories.stream().sorted(Comparator.comparing(Enum::ordinal))
                .forEach(category -> advice.add(say("draft.advice." + Harm.of(category))));
        return advice.isEmpty() ? null : "- " + String.join("\n- ", advice);
    }

    /** The kinds of harm a data category exposes people to (ENISA-style groupings). */
    enum Harm {
        PHISHING, MAIL, TARGETED_SCAM, ACCOUNT_TAKEOVER, FINANCIAL_FRAUD, IDENTITY_THEFT, SENSITIVE, LOCATION, CHILDREN,
        OTHER;

        static String of(DataCategory category) {
            return (switch (category) {
                case NAME, EMAIL, PHONE -> PHISHING;
                case POSTAL_ADDRESS -> MAIL;
                case ORDER_HISTORY, DATE_OF_BIRTH -> TARGETED_SCAM;
                case ACCOUNT_CREDENTIALS -> ACCOUNT_TAKEOVER;
                case PAYMENT_CARD, BANK_ACCOUNT -> FINANCIAL_FRAUD;
                case NATIONAL_ID, PASSPORT, DRIVERS_LICENSE -> IDENTITY_THEFT;
                case HEALTH, BIOMETRIC, GENETIC, SEXUAL_LIFE, POLITICAL_OPINION, RELIGION, CRIMINAL_RECORD -> SENSITIVE;
                case LOCATION -> LOCATION;
                case CHILD_DATA -> CHILDREN;
                default -> OTHER;
            }).name();
        }
    }
}
