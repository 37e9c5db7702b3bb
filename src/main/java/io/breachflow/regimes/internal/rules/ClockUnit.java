package io.breachflow.regimes.internal.rules;

/** How a clock counts (design.md §6 deadline conventions). */
public enum ClockUnit {
    /** Elapsed hours on the UTC timeline. */
    HOURS,
    /** Calendar days ending 23:59:59 local time of the regime's zone on the last day. */
    CALENDAR_DAYS,
    /** Business days of a holiday calendar, ending 23:59:59 local or at the clock's cutoff. */
    BUSINESS_DAYS,
    /** Calendar months, ending 23:59:59 local on the same day of the month. */
    MONTHS,
    /** No number in the law ("without undue delay", "promptly"): no dueAt, an internal target instead. */
    WITHOUT_UNDUE_DELAY,
    /**
     * No later than the anchor itself: "no later than the individual notice", "concurrently", "simultaneously",
     * "prior to". With a {@link Anchor#SUBMISSION} anchor the deadline is the instant the earlier notice went out.
     */
    AT_ANCHOR
}
