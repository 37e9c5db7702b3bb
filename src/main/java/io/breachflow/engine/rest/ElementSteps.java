package io.breachflow.engine.rest;

/** The history records of one element instance folded into its current state. */
final class ElementSteps {
    final long processInstanceKey;
    String elementId;
    private final String type;
    private Long startMs;
    private Long endMs;
    private String state = "ACTIVE";

    ElementSteps(long processInstanceKey, String elementId, String type) {
        this.processInstanceKey = processInstanceKey;
        this.elementId = elementId;
        this.type = type;
    }

    /** Folds one record in; a migration renames the element (its key and state stay). */
    void record(String intent, long timestampMs, String recordElementId) {
        switch (intent) {
            case "ELEMENT_MIGRATED" -> elementId = recordElementId;
            case "ELEMENT_ACTIVATED" -> activatedAt(timestampMs);
            case "ELEMENT_COMPLETED" -> ended("COMPLETED", timestampMs);
            case "ELEMENT_TERMINATED" -> ended("TERMINATED", timestampMs);
            default -> { }
        }
    }

    /** An element stuck before activation (an input mapping incident) counts from its incident. */
    void activatedAt(long timestampMs) {
        if (startMs == null) {
            startMs = timestampMs;
        }
    }

    private void ended(String endState, long timestampMs) {
        state = endState;
        endMs = timestampMs;
        activatedAt(timestampMs);
    }

    Rows.ElementInstance toRow(long key, long definitionKey, String processId, String name, Long incidentKey) {
        return new Rows.ElementInstance(key, processInstanceKey, definitionKey, processId, elementId,
                name == null ? elementId : name, type, state, Field.instant(startMs),
                endMs == null ? null : Field.instant(endMs), incidentKey);
    }
}
