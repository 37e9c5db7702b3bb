package io.breachflow.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The engine's time source. Normally the system clock; when controlled (tests, and drill mode with
 * {@code breachflow.engine.clock.controlled=true}) it can be pinned to an instant or moved forward,
 * like Zeebe's actuator clock, and the engine fires whatever became due at once.
 */
public final class EngineClock extends Clock {

    private final Clock system;
    private final boolean controlled;
    private volatile Long pinnedMillis;
    private volatile long offsetMillis;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public EngineClock() {
        this(Clock.systemUTC());
    }

    EngineClock(Clock system) {
        this(system, false);
    }

    /**
     * @param controlled whether {@code breachflow.engine.clock.controlled} is on: then the engine keeps the
     *     clock's pin and offset in its database and restores them at start, as Zeebe replays its clock records
     */
    EngineClock(Clock system, boolean controlled) {
        this.system = system;
        this.controlled = controlled;
    }

    /** Whether the clock may be moved over HTTP and its setting survives a restart. */
    boolean controlled() {
        return controlled;
    }

    /** The pinned instant in epoch milliseconds, or null when time runs. */
    Long pinnedMillis() {
        return pinnedMillis;
    }

    /** How far a running clock is ahead of (or behind) the system clock. */
    long offsetMillis() {
        return offsetMillis;
    }

    /** Puts back a setting stored earlier, without telling listeners (the engine is not running yet). */
    void restore(Long pinned, long offset) {
        pinnedMillis = pinned;
        offsetMillis = pinned != null ? 0 : offset;
    }

    /** Freezes time at {@code instant}. */
    public void pin(Instant instant) {
        pinnedMillis = instant.toEpochMilli();
        offsetMillis = 0;
        changed();
    }

    /** Moves time forward (or back) by {@code offset}, pinned or not. */
    public void add(Duration offset) {
        Long pinned = pinnedMillis;
        if (pinned != null) {
            pinnedMillis = pinned + offset.toMillis();
        } else {
            offsetMillis += offset.toMillis();
        }
        changed();
    }

    /** Back to the system clock. */
    public void reset() {
        pinnedMillis = null;
        offsetMillis = 0;
        changed();
    }

    /** Called after every pin, add or reset. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    private void changed() {
        listeners.forEach(Runnable::run);
    }

    @Override
    public long millis() {
        Long pinned = pinnedMillis;
        return pinned != null ? pinned : system.millis() + offsetMillis;
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
