package io.breachflow.engine.rest;

import java.util.Set;

/** The engine's incident error types as the 8.8 API's {@code errorType} enumeration names them. */
final class IncidentErrorTypes {
    private static final Set<String> KNOWN = Set.of("UNSPECIFIED", "UNKNOWN", "IO_MAPPING_ERROR", "JOB_NO_RETRIES",
            "EXECUTION_LISTENER_NO_RETRIES", "TASK_LISTENER_NO_RETRIES", "AD_HOC_SUB_PROCESS_NO_RETRIES",
            "CONDITION_ERROR", "EXTRACT_VALUE_ERROR", "CALLED_ELEMENT_ERROR", "UNHANDLED_ERROR_EVENT",
            "MESSAGE_SIZE_EXCEEDED", "CALLED_DECISION_ERROR", "DECISION_EVALUATION_ERROR", "FORM_NOT_FOUND",
            "RESOURCE_NOT_FOUND");

    private IncidentErrorTypes() {
    }

    static String of(String engineType) {
        return engineType != null && KNOWN.contains(engineType) ? engineType : "UNKNOWN";
    }
}
