package io.breachflow.regimes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why an obligation has no deadline, read from its {@link Deadline#awaiting()} reason so that every screen
 * says it the same way: a business-day calendar that does not cover the year the clock needs (an error the
 * officer must work around by counting by hand), a clock that starts when the individual notice goes out, or
 * a milestone the facts do not hold yet. Stored reasons are text (the API's contract), so the calendar and
 * the year are read back out of the calendars' own wording; a reason in another wording still counts as a
 * calendar gap, just without them.
 *
 * @param kind      what the deadline waits for
 * @param calendar  the calendar code ({@code KR}, {@code US}) when a calendar is missing and it names one
 * @param year      the year that calendar does not cover, when known
 * @param coverage  the years it does cover as it says them ({@code 2024–2026}), when known
 * @param field     the facts field the clock runs from ({@code materialityDeterminedAt}) when it waits for one
 */
public record DeadlineGap(Kind kind, String calendar, Integer year, String coverage, String field) {

    /** What an obligation without a deadline waits for; the names are message-key suffixes. */
    public enum Kind { CALENDAR_MISSING, AFTER_INDIVIDUAL_NOTICE, MILESTONE, OTHER }

    /** The calendars' wording ({@code ShippedBusinessCalendars}): "Expected a year the KR calendar covers (2024–2026), but got 2028". */
    private static final Pattern UNCOVERED_YEAR = Pattern.compile(
            "the (\\S+) calendar covers \\(([^)]*)\\), but got (\\d{4})");
    private static final Pattern FACT_FIELD = Pattern.compile("(?:milestones\\.)?([a-z][A-Za-z]+At)");

    /** The gap {@code awaiting} names, or null when there is no reason (the obligation has a deadline). */
    public static DeadlineGap of(String awaiting) {
        if (awaiting == null || awaiting.isBlank()) {
            return null;
        }
        if (Deadline.calendarMissing(awaiting)) {
            Matcher uncovered = UNCOVERED_YEAR.matcher(awaiting);
            return uncovered.find()
                    ? new DeadlineGap(Kind.CALENDAR_MISSING, uncovered.group(1), Integer.valueOf(uncovered.group(3)),
                            uncovered.group(2), null)
                    : new DeadlineGap(Kind.CALENDAR_MISSING, null, null, null, null);
        }
        if (Deadline.afterIndividualNotice(awaiting)) {
            return new DeadlineGap(Kind.AFTER_INDIVIDUAL_NOTICE, null, null, null, null);
        }
        Matcher field = FACT_FIELD.matcher(awaiting);
        return field.matches() ? new DeadlineGap(Kind.MILESTONE, null, null, null, field.group(1))
                : new DeadlineGap(Kind.OTHER, null, null, null, null);
    }

    /** Whether this is an error to show (no deadline can be computed), not a wait for something to happen. */
    public boolean isError() {
        return kind == Kind.CALENDAR_MISSING;
    }

    /** Whether the calendar and the year it lacks are known, so the message can name them. */
    public boolean namesCalendar() {
        return calendar != null && year != null;
    }
}
