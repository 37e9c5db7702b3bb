package io.breachflow.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may log in. Demo accounts (default profile only) share {@code demoPassword}; {@code users}
 * lists real accounts with bcrypt hashes (for example {@code {bcrypt}$2a$10$...}) for other profiles.
 *
 * @param demoPassword password of the demo accounts, from {@code BREACHFLOW_DEMO_PASSWORD}
 * @param users configured accounts
 */
@ConfigurationProperties("breachflow.security")
record SecurityProperties(@DefaultValue("demo") String demoPassword, @DefaultValue List<Account> users) {

    /** One configured login; the password is stored only as a hash. */
    record Account(String username, String passwordHash, List<Role> roles) {

        @Override
        public String toString() {
            return "Account[" + username + ", " + roles + "]";
        }
    }

    @Override
    public String toString() {
        return "SecurityProperties[users=" + users + "]";
    }
}
