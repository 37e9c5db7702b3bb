package io.breachflow.engine.processing;

import io.breachflow.engine.state.EngineStore;

/**
 * Hands out keys in Zeebe's format for partition 1 ((1 << 51) + counter). The counter is written in
 * every batch's transaction, so a restart never reuses a key.
 */
final class Keys {
    private long next;
    private long persisted;

    Keys(long next) {
        this.next = next;
        this.persisted = next;
    }

    long next() {
        return next++;
    }

    void persist(EngineStore store) {
        if (next != persisted) {
            store.writeNextKey(next);
            persisted = next;
        }
    }
}
