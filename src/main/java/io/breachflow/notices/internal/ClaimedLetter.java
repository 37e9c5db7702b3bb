package io.breachflow.notices.internal;

/** A ledger row claimed for sending, with what the letter needs. Holds personal data: never log it. */
record ClaimedLetter(long ledgerId, int attempts, String name, String email, String jurisdiction, String language) {

    @Override
    public String toString() {
        return "ClaimedLetter[ledgerId=" + ledgerId + ", attempts=" + attempts + "]";
    }
}
