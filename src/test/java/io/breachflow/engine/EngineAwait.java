package io.breachflow.engine;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.Callable;

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

    /** Waits until the process element of the instance has been terminated. */
    static void terminated(EngineHarness engine, long processInstanceKey, String processId) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> engine.tables().terminatedElements(processInstanceKey).contains(processId));
    }

    /** Waits until the element of the instance has completed. */
    static void elementCompleted(EngineHarness engine, long processInstanceKey, String elementId) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> engine.tables().completedElements(processInstanceKey).contains(elementId));
    }

    /** Waits until the element of the instance has been terminated. */
    static void elementTerminated(EngineHarness engine, long processInstanceKey, String elementId) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> engine.tables().terminatedElements(processInstanceKey).contains(elementId));
    }

    /**
     * Asserts that the condition holds for a while (half a second, checked repeatedly): how the
     * suite says "nothing happened", e.g. a timer did not fire early.
     */
    static void staysTrue(Callable<Boolean> condition) {
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(3)).until(condition);
    }

    /** Asserts that no job of the type becomes activatable for a while. */
    static void noJob(EngineHarness engine, String type) {
        staysTrue(() -> engine.activateNow(type).isEmpty());
    }
}
