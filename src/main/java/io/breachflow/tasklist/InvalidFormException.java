package io.breachflow.tasklist;

import java.util.List;

/** The submitted form has invalid fields; {@code errors} name each one (answered as a 400 problem). */
public class InvalidFormException extends RuntimeException {

    /** One invalid field and what is wrong with it. */
    public record FieldError(String field, String message) {
    }

    private final transient List<FieldError> errors;

    InvalidFormException(List<FieldError> errors) {
        super("Expected a valid form, but " + errors.size() + " field(s) are invalid");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
