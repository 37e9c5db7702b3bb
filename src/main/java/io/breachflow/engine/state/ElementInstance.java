package io.breachflow.engine.state;

import io.breachflow.engine.model.ElementType;

/** A live element instance (a token on an element, or an open scope); gone from state once it ends. */
public final class ElementInstance {

    public enum State { ACTIVATING, ACTIVATED, COMPLETING }

    private final long key;
    private final long processInstanceKey;
    private final long processDefinitionKey;
    private final String elementId;
    private final ElementType type;
    private final long flowScopeKey;
    private State state;
    private int activeChildren;
    private int waitingTokens;
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

    public int waitingTokens() {
        return waitingTokens;
    }

    public void addWaitingTokens(int delta) {
        waitingTokens += delta;
        dirty = true;
    }
}
