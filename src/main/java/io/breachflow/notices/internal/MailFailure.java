package io.breachflow.notices.internal;

/**
 * A letter that the mail server did not accept. 5xx replies are permanent (the person's address
 * bounced); 4xx replies and connection trouble are transient and retried with back-off.
 */
final class MailFailure extends Exception {

    private final int code;
    private final boolean sessionUsable;

    MailFailure(int code, boolean sessionUsable, Throwable cause) {
        super("SMTP " + (code == 0 ? "connection failure" : "reply " + code), cause, false, false);
        this.code = code;
        this.sessionUsable = sessionUsable;
    }

    /** The SMTP reply code, 0 when there was none (connection trouble). */
    int code() {
        return code;
    }

    boolean permanent() {
        return code >= 500 && code < 600;
    }

    /** Whether the connection may carry the next letter (after a refused RCPT it may). */
    boolean sessionUsable() {
        return sessionUsable;
    }
}
