package io.breachflow.notices.internal;

import io.breachflow.notices.Channel;

/** A ledger row claimed for sending, with what the letter needs. Holds personal data: never log it. */
record ClaimedLetter(long ledgerId, int attempts, Channel channel, String name, String email, String phone,
        String postalAddress, String jurisdiction, String language) {

    /** For tests and email-only callers. */
    ClaimedLetter(long ledgerId, int attempts, String name, String email, String jurisdiction, String language) {
        this(ledgerId, attempts, Channel.EMAIL, name, email, null, null, jurisdiction, language);
    }

    @Override
    public String toString() {
        return "ClaimedLetter[ledgerId=" + ledgerId + ", attempts=" + attempts + ", channel=" + channel + "]";
    }
}
