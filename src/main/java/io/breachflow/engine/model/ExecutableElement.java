package io.breachflow.engine.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** One flow node of a deployed process, linked to its flow scope and sequence flows. */
public final class ExecutableElement {
    private final String id;
    private final ElementType type;
    final List<ExecutableFlow> incoming = new ArrayList<>();
    final List<ExecutableFlow> outgoing = new ArrayList<>();
    final List<ExecutableElement> children = new ArrayList<>();
    ExecutableElement flowScope;
    ExecutableFlow defaultFlow;
    ExecutableElement noneStartEvent;
    List<Mapping> inputs = List.of();
    List<Mapping> outputs = List.of();
    JobDefinition job;
    UserTaskDefinition userTask;
    Expression script;
    String resultVariable;
    CalledDecision calledDecision;
    Set<String> reachable;
    EventDefinition event = EventDefinition.NONE;
    boolean interrupting = true;
    ExecutableElement attachedTo;
    final List<ExecutableElement> boundaryEvents = new ArrayList<>();
    final List<ExecutableElement> eventSubProcessStarts = new ArrayList<>();
    final List<ExecutableElement> eventStartEvents = new ArrayList<>();
    ExecutableElement eventStart;
    LoopCharacteristics loop;
    CalledElement calledElement;

    ExecutableElement(String id, ElementType type) {
        this.id = id;
        this.type = type;
    }

    public String id() {
        return id;
    }

    public ElementType type() {
        return type;
    }

    public ExecutableElement flowScope() {
        return flowScope;
    }

    public List<ExecutableFlow> incoming() {
        return incoming;
    }

    public List<ExecutableFlow> outgoing() {
        return outgoing;
    }

    public ExecutableFlow defaultFlow() {
        return defaultFlow;
    }

    /** The none start event a flow scope begins at; null when it has none. */
    public ExecutableElement noneStartEvent() {
        return noneStartEvent;
    }

    public List<Mapping> inputs() {
        return inputs;
    }

    public List<Mapping> outputs() {
        return outputs;
    }

    /** Non-null for job-based elements. */
    public JobDefinition job() {
        return job;
    }

    /** Non-null for Camunda user tasks ({@code zeebe:userTask}); job-based user tasks have a {@link #job()}. */
    public UserTaskDefinition userTask() {
        return userTask;
    }

    /** Non-null for FEEL script tasks. */
    public Expression script() {
        return script;
    }

    public String resultVariable() {
        return resultVariable;
    }

    public EventDefinition event() {
        return event;
    }

    /** For boundary events and event sub-process start events: whether triggering cancels the scope. */
    public boolean interrupting() {
        return interrupting;
    }

    /** For boundary events: the activity they are attached to. */
    public ExecutableElement attachedTo() {
        return attachedTo;
    }

    public List<ExecutableElement> boundaryEvents() {
        return boundaryEvents;
    }

    /** For flow scopes: the start events of the event sub-processes directly inside. */
    public List<ExecutableElement> eventSubProcessStarts() {
        return eventSubProcessStarts;
    }

    /** For processes: timer, message and signal start events. */
    public List<ExecutableElement> eventStartEvents() {
        return eventStartEvents;
    }

    /** For event sub-processes: their single start event. */
    public ExecutableElement eventStart() {
        return eventStart;
    }

    public LoopCharacteristics loop() {
        return loop;
    }

    public CalledElement calledElement() {
        return calledElement;
    }

    public List<ExecutableElement> children() {
        return children;
    }

    /**
     * Whether an instance of this element may own subscriptions or timers (catch events, receive
     * tasks, event-based gateways, activities with boundary events, scopes with event
     * sub-processes), so leaving the others costs no extra statements.
     */
    public boolean mayWait() {
        return event.needsSubscription() || type == ElementType.EVENT_BASED_GATEWAY
                || boundaryEvents.stream().anyMatch(b -> b.event.needsSubscription())
                || eventSubProcessStarts.stream().anyMatch(s -> s.event.needsSubscription());
    }

    /** Non-null for business rule tasks that evaluate a DMN decision. */
    public CalledDecision calledDecision() {
        return calledDecision;
    }

    /** A gateway joins when it has more than one incoming flow. */
    public boolean isJoin() {
        return (type == ElementType.PARALLEL_GATEWAY || type == ElementType.INCLUSIVE_GATEWAY) && incoming.size() > 1;
    }

    /** Whether a token here can still arrive at {@code elementId} without passing through it. */
    public boolean canReach(String elementId) {
        if (reachable == null) {
            reachable = Reachability.from(this);
        }
        return reachable.contains(elementId);
    }
}
