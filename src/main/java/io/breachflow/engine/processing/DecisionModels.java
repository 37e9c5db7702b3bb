package io.breachflow.engine.processing;

import io.breachflow.engine.model.DecisionResources;
import io.breachflow.engine.state.DecisionStore;
import io.breachflow.engine.state.DecisionRequirementsDefinition;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Parsed decision requirements graphs by key: parsed once (or again after a restart), then shared. */
final class DecisionModels {
    private final DecisionResources resources;
    private final Map<Long, DecisionResources.Drg> byKey = new ConcurrentHashMap<>();

    DecisionModels(Supplier<ZonedDateTime> now) {
        this.resources = new DecisionResources(now);
    }

    DecisionResources resources() {
        return resources;
    }

    void put(long decisionRequirementsKey, DecisionResources.Drg drg) {
        byKey.put(decisionRequirementsKey, drg);
    }

    /** Forgets a deleted decision requirements graph. */
    void evict(long decisionRequirementsKey) {
        byKey.remove(decisionRequirementsKey);
    }

    DecisionResources.Drg get(long decisionRequirementsKey, DecisionStore store) {
        return byKey.computeIfAbsent(decisionRequirementsKey, key -> {
            DecisionRequirementsDefinition definition = store.requirements(key);
            return resources.parse(definition.resourceName(), store.requirementsResource(key));
        });
    }
}
