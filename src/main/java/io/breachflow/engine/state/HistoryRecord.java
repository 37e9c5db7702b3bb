package io.breachflow.engine.state;

/** One state transition, appended to the history log in the same transaction as the change. */
public record HistoryRecord(long processInstanceKey, String valueType, String intent, long recordKey,
        String elementId, String elementType, long timestamp, String payload) {
}
