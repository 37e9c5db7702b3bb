package io.breachflow.workflow;

import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessInstance;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one instance's search results into timeline steps. Many steps share a millisecond (one engine
 * command runs to its wait states at one instant), so ties are ordered by element instance key — the
 * engine hands keys out in creation order — with an element's activation before its incident before its end,
 * and the instance's own end after every step inside it.
 */
final class CaseSteps {

    private static final Comparator<Step> ORDER = Comparator.comparing((Step step) -> step.event().at())
            .thenComparingLong(Step::key).thenComparingInt(Step::rank);

    record Step(CaseEvent event, long key, int rank) implements Comparable<Step> {
        @Override
        public int compareTo(Step other) {
            return ORDER.compare(this, other);
        }
    }

    private CaseSteps() {
    }

    static List<Step> of(ProcessInstance instance, List<ElementInstance> elements, List<Incident> incidents) {
        String processId = instance.getProcessDefinitionId();
        long key = instance.getProcessInstanceKey();
        String processName = instance.getProcessDefinitionName() == null ? processId
                : instance.getProcessDefinitionName();
        List<Step> steps = new ArrayList<>();
        add(steps, instance.getStartDate(), new Event(processId, key, processId, processName, "PROCESS"), "ACTIVATED",
                key, 0);
        add(steps, instance.getEndDate(), new Event(processId, key, processId, processName, "PROCESS"),
                String.valueOf(instance.getState()), Long.MAX_VALUE, 2);
        Map<Long, ElementInstance> byKey = new HashMap<>();
        for (ElementInstance element : elements) {
            byKey.put(element.getElementInstanceKey(), element);
            Event event = new Event(processId, key, element.getElementId(), name(element), type(element));
            add(steps, element.getStartDate(), event, "ACTIVATED", element.getElementInstanceKey(), 0);
            add(steps, element.getEndDate(), event, String.valueOf(element.getState()),
                    element.getElementInstanceKey(), 2);
        }
        for (Incident incident : incidents) {
            ElementInstance element = byKey.get(incident.getElementInstanceKey());
            Event event = new Event(processId, key, incident.getElementId(),
                    element == null ? incident.getElementId() : name(element),
                    element == null ? "UNKNOWN" : type(element));
            add(steps, incident.getCreationTime(), event, "INCIDENT", incident.getElementInstanceKey(), 1);
        }
        return steps;
    }

    private record Event(String processId, long processInstanceKey, String elementId, String name, String type) {
    }

    private static void add(List<Step> steps, OffsetDateTime at, Event event, String state, long key, int rank) {
        if (at == null) {
            return;
        }
        Instant when = at.toInstant();
        steps.add(new Step(new CaseEvent(when, event.processId(), event.processInstanceKey(), event.elementId(),
                event.name(), event.type(), state), key, rank));
    }

    private static String name(ElementInstance element) {
        String name = element.getElementName();
        return name == null || name.isBlank() ? element.getElementId() : name;
    }

    private static String type(ElementInstance element) {
        return element.getType() == null ? "UNKNOWN" : element.getType().name();
    }
}
