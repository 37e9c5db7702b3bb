package io.breachflow.engine.model;

/** A multi-instance marker with Zeebe's {@code zeebe:loopCharacteristics}. */
public record LoopCharacteristics(boolean sequential, Expression inputCollection, String inputElement,
        String outputCollection, Expression outputElement, Expression completionCondition) {
}
