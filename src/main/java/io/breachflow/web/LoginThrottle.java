package io.breachflow.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed logins per user name and per client address over a sliding window and locks either once
 * it reaches its limit, so guessing a password costs hours rather than seconds. A user name that does not
 * exist is counted and locked like one that does, so a lock tells nothing about which accounts exist.
 * Kept in memory: a restart forgets locks, which is acceptable for a single-node application.
 */
final class LoginThrottle {

    /** A lock that a failure has just started: what was locked and until when. */
    record Lockout(Scope scope, String key, int failures, Instant until) {
    }

    enum Scope { ACCOUNT, ADDRESS }

    private static final int PRUNE_ABOVE = 10_000;

    private final SecurityProperties.Login limits;
    private final Clock clock;
    private final Map<String, Failures> accounts = new HashMap<>();
    private final Map<String, Failures> addresses = new HashMap<>();

    LoginThrottle(SecurityProperties.Login limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** When the account name or the address is locked, the later of the two lock ends. */
    synchronized Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant account = until(accounts.get(key(username)), now);
        Instant from = until(addresses.get(address), now);
        if (account == null) {
            return Optional.ofNullable(from);
        }
        return Optional.of(from == null || account.isAfter(from) ? account : from);
    }

    /** Counts one failure; returns the locks it started (none, or one or both scopes). */
    synchronized List<Lockout> failed(String username, String address) {
        Instant now = clock.instant();
        List<Lockout> started = new ArrayList<>(2);
        count(accounts, key(username), now, limits.maxFailuresPerAccount())
                .ifPresent(f -> started.add(new Lockout(Scope.ACCOUNT, key(username), f.size(), f.lockedUntil)));
        count(addresses, address, now, limits.maxFailuresPerAddress())
                .ifPresent(f -> started.add(new Lockout(Scope.ADDRESS, address, f.size(), f.lockedUntil)));
        return started;
    }

    /** A successful login forgets the account's failures (the address keeps its count: one good login must not reset it). */
    synchronized void succeeded(String username) {
        accounts.remove(key(username));
    }

    /** Forgets every failure and lock. */
    synchronized void clear() {
        accounts.clear();
        addresses.clear();
    }

    private Optional<Failures> count(Map<String, Failures> counts, String key, Instant now, int limit) {
        if (counts.size() > PRUNE_ABOVE) {
            counts.values().removeIf(f -> f.isStale(now, limits.window()));
        }
        Failures failures = counts.computeIfAbsent(key, k -> new Failures());
        failures.add(now, limits.window());
        if (failures.lockedUntil == null || !failures.lockedUntil.isAfter(now)) {
            if (failures.size() >= limit) {
                failures.lockedUntil = now.plus(limits.lockout());
                return Optional.of(failures);
            }
        }
        return Optional.empty();
    }

    private static Instant until(Failures failures, Instant now) {
        return failures != null && failures.lockedUntil != null && failures.lockedUntil.isAfter(now)
                ? failures.lockedUntil : null;
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    /** The failure times within the window, oldest first, and the end of the current lock if any. */
    private static final class Failures {
        private final Deque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil;

        void add(Instant now, Duration window) {
            times.addLast(now);
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.removeFirst();
            }
        }

        int size() {
            return times.size();
        }

        boolean isStale(Instant now, Duration window) {
            return (lockedUntil == null || !lockedUntil.isAfter(now))
                    && (times.isEmpty() || !times.peekLast().isAfter(now.minus(window)));
        }
    }
}
