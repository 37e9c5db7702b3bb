package io.breachflow.regimes.internal.rules;

/** How a filed report is supplemented when the facts change: its clock (from the revision) and citation. */
public record Supplement(ClockSpec clock, String citation) {
}
