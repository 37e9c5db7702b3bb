package io.breachflow.engine.rest;

import java.time.Instant;

/** What the searches return, read from the engine's tables; keys are -1 or null where there is none. */
final class Rows {
    private Rows() {
    }

    record ProcessInstance(long key, long definitionKey, String processId, String processName, Integer version,
            String versionTag, long parentProcessInstanceKey, long parentElementInstanceKey, String state,
            Instant startDate, Instant endDate, boolean hasIncident) {
    }

    record ElementInstance(long key, long processInstanceKey, long definitionKey, String processId,
            String elementId, String elementName, String type, String state, Instant startDate, Instant endDate,
            Long incidentKey) {

        boolean hasIncident() {
            return incidentKey != null;
        }
    }

    record Incident(long key, long definitionKey, String processId, long processInstanceKey,
            long elementInstanceKey, String elementId, String errorType, String errorMessage, Instant creationTime,
            String state, Long jobKey) {
    }

    record ProcessDefinition(long key, String processId, String name, int version, String versionTag,
            String resourceName, boolean latest) {
    }

    /** A live variable; the engine keeps variables while their scope runs. */
    record Variable(long key, String name, String value, long scopeKey, long processInstanceKey) {
    }
}
