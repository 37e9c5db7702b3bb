package io.breachflow.workflow;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.search.response.ElementInstance;
import io.camunda.client.api.search.response.Incident;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.SearchResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * The Camunda client's search requests {@link CaseHistory} needs, each read to its last page. These go
 * over the Orchestration Cluster REST API ({@code /v2}), which the embedded engine serves a subset of.
 */
final class CaseSearches {
    private static final int PAGE = 500;

    private final CamundaClient client;

    CaseSearches(CamundaClient client) {
        this.client = client;
    }

    Optional<ProcessInstance> processInstance(long key) {
        return client.newProcessInstanceSearchRequest().filter(f -> f.processInstanceKey(key)).send().join()
                .items().stream().findFirst();
    }

    List<ProcessInstance> childrenOf(long parentKey) {
        return all(from -> client.newProcessInstanceSearchRequest().filter(f -> f.parentProcessInstanceKey(parentKey))
                .sort(s -> s.startDate().asc()).page(p -> p.from(from).limit(PAGE)).send().join());
    }

    List<ElementInstance> elementInstances(long processInstanceKey) {
        return all(from -> client.newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(processInstanceKey)).sort(s -> s.startDate().asc())
                .page(p -> p.from(from).limit(PAGE)).send().join());
    }

    List<Incident> incidents(long processInstanceKey) {
        return all(from -> client.newIncidentSearchRequest().filter(f -> f.processInstanceKey(processInstanceKey))
                .sort(s -> s.creationTime().asc()).page(p -> p.from(from).limit(PAGE)).send().join());
    }

    String definitionXml(long processDefinitionKey) {
        return client.newProcessDefinitionGetXmlRequest(processDefinitionKey).send().join();
    }

    private static <T> List<T> all(IntFunction<SearchResponse<T>> page) {
        List<T> items = new ArrayList<>();
        while (true) {
            List<T> next = page.apply(items.size()).items();
            items.addAll(next);
            if (next.size() < PAGE) {
                return items;
            }
        }
    }
}
