package io.breachflow.workflow;

import java.time.Instant;

/**
 * One step of a case's processes, from the engine's history, for the case timeline.
 *
 * @param at when it happened
 * @param bpmnProcessId the process it belongs to
 * @param processInstanceKey the instance
 * @param elementId the BPMN element
 * @param elementName the element's name, or its id when unnamed
 * @param elementType the BPMN element type, e.g. {@code USER_TASK}
 * @param state {@code ACTIVATED}, {@code COMPLETED}, {@code TERMINATED} or {@code INCIDENT}
 */
public record CaseEvent(Instant at, String bpmnProcessId, long processInstanceKey, String elementId,
        String elementName, String elementType, String state) {
}
