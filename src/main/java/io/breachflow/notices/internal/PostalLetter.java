package io.breachflow.notices.internal;

/** A letter to print and post. Holds personal data: never log it. */
record PostalLetter(long ledgerId, String reference, String name, String postalAddress, String html) {

    @Override
    public String toString() {
        return "PostalLetter[" + reference + "]";
    }
}
