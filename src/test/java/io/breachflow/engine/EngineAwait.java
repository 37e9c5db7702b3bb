package io.breachflow.engine;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

/** Awaitility conditions over the engine's history, shared by the conformance tests. */
final class EngineAwait {

    private EngineAwait() {
    }

    /** Waits until the process element of the instance has completed. */
    static void completed(EngineHarness engine, long processInstanceKey, String processId) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> engine.tables().completedElements(processInstanceKey).contains(processId));
    }

    /** Waits until the instance has an open incident and returns it. */
    static EngineTables.Incident incident(EngineHarness engine, long processInstanceKey) {
        return await().atMost(Duration.ofSeconds(10))
                .until(() -> engine.tables().openIncidents(processInstanceKey), list -> !list.isEmpty())
                .get(0);
    }
}
