package io.breachflow.engine.model;

/**
 * A business rule task's {@code zeebe:calledDecision}: which decision (static or FEEL, evaluated after
 * the input mappings), how its version is bound, and the variable that receives the result.
 */
public record CalledDecision(Expression decisionId, String resultVariable, Binding binding, Expression versionTag) {

    /** Which version of the decision the task calls. */
    public enum Binding { LATEST, DEPLOYMENT, VERSION_TAG }
}
