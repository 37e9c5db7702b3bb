package io.breachflow.regimes.internal.rules;

/** How many obligations one rule yields. */
public enum Per {
    /** One, for the whole regime. */
    REGIME,
    /** One per affected jurisdiction of the regime (each concerned supervisory authority). */
    JURISDICTION,
    /** One, for the member state of the EU main establishment, else representative, else most affected. */
    ESTABLISHMENT
}
