package io.breachflow.engine.model;

/** A resource that cannot be deployed; the message lists every problem with the element it concerns. */
public final class InvalidModelException extends RuntimeException {
    public InvalidModelException(String message) {
        super(message, null, false, false);
    }
}
