package io.breachflow.regimes.internal.rules;

/** The event a clock runs from (regulations.md §0: the anchor differs by regime). */
public enum Anchor {
    /** Becoming aware of the breach ({@code awareAt}). */
    AWARENESS("awareAt"),
    /** Discovery: the earlier of detection and awareness, so a discovery clock never starts late. */
    DETECTION("detectedAt"),
    MATERIALITY("milestones.materialityDeterminedAt"),
    ASSESSMENT("milestones.assessmentCompletedAt"),
    DETERMINATION("milestones.breachDeterminedAt"),
    CONFIRMATION("milestones.personalDataConfirmedAt"),
    /** The end of incident handling, which the facts do not carry. */
    HANDLING_ENDED("the end of incident handling"),
    /** The submission of an earlier stage ({@code ClockSpec.after}), which the facts do not carry. */
    SUBMISSION("the sending of the earlier notice or report"),
    /** The moment a scope revision became known. */
    REVISION("the revision");

    private final String fact;

    Anchor(String fact) {
        this.fact = fact;
    }

    /** The fact (or event) the anchor reads, as named to the user when it is missing. */
    public String fact() {
        return fact;
    }
}
