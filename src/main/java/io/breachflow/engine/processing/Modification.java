package io.breachflow.engine.processing;

import java.util.List;

/**
 * A process instance modification as the gateway receives it: elements to activate (each with the
 * variables to set on the way) and element instances to terminate, applied together or not at all.
 */
public record Modification(long processInstanceKey, List<Activation> activations, List<Long> terminations) {

    public Modification {
        activations = List.copyOf(activations);
        terminations = List.copyOf(terminations);
    }

    /**
     * Activate {@code elementId}; {@code ancestorElementInstanceKey} (when positive) names the scope
     * instance to create it under, otherwise the one active instance of each enclosing scope is used.
     */
    public record Activation(String elementId, long ancestorElementInstanceKey, List<Variables> variables) {
        public Activation {
            variables = List.copyOf(variables);
        }
    }

    /** Variables set locally in the instance of {@code scopeId} (blank: the process instance). */
    public record Variables(String scopeId, String document) {
    }
}
