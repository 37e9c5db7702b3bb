package io.breachflow.documents;

/** The kinds of drafted document whose facts can be overtaken by a scope revision. */
public enum DocumentKind {
    /** An authority report or update ({@code filings}, id of the report draft). */
    REPORT,
    /** A notice letter ({@code notices}, id of the letter version). */
    LETTER,
    /**
     * A police referral: the officer's account of the case sealed with the evidence package legal approves
     * (id of the completed {@code prepare-referral} task, whose text the package goes out with).
     */
    REFERRAL
}
