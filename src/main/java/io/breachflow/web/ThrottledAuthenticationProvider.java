package io.breachflow.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks a user name and password (form login and HTTP Basic alike) only after two guards: demo accounts
 * log in from this machine alone unless exposed, and a user name or client address with too many recent
 * failures is refused even with the right password. A lock that starts is published as Spring Security's
 * {@link AuthenticationFailureLockedEvent}, which the audit trail records.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final Set<String> loopbackOnly;
    private final ApplicationEventPublisher events;

    /**
     * @param loopbackOnly user names (lower case) that may log in only from a loopback address
     */
    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle, Set<String> loopbackOnly,
            ApplicationEventPublisher events) {
        this.passwords = passwords;
        this.throttle = throttle;
        this.loopbackOnly = loopbackOnly;
        this.events = events;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String username = login.getName();
        String address = addressOf(login);
        Optional<Instant> locked = throttle.lockedUntil(username, address);
        if (locked.isPresent()) {
            throw new LoginLockedException(locked.get());
        }
        try {
            if (loopbackOnly.contains(username.toLowerCase(Locale.ROOT)) && !isLoopback(address)) {
                // the same answer as a wrong password: a remote caller learns nothing about demo accounts
                throw new BadCredentialsException("Bad credentials");
            }
            Authentication authenticated = passwords.authenticate(login);
            throttle.succeeded(username);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            for (LoginThrottle.Lockout lockout : throttle.failed(username, address)) {
                log.warn("Login locked: {} {} after {} failures until {}", lockout.scope(), lockout.key(),
                        lockout.failures(), lockout.until());
                events.publishEvent(new AuthenticationFailureLockedEvent(login, new LoginLockedException(
                        lockout.until(), lockout.scope() + " " + lockout.key() + " after " + lockout.failures()
                                + " failed logins")));
            }
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication login) {
        return login.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    /** Only literal addresses arrive here (Tomcat does no reverse lookups), so this never asks DNS. */
    static boolean isLoopback(String address) {
        if (address == null || !address.matches("[0-9a-fA-F:.%\\[\\]]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}
