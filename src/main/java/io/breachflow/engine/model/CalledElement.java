package io.breachflow.engine.model;

/** A call activity's {@code zeebe:calledElement}. */
public record CalledElement(Expression processId, Binding binding, String versionTag, boolean propagateAllParentVariables,
        boolean propagateAllChildVariables) {

    public enum Binding { LATEST, DEPLOYMENT, VERSION_TAG }
}
