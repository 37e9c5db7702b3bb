package io.breachflow.regimes.internal.rules;

/**
 * One clock as written in a rule file.
 *
 * @param anchor         the event the clock runs from
 * @param after          for {@link Anchor#SUBMISSION}: the id of the rule whose submission starts it
 * @param amount         how many units (not for {@link ClockUnit#WITHOUT_UNDUE_DELAY})
 * @param unit           how the clock counts
 * @param calendar       business-day calendar code ({@code BusinessCalendars})
 * @param cutoff         local time the last day ends at instead of 23:59:59 (SEC EDGAR: 17:30)
 * @param countAnchorDay whether the anchor day is day 1 (Japan's scenarios) rather than day 0
 * @param target         the internal target for a clock without a number, itself a clock
 * @param orAt           a second clock; the deadline is whichever of the two ends first (Vermont: 14 days
 *                       after discovery or the consumer notice, whichever is sooner)
 */
public record ClockSpec(Anchor anchor, String after, Integer amount, ClockUnit unit, String calendar,
                        String cutoff, Boolean countAnchorDay, ClockSpec target, ClockSpec orAt) {

    /** Whether the clock needs a number: not for "without undue delay" nor "no later than the anchor". */
    public boolean counted() {
        return unit != ClockUnit.WITHOUT_UNDUE_DELAY && unit != ClockUnit.AT_ANCHOR;
    }

    public boolean anchorDayCounts() {
        return Boolean.TRUE.equals(countAnchorDay);
    }

    /** The same clock started by a revision instead of its own anchor. */
    public ClockSpec fromRevision() {
        return new ClockSpec(Anchor.REVISION, null, amount, unit, calendar, cutoff, countAnchorDay, target, null);
    }

    /** Human wording such as "72 hours", "4 business days", "without undue delay". */
    public String describe() {
        if (unit == ClockUnit.WITHOUT_UNDUE_DELAY) {
            return "without undue delay";
        }
        if (unit == ClockUnit.AT_ANCHOR) {
            return "no later than " + anchor.fact();
        }
        String word = switch (unit) {
            case HOURS -> "hour";
            case CALENDAR_DAYS -> "calendar day";
            case BUSINESS_DAYS -> "business day";
            case MONTHS -> "month";
            default -> unit.name();
        };
        return amount + " " + word + (amount == 1 ? "" : "s");
    }
}
