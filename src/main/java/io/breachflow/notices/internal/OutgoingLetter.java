package io.breachflow.notices.internal;

/** A rendered letter ready for the wire. Holds personal data: never log it. */
record OutgoingLetter(String messageId, String from, String to, String toName, String subject, String text,
        String html) {

    @Override
    public String toString() {
        return "OutgoingLetter[" + messageId + "]";
    }
}
