package io.breachflow.engine.model;

/**
 * The event an element waits for or throws. Only the fields of its {@link Kind} are set; codes of
 * catch events are static (null = catch-all), names and codes of throw events may be FEEL.
 */
public record EventDefinition(Kind kind, TimerDefinition timer, Expression messageName, Expression correlationKey,
        Expression signalName, Expression code, String linkName) {

    public enum Kind { NONE, TIMER, MESSAGE, SIGNAL, ERROR, ESCALATION, TERMINATE, LINK }

    public static final EventDefinition NONE = new EventDefinition(Kind.NONE, null, null, null, null, null, null);

    /** A timer: exactly one of date, duration or cycle. */
    public record TimerDefinition(Type type, Expression expression) {
        public enum Type { DATE, DURATION, CYCLE }
    }

    public boolean is(Kind other) {
        return kind == other;
    }

    /** Timer, message and signal events are waited for through subscriptions. */
    public boolean needsSubscription() {
        return kind == Kind.TIMER || kind == Kind.MESSAGE || kind == Kind.SIGNAL;
    }
}
