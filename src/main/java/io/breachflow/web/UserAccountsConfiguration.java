package io.breachflow.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * The accounts that may log in: configured accounts always (checked against {@link PasswordPolicy} at
 * start), and in the default profile one demo account per role so a newcomer can try every view, from
 * this machine unless {@code breachflow.security.demo-accounts-exposed}. Passwords are hashed at start
 * and never logged. Both login chains share one {@link AuthenticationManager} that throttles failures.
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
            PasswordPolicy.check(account);
            String hash = account.passwordHash() != null && !account.passwordHash().isBlank()
                    ? account.passwordHash() : encoder.encode(account.password());
            users.add(User.withUsername(account.username()).password(hash)
                    .roles(Role.names(account.roles().toArray(Role[]::new))).build());
        }
        if (demoAccountsEnabled(environment)) {
            if (properties.demoAccountsExposed()) {
                PasswordPolicy.checkPlain("demo", properties.demoPassword());
            }
            String hash = encoder.encode(properties.demoPassword());
            for (DemoAccount demo : DEMO_ACCOUNTS) {
                users.add(User.withUsername(demo.username()).password(hash).roles(demo.role().name()).build());
            }
            log.warn("Demo accounts are enabled (officer, legal, dpo, auditor, admin), {}. They exist only in the "
                    + "default profile; set BREACHFLOW_DEMO_PASSWORD to change their password.",
                    properties.demoAccountsExposed() ? "EXPOSED to every client address" : "for logins from this machine only");
        }
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties, ObjectProvider<JdbcClient> jdbc) {
        // the database when there is one (every node counts the same failures); web slices without one count in memory
        JdbcClient database = jdbc.getIfAvailable();
        return new LoginThrottle(properties.login(), Clock.systemUTC(),
                database == null ? new LoginThrottle.MemoryLedger() : new JdbcLoginLedger(database));
    }

    /** The one manager both security chains use, so form login and HTTP Basic share the throttle. */
    @Bean
    AuthenticationManager authenticationManager(InMemoryUserDetailsManager users, PasswordEncoder encoder,
            LoginThrottle throttle, SecurityProperties properties, Environment environment,
            ApplicationEventPublisher events) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        Set<String> loopbackOnly = demoAccountsEnabled(environment) && !properties.demoAccountsExposed()
                ? DEMO_ACCOUNTS.stream().map(DemoAccount::username).collect(Collectors.toUnmodifiableSet()) : Set.of();
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle, loopbackOnly, events));
    }

    private static boolean demoAccountsEnabled(Environment environment) {
        return environment.acceptsProfiles(Profiles.of("default | drill"));
    }
}
