package io.breachflow.engine.model;

import java.util.Map;

/** A deployed process version, transformed once and cached: the engine's read-only view of the BPMN. */
public final class ExecutableProcess {
    private final String bpmnProcessId;
    private final ExecutableElement root;
    private final Map<String, ExecutableElement> elements;
    private final Map<String, ExecutableFlow> flows;
    private final String versionTag;

    ExecutableProcess(String bpmnProcessId, ExecutableElement root, Map<String, ExecutableElement> elements,
            Map<String, ExecutableFlow> flows, String versionTag) {
        this.bpmnProcessId = bpmnProcessId;
        this.versionTag = versionTag;
        this.root = root;
        this.elements = elements;
        this.flows = flows;
    }

    public String bpmnProcessId() {
        return bpmnProcessId;
    }

    /** {@code zeebe:versionTag} of the process, or null. */
    public String versionTag() {
        return versionTag;
    }

    /** The intermediate link catch event with this name in the given flow scope, or null. */
    public ExecutableElement linkCatch(ExecutableElement scope, String name) {
        for (ExecutableElement child : scope.children()) {
            if (child.type() == ElementType.INTERMEDIATE_CATCH_EVENT && child.event().is(EventDefinition.Kind.LINK)
                    && name.equals(child.event().linkName())) {
                return child;
            }
        }
        return null;
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

    /** The element with this id, or null when the process has none (for checking ids a client sent). */
    public ExecutableElement find(String id) {
        return elements.get(id);
    }

    public ExecutableFlow flow(String id) {
        return flows.get(id);
    }
}
