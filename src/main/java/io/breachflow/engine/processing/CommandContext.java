package io.breachflow.engine.processing;

import io.breachflow.engine.model.ElementType;
import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.ExecutableProcess;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.EngineStore;
import io.breachflow.engine.state.HistoryRecord;
import io.breachflow.engine.state.InstanceFlags;
import io.breachflow.engine.state.ProcessInstanceTransition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One command's unit of work: element instances and variables are read once, changed in memory and
 * written together at the end, so short-lived elements (start events, gateways) never touch a table.
 */
final class CommandContext {
    final EngineStore store;
    final long now;
    final Effects effects = new Effects();
    final Variables variables;
    final JsonCodec json;
    private final Keys keys;
    private final ProcessModels models;
    private final Set<Long> awaitedInstances;
    private final Map<Long, ElementInstance> instances = new HashMap<>();
    private final Set<Long> deleted = new HashSet<>();
    private final List<Long> deletedPersisted = new ArrayList<>();
    private final List<HistoryRecord> history = new ArrayList<>();
    private final List<ProcessInstanceTransition> processInstances = new ArrayList<>();
    private final Map<Long, Map<String, String>> pendingTriggers = new HashMap<>();
    private final Map<Long, ExecutableElement> pendingStarts = new HashMap<>();
    private final Map<String, Map<String, String>> pendingArrivals = new HashMap<>();

    CommandContext(EngineStore store, Keys keys, ProcessModels models, JsonCodec json, long now,
            Set<Long> awaitedInstances) {
        this.store = store;
        this.keys = keys;
        this.models = models;
        this.json = json;
        this.now = now;
        this.awaitedInstances = awaitedInstances;
        this.variables = new Variables(this);
    }

    long nextKey() {
        return keys.next();
    }

    ProcessModels models() {
        return models;
    }

    ExecutableProcess process(long definitionKey) {
        return models.get(definitionKey, store);
    }

    ExecutableElement element(ElementInstance instance) {
        return instance.type() == ElementType.PROCESS ? process(instance.processDefinitionKey()).root()
                : process(instance.processDefinitionKey()).element(instance.elementId());
    }

    boolean isAwaited(long processInstanceKey) {
        return awaitedInstances.contains(processInstanceKey);
    }

    void await(long processInstanceKey) {
        awaitedInstances.add(processInstanceKey);
    }

    /** Variables an event brought for the element instance that handles it (a catch, boundary or start event). */
    void pendingTrigger(long instanceKey, Map<String, String> variables) {
        pendingTriggers.put(instanceKey, variables);
    }

    boolean hasPendingTrigger(long instanceKey) {
        return pendingTriggers.containsKey(instanceKey);
    }

    Map<String, String> takePendingTrigger(long instanceKey) {
        return pendingTriggers.remove(instanceKey);
    }

    /** A scope (process or event sub-process) that starts at a given start event with the event's variables. */
    void pendingStart(long scopeKey, ExecutableElement startEvent, Map<String, String> variables) {
        pendingStarts.put(scopeKey, startEvent);
        if (variables != null) {
            pendingArrivals.put(scopeKey + "/" + startEvent.id(), variables);
        }
    }

    ExecutableElement takePendingStart(long scopeKey) {
        return pendingStarts.remove(scopeKey);
    }

    /** Variables for the element instance that the next token in {@code scopeKey} creates for {@code elementId}. */
    void pendingArrival(long scopeKey, String elementId, Map<String, String> variables) {
        pendingArrivals.put(scopeKey + "/" + elementId, variables);
    }

    Map<String, String> takePendingArrival(long scopeKey, String elementId) {
        return pendingArrivals.remove(scopeKey + "/" + elementId);
    }

    /** The live element instance, or null when it does not exist (or ended in this command). */
    ElementInstance instance(long key) {
        if (deleted.contains(key)) {
            return null;
        }
        ElementInstance instance = instances.get(key);
        if (instance == null) {
            instance = store.elementInstance(key);
            if (instance != null) {
                instances.put(key, instance);
            }
        }
        return instance;
    }

    ElementInstance newInstance(long key, long processInstanceKey, long definitionKey, ExecutableElement element,
            long flowScopeKey) {
        return newInstance(key, processInstanceKey, definitionKey, element, flowScopeKey, element.type());
    }

    ElementInstance newInstance(long key, long processInstanceKey, long definitionKey, ExecutableElement element,
            long flowScopeKey, ElementType type) {
        ElementInstance instance = new ElementInstance(key, processInstanceKey, definitionKey, element.id(),
                type, flowScopeKey, ElementInstance.State.ACTIVATING, 0, 0);
        instances.put(key, instance);
        variables.newScope(key);
        return instance;
    }

    /** Live children of a scope, oldest first. */
    List<ElementInstance> children(long scopeKey) {
        Map<Long, ElementInstance> children = new LinkedHashMap<>();
        for (ElementInstance stored : store.children(scopeKey)) {
            if (!deleted.contains(stored.key())) {
                children.put(stored.key(), instances.computeIfAbsent(stored.key(), k -> stored));
            }
        }
        for (ElementInstance cached : instances.values()) {
            if (cached.flowScopeKey() == scopeKey && !deleted.contains(cached.key())) {
                children.putIfAbsent(cached.key(), cached);
            }
        }
        return new ArrayList<>(children.values());
    }

    /** Ends an instance: it and its local variables leave the state. */
    void remove(ElementInstance instance) {
        deleted.add(instance.key());
        ElementInstance cached = instances.remove(instance.key());
        if (cached != null && isPersisted(cached)) {
            deletedPersisted.add(cached.key());
        }
        variables.dropScope(instance.key());
    }

    private static boolean isPersisted(ElementInstance instance) {
        return InstanceFlags.persisted(instance);
    }

    void history(long processInstanceKey, String valueType, String intent, long recordKey, String elementId,
            String elementType, String payload) {
        history.add(new HistoryRecord(processInstanceKey, valueType, intent, recordKey, elementId, elementType, now,
                payload));
    }

    void elementHistory(ElementInstance instance, String intent) {
        history(instance.processInstanceKey(), "PROCESS_INSTANCE", intent, instance.key(), instance.elementId(),
                instance.type().name(), null);
        if (instance.isProcessInstance()) {
            processInstanceHistory(instance, intent);
        }
    }

    private void processInstanceHistory(ElementInstance instance, String intent) {
        String state = switch (intent) {
            case "ELEMENT_ACTIVATED" -> "ACTIVE";
            case "ELEMENT_COMPLETED" -> "COMPLETED";
            case "ELEMENT_TERMINATED" -> "TERMINATED";
            default -> null;
        };
        if (state == null) {
            return;
        }
        long parentKey = instance.parentElementInstanceKey();
        ElementInstance parent = parentKey < 0 ? null : instance(parentKey);
        processInstances.add(new ProcessInstanceTransition(instance.key(), instance.processDefinitionKey(),
                instance.elementId(), parent == null ? -1 : parent.processInstanceKey(), parentKey, state, now));
    }

    /** Writes everything this command changed. */
    void flush() {
        List<ElementInstance> inserts = new ArrayList<>();
        List<ElementInstance> updates = new ArrayList<>();
        for (ElementInstance instance : instances.values()) {
            if (!InstanceFlags.persisted(instance)) {
                inserts.add(instance);
            } else if (InstanceFlags.dirty(instance)) {
                updates.add(instance);
            }
        }
        store.saveElementInstances(inserts, updates, deletedPersisted);
        variables.flush();
        store.appendHistory(history);
        store.recordProcessInstances(processInstances);
    }
}
