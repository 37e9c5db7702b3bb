package io.breachflow.workflow;

import java.util.Set;

/**
 * One process instance of a case as the diagram view needs it: the model it runs and where it stands.
 *
 * @param processInstanceKey the instance
 * @param bpmnProcessId the process id, e.g. {@code Process_BreachLifecycle}
 * @param bpmnXml the deployed model's XML (with its diagram interchange)
 * @param completedElementIds elements that have completed at least once
 * @param activeElementIds elements active now
 * @param incidentElementIds elements with an open engine incident
 */
public record CaseDiagram(long processInstanceKey, String bpmnProcessId, String bpmnXml,
        Set<String> completedElementIds, Set<String> activeElementIds, Set<String> incidentElementIds) {
}
