package io.breachflow.web;

/**
 * A request value refused by a handler after binding (a date out of order, a name with a path separator);
 * the API answers 400 {@code application/problem+json} with {@code field} and this message.
 */
class RejectedFieldException extends RuntimeException {

    private final String field;

    RejectedFieldException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
