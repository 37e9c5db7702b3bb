package io.breachflow.engine.state;

/** Read access to an instance's persistence flags for the command's unit of work. */
public final class InstanceFlags {
    private InstanceFlags() {
    }

    public static boolean persisted(ElementInstance instance) {
        return instance.persisted;
    }

    public static boolean dirty(ElementInstance instance) {
        return instance.dirty;
    }
}
