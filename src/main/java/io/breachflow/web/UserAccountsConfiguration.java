package io.breachflow.web;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The accounts that may log in: configured accounts always, and in the default profile one demo
 * account per role so a newcomer can try every view. Demo passwords are bcrypt-hashed at start and
 * never logged.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class UserAccountsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UserAccountsConfiguration.class);

    /** Demo user names, one per role. */
    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("officer", Role.COMPLIANCE_OFFICER),
            new DemoAccount("legal", Role.LEGAL),
            new DemoAccount("dpo", Role.DPO),
            new DemoAccount("auditor", Role.AUDITOR),
            new DemoAccount("admin", Role.ADMIN));

    record DemoAccount(String username, Role role) {
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager userDetailsService(
            SecurityProperties properties, PasswordEncoder encoder, Environment environment) {
        List<UserDetails> users = new ArrayList<>();
        for (SecurityProperties.Account account : properties.users()) {
            users.add(User.withUsername(account.username()).password(account.passwordHash())
                    .roles(Role.names(account.roles().toArray(Role[]::new))).build());
        }
        if (environment.acceptsProfiles(Profiles.of("default"))) {
            String hash = encoder.encode(properties.demoPassword());
            for (DemoAccount demo : DEMO_ACCOUNTS) {
                users.add(User.withUsername(demo.username()).password(hash).roles(demo.role().name()).build());
            }
            log.warn("Demo accounts are enabled (officer, legal, dpo, auditor, admin). They exist only in the "
                    + "default profile; set BREACHFLOW_DEMO_PASSWORD to change their password.");
        }
        return new InMemoryUserDetailsManager(users);
    }
}
