package io.breachflow.engine.model;

/** A sequence flow; {@code condition} is null for unconditional and default flows. */
public final class ExecutableFlow {
    private final String id;
    private final Expression condition;
    ExecutableElement source;
    ExecutableElement target;

    ExecutableFlow(String id, Expression condition) {
        this.id = id;
        this.condition = condition;
    }

    public String id() {
        return id;
    }

    public Expression condition() {
        return condition;
    }

    public ExecutableElement source() {
        return source;
    }

    public ExecutableElement target() {
        return target;
    }
}
