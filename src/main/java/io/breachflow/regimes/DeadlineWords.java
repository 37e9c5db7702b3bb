package io.breachflow.regimes;

import io.breachflow.regimes.internal.rules.RegimeDefinition;
import io.breachflow.regimes.internal.rules.RuleBook;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;

/**
 * A deadline as a person reads it: "due Thu 10 Dec 01:00 KST (in 2 days 3 h)", in the zone of the regime
 * that set it (a Korean deadline in KST, a Californian one in PST) and in the reader's language. Templates
 * reach it as {@code @deadlineWords}.
 *
 * <p>The remaining time is always measured against a {@code now} the caller takes from the application's
 * clock, never the browser's: in drill mode the two differ. The words come from message keys that hold
 * plain patterns ({@code %n}, {@code %s}), so the browser script that keeps a countdown running builds the
 * same text from the same keys ({@code static/js/countdown.js}).
 */
public class DeadlineWords {

    private static final String JURISDICTION = "[A-Z]{2}(-[A-Z0-9]{1,3})?";

    private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ENGLISH);

    private final Map<String, RegimeDefinition> regimes = new LinkedHashMap<>();
    private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();
    private final ObligationNames names;
    private final MessageSource messages;

    public DeadlineWords(ObligationNames names, MessageSource messages) {
        this.names = names;
        this.messages = messages;
        RuleBook.fromClasspath().regimes().forEach(regime -> regimes.put(regime.regime(), regime));
    }

    /** The zone deadlines of {@code regime} are kept in for {@code jurisdiction} (null: the regime's own); null for no known regime. */
    public ZoneId zone(String regime, String jurisdiction) {
        RegimeDefinition definition = regime == null ? null : regimes.get(regime);
        return definition == null ? null : definition.zoneFor(jurisdiction);
    }

    /** The zone of the regime behind an obligation key (a {@code :XX} suffix names the jurisdiction); null for none known. */
    public ZoneId zoneOfKey(String obligationKey) {
        Optional<String> regime = names.regimeOf(obligationKey);
        if (regime.isEmpty()) {
            return null;
        }
        int colon = obligationKey.lastIndexOf(':');
        String suffix = colon < 0 ? null : obligationKey.substring(colon + 1);
        return zone(regime.get(), suffix != null && suffix.matches(JURISDICTION) ? suffix : null);
    }

    /** "Thu 10 Dec 01:00 KST" in the regime's zone; empty without a deadline. */
    public String at(OffsetDateTime dueAt, String regime, String jurisdiction, Locale locale) {
        return dueAt == null ? "" : at(dueAt, zone(regime, jurisdiction), null, locale);
    }

    /** As {@link #at(OffsetDateTime, String, String, Locale)}, with the year when it is not the year of {@code now}. */
    public String at(OffsetDateTime dueAt, String regime, String jurisdiction, Instant now, Locale locale) {
        return dueAt == null ? "" : at(dueAt, zone(regime, jurisdiction), now, locale);
    }

    /** As {@link #at(OffsetDateTime, String, String, Locale)} for a deadline kept as text, with the obligation's key. */
    public String atForKey(String dueAt, String obligationKey, Locale locale) {
        OffsetDateTime due = parse(dueAt);
        return due == null ? "" : at(due, zoneOfKey(obligationKey), null, locale);
    }

    /** As {@link #atForKey(String, String, Locale)}, with the year when it is not the year of {@code now}. */
    public String atForKey(String dueAt, String obligationKey, Instant now, Locale locale) {
        OffsetDateTime due = parse(dueAt);
        return due == null ? "" : at(due, zoneOfKey(obligationKey), now, locale);
    }

    /**
     * The date and time in {@code zone} with the zone's abbreviation ("KST", "PST"); without a zone (no known
     * regime) in the offset the deadline was given in. The year is said when it differs from {@code now}'s.
     */
    private String at(OffsetDateTime dueAt, ZoneId zone, Instant now, Locale locale) {
        ZoneId shown = zone != null ? zone : dueAt.getOffset();
        boolean otherYear = now != null && now.atZone(shown).getYear() != dueAt.atZoneSameInstant(shown).getYear();
        String pattern = otherYear ? messages.getMessage("deadline.patternWithYear", null, "EEE d MMM yyyy HH:mm", locale)
                : messages.getMessage("deadline.pattern", null, "EEE d MMM HH:mm", locale);
        String date = formatters.computeIfAbsent(pattern + "|" + locale.toLanguageTag(),
                key -> DateTimeFormatter.ofPattern(pattern, locale)).format(dueAt.atZoneSameInstant(shown));
        String abbreviation = ABBREVIATION.format(dueAt.atZoneSameInstant(shown));
        return date + " " + (shown instanceof ZoneOffset ? "UTC" + (shown.equals(ZoneOffset.UTC) ? "" : shown.getId())
                : abbreviation);
    }

    /** "in 2 days 3 h", "3 h 10 min overdue": the time from {@code now} to {@code due}. */
    public String left(Instant due, Instant now, Locale locale) {
        Duration left = Duration.between(now, due);
        String amount = amount(left.abs(), locale);
        return word(left.isNegative() ? "deadline.overdue" : "deadline.in", locale).replace("%s", amount);
    }

    /** As {@link #left(Instant, Instant, Locale)} for a deadline with an offset; empty without one. */
    public String left(OffsetDateTime due, Instant now, Locale locale) {
        return due == null ? "" : left(due.toInstant(), now, locale);
    }

    /** "due Thu 10 Dec 01:00 KST (in 2 days 3 h)" for an obligation of {@code regime}. */
    public String due(OffsetDateTime dueAt, String regime, String jurisdiction, Instant now, Locale locale) {
        if (dueAt == null) {
            return "";
        }
        return messages.getMessage("deadline.dueIn", new Object[] {at(dueAt, regime, jurisdiction, now, locale),
                left(dueAt.toInstant(), now, locale)}, locale);
    }

    /** As {@link #due(OffsetDateTime, String, String, Instant, Locale)} from an obligation key and a deadline kept as text. */
    public String dueForKey(String dueAt, String obligationKey, Instant now, Locale locale) {
        OffsetDateTime due = parse(dueAt);
        if (due == null) {
            return "";
        }
        return messages.getMessage("deadline.dueIn", new Object[] {at(due, zoneOfKey(obligationKey), now, locale),
                left(due.toInstant(), now, locale)}, locale);
    }

    /** The instant of a deadline kept as ISO-8601 text, or null when there is none or it cannot be read. */
    public static OffsetDateTime parse(String dueAt) {
        try {
            return dueAt == null || dueAt.isBlank() ? null : OffsetDateTime.parse(dueAt.strip());
        } catch (DateTimeException unreadable) {
            return null;
        }
    }

    /** Days and hours when a day or more is left, else hours and minutes, else minutes. */
    private String amount(Duration span, Locale locale) {
        long minutes = span.toMinutes();
        long days = minutes / 1440;
        long hours = minutes / 60 % 24;
        long rest = minutes % 60;
        List<String> parts = new ArrayList<>();
        if (days > 0) {
            parts.add(count(days == 1 ? "deadline.day.one" : "deadline.day.many", days, locale));
            if (hours > 0) {
                parts.add(count("deadline.hours", hours, locale));
            }
        } else if (hours > 0) {
            parts.add(count("deadline.hours", hours, locale));
            if (rest > 0) {
                parts.add(count("deadline.minutes", rest, locale));
            }
        } else {
            parts.add(count("deadline.minutes", rest, locale));
        }
        return String.join(" ", parts);
    }

    private String count(String key, long n, Locale locale) {
        return word(key, locale).replace("%n", Long.toString(n));
    }

    private String word(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
