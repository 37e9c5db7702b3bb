package io.breachflow.engine.model;

import java.util.Map;

/** A deployed process version, transformed once and cached: the engine's read-only view of the BPMN. */
public final class ExecutableProcess {
    private final String bpmnProcessId;
    private final ExecutableElement root;
    private final Map<String, ExecutableElement> elements;
    private final Map<String, ExecutableFlow> flows;

    ExecutableProcess(String bpmnProcessId, ExecutableElement root, Map<String, ExecutableElement> elements,
            Map<String, ExecutableFlow> flows) {
        this.bpmnProcessId = bpmnProcessId;
        this.root = root;
        this.elements = elements;
        this.flows = flows;
    }

    public String bpmnProcessId() {
        return bpmnProcessId;
    }

    public ExecutableElement root() {
        return root;
    }

    public ExecutableElement element(String id) {
        ExecutableElement element = elements.get(id);
        if (element == null) {
            throw new IllegalStateException("Expected element '" + id + "' in process '" + bpmnProcessId
                    + "', but it does not exist");
        }
        return element;
    }

    public ExecutableFlow flow(String id) {
        return flows.get(id);
    }
}
