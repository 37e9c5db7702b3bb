package io.breachflow.engine.state;

import io.breachflow.engine.model.ElementType;

/** A live element instance (a token on an element, or an open scope); gone from state once it ends. */
public final class ElementInstance {

    /** TERMINATING: the termination waits (for canceling task listeners, or for children that wait for them). */
    public enum State { ACTIVATING, ACTIVATED, COMPLETING, TERMINATING }

    private final long key;
    private final long processInstanceKey;
    private long processDefinitionKey;
    private String elementId;
    private final ElementType type;
    private final long flowScopeKey;
    private State state;
    private int activeChildren;
    private int waitingTokens;
    private long parentElementInstanceKey = -1;
    private int miTotal;
    private int miCompleted;
    private int miTerminated;
    private boolean interrupted;
    private String correlationKey;
    private String bpmnProcessId;
    boolean persisted;
    boolean dirty;

    public ElementInstance(long key, long processInstanceKey, long processDefinitionKey, String elementId,
            ElementType type, long flowScopeKey, State state, int activeChildren, int waitingTokens) {
        this.key = key;
        this.processInstanceKey = processInstanceKey;
        this.processDefinitionKey = processDefinitionKey;
        this.elementId = elementId;
        this.type = type;
        this.flowScopeKey = flowScopeKey;
        this.state = state;
        this.activeChildren = activeChildren;
        this.waitingTokens = waitingTokens;
    }

    public long key() {
        return key;
    }

    public long processInstanceKey() {
        return processInstanceKey;
    }

    public long processDefinitionKey() {
        return processDefinitionKey;
    }

    public String elementId() {
        return elementId;
    }

    /**
     * Process instance migration: the instance now belongs to {@code definitionKey} as {@code targetElementId},
     * keeping its key, state, variables and children (the type stays; migration never changes it).
     */
    public void migrate(long definitionKey, String targetElementId) {
        this.processDefinitionKey = definitionKey;
        this.elementId = targetElementId;
        dirty = true;
    }

    public ElementType type() {
        return type;
    }

    /** The enclosing scope's key, or -1 for a process instance. */
    public long flowScopeKey() {
        return flowScopeKey;
    }

    public boolean isProcessInstance() {
        return flowScopeKey < 0;
    }

    public State state() {
        return state;
    }

    public void state(State state) {
        this.state = state;
        dirty = true;
    }

    public int activeChildren() {
        return activeChildren;
    }

    public void addActiveChildren(int delta) {
        activeChildren += delta;
        dirty = true;
    }

    /** For a process instance started by a call activity: that call activity's instance key, else -1. */
    public long parentElementInstanceKey() {
        return parentElementInstanceKey;
    }

    public void parentElementInstanceKey(long key) {
        parentElementInstanceKey = key;
        dirty = true;
    }

    /** Multi-instance body bookkeeping: how many inner instances exist in all, completed and terminated. */
    public int miTotal() {
        return miTotal;
    }

    public int miCompleted() {
        return miCompleted;
    }

    public int miTerminated() {
        return miTerminated;
    }

    public void multiInstance(int total, int completed, int terminated) {
        miTotal = total;
        miCompleted = completed;
        miTerminated = terminated;
        dirty = true;
    }

    /** A scope whose interrupting event sub-process fired: it takes no further events. */
    public boolean interrupted() {
        return interrupted;
    }

    public void interrupt() {
        interrupted = true;
        dirty = true;
    }

    /** For a process instance started by a message start event: that message's correlation key. */
    public String correlationKey() {
        return correlationKey;
    }

    public String bpmnProcessId() {
        return bpmnProcessId;
    }

    public void startedBy(String bpmnProcessId, String correlationKey) {
        this.bpmnProcessId = bpmnProcessId;
        this.correlationKey = correlationKey;
        dirty = true;
    }

    void restore(long parent, int total, int completed, int terminated, boolean interrupted, String correlationKey,
            String bpmnProcessId) {
        this.parentElementInstanceKey = parent;
        this.miTotal = total;
        this.miCompleted = completed;
        this.miTerminated = terminated;
        this.interrupted = interrupted;
        this.correlationKey = correlationKey;
        this.bpmnProcessId = bpmnProcessId;
    }

    public int waitingTokens() {
        return waitingTokens;
    }

    public void addWaitingTokens(int delta) {
        waitingTokens += delta;
        dirty = true;
    }
}
