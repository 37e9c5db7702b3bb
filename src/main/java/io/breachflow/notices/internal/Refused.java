package io.breachflow.notices.internal;

/** A channel did not take a letter: permanently (BOUNCED, no retry) or for now (retried with back-off). */
final class Refused extends Exception {

    private final int code;
    private final boolean permanent;

    Refused(int code, boolean permanent) {
        super("refused " + code, null, false, false);
        this.code = code;
        this.permanent = permanent;
    }

    int code() {
        return code;
    }

    boolean permanent() {
        return permanent;
    }
}
