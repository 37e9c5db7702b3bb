package io.breachflow.engine.processing;

/** A command the engine refuses; nothing it did is kept. The gateway maps {@link Code} to a gRPC status. */
public final class Rejection extends RuntimeException {

    public enum Code { INVALID_ARGUMENT, NOT_FOUND, FAILED_PRECONDITION, ALREADY_EXISTS, DEADLINE_EXCEEDED, UNAVAILABLE }

    private final Code code;

    public Rejection(Code code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public Code code() {
        return code;
    }

    static Rejection notFound(String format, Object... args) {
        return new Rejection(Code.NOT_FOUND, String.format(format, args));
    }

    static Rejection invalid(String format, Object... args) {
        return new Rejection(Code.INVALID_ARGUMENT, String.format(format, args));
    }

    static Rejection precondition(String format, Object... args) {
        return new Rejection(Code.FAILED_PRECONDITION, String.format(format, args));
    }
}
