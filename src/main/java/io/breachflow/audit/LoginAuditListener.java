package io.breachflow.audit;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;

/**
 * Records each login lock when it starts (the web module's throttle publishes Spring Security's event
 * once per lock, not per refused attempt), so a password-guessing run shows up in the audit trail. The
 * actor is the user name that was tried, which need not exist.
 */
@Component
class LoginAuditListener {

    static final String LOGIN_LOCKED = "LOGIN_LOCKED";

    private final AuditTrail trail;

    LoginAuditListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(AuthenticationFailureLockedEvent locked) {
        trail.append(AuditListeners.actor(locked.getAuthentication().getName()), LOGIN_LOCKED, null,
                locked.getException().getMessage());
    }
}
