package io.breachflow.workflow;

import io.breachflow.incidents.IncidentId;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.enums.ElementInstanceState;
import io.camunda.client.api.search.enums.IncidentState;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessInstance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * What the engine knows about a case's processes, read through the Camunda client's search API so the
 * same view works on the embedded engine and on a real cluster.
 *
 * <p>Contract: {@link #diagrams} returns the lifecycle instance first, then every process it called
 * (directly or through called processes), in start order; {@link #events} returns every element step
 * of those instances — each activation, completion or termination, and each incident — oldest first.
 * Both are empty while the incident has no lifecycle. Nothing personal is read: element ids, names,
 * types, states and times only (incident messages are left out).
 */
@Service
public class CaseHistory {

    private final CaseSearches searches;
    private final BreachProcesses processes;
    private final Map<Long, String> xmlByDefinition = new ConcurrentHashMap<>();

    CaseHistory(CamundaClient client, BreachProcesses processes) {
        this.searches = new CaseSearches(client);
        this.processes = processes;
    }

    /** The incident's process instances with their models and element states. */
    public List<CaseDiagram> diagrams(IncidentId incident) {
        List<CaseDiagram> diagrams = new ArrayList<>();
        for (ProcessInstance instance : instances(incident)) {
            long key = instance.getProcessInstanceKey();
            List<ElementInstance> elements = searches.elementInstances(key);
            Set<String> incidents = searches.incidents(key).stream()
                    .filter(i -> i.getState() == IncidentState.ACTIVE).map(Incident::getElementId)
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            diagrams.add(new CaseDiagram(key, instance.getProcessDefinitionId(), xml(instance),
                    elementIds(elements, ElementInstanceState.COMPLETED),
                    elementIds(elements, ElementInstanceState.ACTIVE), Set.copyOf(incidents)));
        }
        return diagrams;
    }

    /** Every element step of the incident's process instances, oldest first. */
    public List<CaseEvent> events(IncidentId incident) {
        List<CaseSteps.Step> steps = new ArrayList<>();
        for (ProcessInstance instance : instances(incident)) {
            long key = instance.getProcessInstanceKey();
            steps.addAll(CaseSteps.of(instance, searches.elementInstances(key), searches.incidents(key)));
        }
        return steps.stream().sorted().map(CaseSteps.Step::event).toList();
    }

    /** The lifecycle instance, then the instances it called, recursively, in start order. */
    private List<ProcessInstance> instances(IncidentId incident) {
        OptionalLong lifecycle = processes.lifecycleOf(incident);
        if (lifecycle.isEmpty()) {
            return List.of();
        }
        List<ProcessInstance> found = new ArrayList<>();
        searches.processInstance(lifecycle.getAsLong()).ifPresent(found::add);
        for (int i = 0; i < found.size(); i++) {
            found.addAll(searches.childrenOf(found.get(i).getProcessInstanceKey()));
        }
        if (found.size() > 1) {
            found.subList(1, found.size()).sort(Comparator.comparing(ProcessInstance::getStartDate,
                    Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(ProcessInstance::getProcessInstanceKey));
        }
        // regulator-ordered re-notices run beside the lifecycle, not called by it
        for (long renotice : processes.renoticesOf(incident)) {
            searches.processInstance(renotice).ifPresent(found::add);
        }
        return found;
    }

    /** A deployed definition never changes, so its XML is fetched once. */
    private String xml(ProcessInstance instance) {
        return xmlByDefinition.computeIfAbsent(instance.getProcessDefinitionKey(), searches::definitionXml);
    }

    private static Set<String> elementIds(List<ElementInstance> elements, ElementInstanceState state) {
        return elements.stream().filter(element -> element.getState() == state).map(ElementInstance::getElementId)
                .collect(Collectors.toUnmodifiableSet());
    }
}
