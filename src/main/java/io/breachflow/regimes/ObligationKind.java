package io.breachflow.regimes;

/** What kind of communication an obligation asks for (design.md §6). */
public enum ObligationKind {
    /** The first report to an authority. */
    AUTHORITY_REPORT,
    /** A supplementary, phased or final report to an authority. */
    AUTHORITY_UPDATE,
    INDIVIDUAL_NOTICE,
    /** Website, media or substitute notice. */
    PUBLIC_NOTICE,
    /** Notice to consumer reporting agencies. */
    CRA_NOTICE
}
