package io.breachflow.engine.rest;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowElement;
import io.camunda.zeebe.model.bpmn.instance.Process;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Element and process names of deployed models. The history log records element ids only, and a
 * deployed definition never changes, so names are read from its XML once and kept.
 */
final class ModelNames {

    private final Map<Long, Map<String, String>> byDefinition = new ConcurrentHashMap<>();

    /** The name of an element (or of a process, by its BPMN process id); null when unnamed. */
    String name(long definitionKey, String elementId, java.util.function.LongFunction<byte[]> resource) {
        if (definitionKey < 0 || elementId == null) {
            return null;
        }
        return byDefinition.computeIfAbsent(definitionKey, key -> read(resource.apply(key))).get(elementId);
    }

    private static Map<String, String> read(byte[] xml) {
        Map<String, String> names = new HashMap<>();
        if (xml == null) {
            return names;
        }
        BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(xml));
        for (Process process : model.getModelElementsByType(Process.class)) {
            putName(names, process.getId(), process.getName());
        }
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            putName(names, element.getId(), element.getName());
        }
        return names;
    }

    private static void putName(Map<String, String> names, String id, String name) {
        if (id != null && name != null && !name.isBlank()) {
            names.put(id, name);
        }
    }
}
