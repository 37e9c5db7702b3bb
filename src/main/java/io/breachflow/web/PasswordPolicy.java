package io.breachflow.web;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What Breachflow can check about a configured account's password before it starts. A plain password
 * must be at least 12 characters, differ from the user name and not be one of the passwords tried first;
 * a hash must name a slow, salted algorithm ({@code {bcrypt}}, {@code {argon2}}, {@code {scrypt}},
 * {@code {pbkdf2}}), since the strength of the password behind a hash cannot be checked.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;

    private static final List<String> SLOW_HASHES = List.of("{bcrypt}", "{argon2}", "{argon2@SpringSecurity_v5_8}",
            "{scrypt}", "{scrypt@SpringSecurity_v5_8}", "{pbkdf2}", "{pbkdf2@SpringSecurity_v5_8}");

    private static final Set<String> COMMON = Set.of("password", "password1", "password123", "123456789012",
            "qwertyuiopas", "letmein12345", "breachflow", "breachflow123", "changeme1234", "administrator", "demo");

    private PasswordPolicy() {
    }

    /** Fails start-up with a message naming the account (never the password) when it falls short. */
    static void check(SecurityProperties.Account account) {
        boolean hasHash = account.passwordHash() != null && !account.passwordHash().isBlank();
        boolean hasPassword = account.password() != null && !account.password().isEmpty();
        if (account.username() == null || account.username().isBlank()) {
            throw new IllegalStateException("Expected every breachflow.security.users entry to have a username, but "
                    + "one has none");
        }
        if (hasHash == hasPassword) {
            throw refused(account, "either password-hash or password, but it has " + (hasHash ? "both" : "neither"));
        }
        if (hasHash && SLOW_HASHES.stream().noneMatch(account.passwordHash()::startsWith)) {
            throw refused(account, "a password-hash starting with {bcrypt}, {argon2}, {scrypt} or {pbkdf2}, but it "
                    + "names another or no algorithm");
        }
        if (hasPassword) {
            checkPlain(account.username(), account.password());
        }
    }

    /** The rule for a plain password, also applied to the demo password when demo accounts are exposed. */
    static void checkPlain(String username, String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (password.length() < MIN_LENGTH) {
            throw refused(username, "a password of at least " + MIN_LENGTH + " characters, but it is shorter");
        }
        if (lower.contains(username.toLowerCase(Locale.ROOT)) || COMMON.contains(lower)) {
            throw refused(username, "a password that is neither the user name nor a common one, but it is");
        }
    }

    private static IllegalStateException refused(SecurityProperties.Account account, String expectation) {
        return refused(account.username(), expectation);
    }

    private static IllegalStateException refused(String username, String expectation) {
        return new IllegalStateException("Expected account '" + username + "' to have " + expectation);
    }
}
