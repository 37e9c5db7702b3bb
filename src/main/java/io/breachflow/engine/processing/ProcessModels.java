package io.breachflow.engine.processing;

import io.breachflow.engine.model.ExecutableProcess;
import io.breachflow.engine.model.ProcessTransformer;
import io.breachflow.engine.state.EngineStore;
import io.breachflow.engine.state.ProcessDefinition;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Transformed processes by definition key: parsed once, then shared by every instance. */
final class ProcessModels {
    private final Map<Long, ExecutableProcess> byKey = new ConcurrentHashMap<>();
    private final ProcessTransformer transformer;
    private final DecisionModels decisions;

    ProcessModels(ProcessTransformer transformer, DecisionModels decisions) {
        this.transformer = transformer;
        this.decisions = decisions;
    }

    DecisionModels decisions() {
        return decisions;
    }

    ProcessTransformer transformer() {
        return transformer;
    }

    private final Map<Long, ProcessDefinition> definitions = new ConcurrentHashMap<>();

    void put(ProcessDefinition definition, ExecutableProcess process) {
        byKey.put(definition.key(), process);
        definitions.put(definition.key(), definition);
    }

    /** Forgets a deleted definition, so nothing finds it through the cache. */
    void evict(long key) {
        byKey.remove(key);
        definitions.remove(key);
    }

    ProcessDefinition definition(long key, EngineStore store) {
        return definitions.computeIfAbsent(key, store::definition);
    }

    ExecutableProcess get(long key, EngineStore store) {
        ExecutableProcess process = byKey.get(key);
        if (process == null) {
            ProcessDefinition definition = store.definition(key);
            List<ExecutableProcess> processes = transformer.transform(definition.resourceName(),
                    store.definitionResource(key));
            process = processes.stream().filter(p -> p.bpmnProcessId().equals(definition.bpmnProcessId()))
                    .findFirst().orElseThrow();
            byKey.put(key, process);
        }
        return process;
    }
}
