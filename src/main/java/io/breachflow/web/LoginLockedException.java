package io.breachflow.web;

import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * A login refused because its user name or client address failed too often; the message names neither
 * whether the account exists nor which of the two is locked, since it reaches the person logging in.
 */
class LoginLockedException extends LockedException {

    private final transient Instant until;

    LoginLockedException(Instant until) {
        this(until, "Too many failed logins; try again later.");
    }

    /** With a message for the audit trail and the log, naming what was locked. */
    LoginLockedException(Instant until, String message) {
        super(message);
        this.until = until;
    }

    Instant until() {
        return until;
    }
}
