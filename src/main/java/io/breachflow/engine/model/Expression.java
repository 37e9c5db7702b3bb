package io.breachflow.engine.model;

import java.util.Map;

/**
 * A modelled attribute value: a FEEL expression when the text starts with {@code =}, otherwise a
 * static value, as Zeebe reads attributes.
 */
public interface Expression {

    /** Evaluates against the visible variables; throws {@link EvaluationFailure} with Zeebe's wording. */
    Object evaluate(VariableLookup variables);

    /** The modelled text, for messages. */
    String text();

    /** Lazily resolves variables so only the names an expression uses are read. */
    @FunctionalInterface
    interface VariableLookup {
        /** The variable's value as a Java value, or {@link #MISSING} when not defined in any visible scope. */
        Object lookup(String name);

        Object MISSING = new Object();

        static VariableLookup of(Map<String, Object> values) {
            return name -> values.containsKey(name) ? values.get(name) : MISSING;
        }
    }

    /** Raised when evaluating fails; the message becomes the incident's message. */
    final class EvaluationFailure extends RuntimeException {
        public EvaluationFailure(String message) {
            super(message, null, false, false);
        }
    }
}
