package io.breachflow.engine.model;

/** One {@code zeebe:input} or {@code zeebe:output}: evaluate {@code source}, write it to {@code target}. */
public record Mapping(Expression source, String target) {
}
