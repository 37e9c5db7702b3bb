package io.breachflow.web;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may log in, from where, and how often they may get it wrong. Demo accounts (default profile only)
 * share {@code demoPassword} and log in only from this machine unless {@code demoAccountsExposed};
 * {@code users} lists real accounts, each with a {@code passwordHash} (bcrypt, argon2, scrypt or pbkdf2,
 * for example {@code {bcrypt}$2a$10$...}) or a plain {@code password} that must pass {@link PasswordPolicy}.
 *
 * @param demoPassword password of the demo accounts, from {@code BREACHFLOW_DEMO_PASSWORD}
 * @param demoAccountsExposed whether demo accounts may log in from other machines than this one
 * @param users configured accounts
 * @param login throttling of failed logins
 */
@ConfigurationProperties("breachflow.security")
record SecurityProperties(@DefaultValue("demo") String demoPassword, @DefaultValue("false") boolean demoAccountsExposed,
        @DefaultValue List<Account> users, @DefaultValue Login login) {

    /** One configured login; a plain {@code password} is hashed at start and never kept or logged. */
    record Account(String username, String passwordHash, String password, List<Role> roles) {

        @Override
        public String toString() {
            return "Account[" + username + ", " + roles + "]";
        }
    }

    /**
     * Failed logins counted over {@code window}; reaching a limit locks the account name (whether it exists
     * or not) or the client address for {@code lockout}, for form login and HTTP Basic alike.
     *
     * @param maxFailuresPerAccount failures for one user name before it is locked
     * @param maxFailuresPerAddress failures from one client address before it is locked
     * @param window how far back failures count
     * @param lockout how long a lock lasts
     */
    record Login(@DefaultValue("5") int maxFailuresPerAccount, @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window, @DefaultValue("15m") Duration lockout) {
    }

    @Override
    public String toString() {
        return "SecurityProperties[users=" + users + ", demoAccountsExposed=" + demoAccountsExposed + ", login="
                + login + "]";
    }
}
