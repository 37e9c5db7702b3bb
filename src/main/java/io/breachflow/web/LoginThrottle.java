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
 * The counts live in a {@link Ledger}: the application keeps them in the database ({@link JdbcLoginLedger}), so
 * every node behind a load balancer counts the same failures and a restart forgets no lock; tests may keep them
 * in memory.
 */
final class LoginThrottle {

    /** Where failures and locks are kept. */
    interface Ledger {
        /** The end of the lock on {@code key} in {@code scope}, if one is active at {@code now}. */
        Instant lockedUntil(Scope scope, String key, Instant now);

        /**
         * Records a failure at {@code now}; when that brings the failures within {@code window} to {@code limit} and
         * no lock is active, locks the key until {@code now + lockout} and returns the lock.
         */
        Optional<Lockout> fail(Scope scope, String key, Instant now, int limit, Duration window, Duration lockout);

        /** Forgets the failures of {@code key} in {@code scope}. */
        void forget(Scope scope, String key);

        /** Forgets every failure and lock. */
        void clear();
    }

    /** A lock that a failure has just started: what was locked and until when. */
    record Lockout(Scope scope, String key, int failures, Instant until) {
    }

    enum Scope { ACCOUNT, ADDRESS }

    private final SecurityProperties.Login limits;
    private final Clock clock;
    private final Ledger ledger;

    /** Counts in memory (tests, tools). */
    LoginThrottle(SecurityProperties.Login limits, Clock clock) {
        this(limits, clock, new MemoryLedger());
    }

    LoginThrottle(SecurityProperties.Login limits, Clock clock, Ledger ledger) {
        this.limits = limits;
        this.clock = clock;
        this.ledger = ledger;
    }

    /** When the account name or the address is locked, the later of the two lock ends. */
    Optional<Instant> lockedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant account = ledger.lockedUntil(Scope.ACCOUNT, key(username), now);
        Instant from = address == null ? null : ledger.lockedUntil(Scope.ADDRESS, address, now);
        if (account == null) {
            return Optional.ofNullable(from);
        }
        return Optional.of(from == null || account.isAfter(from) ? account : from);
    }

    /** Counts one failure; returns the locks it started (none, or one or both scopes). */
    List<Lockout> failed(String username, String address) {
        Instant now = clock.instant();
        List<Lockout> started = new ArrayList<>(2);
        ledger.fail(Scope.ACCOUNT, key(username), now, limits.maxFailuresPerAccount(), limits.window(),
                limits.lockout()).ifPresent(started::add);
        if (address != null) {
            ledger.fail(Scope.ADDRESS, address, now, limits.maxFailuresPerAddress(), limits.window(),
                    limits.lockout()).ifPresent(started::add);
        }
        return started;
    }

    /** A successful login forgets the account's failures (the address keeps its count: one good login must not reset it). */
    void succeeded(String username) {
        ledger.forget(Scope.ACCOUNT, key(username));
    }

    /** Forgets every failure and lock. */
    void clear() {
        ledger.clear();
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }

    /** The failures kept in this process only: what a single node without a database would do. */
    static final class MemoryLedger implements Ledger {

        private static final int PRUNE_ABOVE = 10_000;

        private final Map<String, Failures> counts = new HashMap<>();

        @Override
        public synchronized Instant lockedUntil(Scope scope, String key, Instant now) {
            Failures failures = counts.get(scope + ":" + key);
            return failures != null && failures.lockedUntil != null && failures.lockedUntil.isAfter(now)
                    ? failures.lockedUntil : null;
        }

        @Override
        public synchronized Optional<Lockout> fail(Scope scope, String key, Instant now, int limit, Duration window,
                Duration lockout) {
            if (counts.size() > PRUNE_ABOVE) {
                counts.values().removeIf(f -> f.isStale(now, window));
            }
            Failures failures = counts.computeIfAbsent(scope + ":" + key, k -> new Failures());
            failures.add(now, window);
            if ((failures.lockedUntil == null || !failures.lockedUntil.isAfter(now)) && failures.size() >= limit) {
                failures.lockedUntil = now.plus(lockout);
                return Optional.of(new Lockout(scope, key, failures.size(), failures.lockedUntil));
            }
            return Optional.empty();
        }

        @Override
        public synchronized void forget(Scope scope, String key) {
            counts.remove(scope + ":" + key);
        }

        @Override
        public synchronized void clear() {
            counts.clear();
        }
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
