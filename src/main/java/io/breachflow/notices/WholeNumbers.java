package io.breachflow.notices;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Strict binding for the ids and counts of a run request: only a JSON integer is taken. Jackson's
 * defaults turn {@code 1.5} into 1 and {@code "1"} into 1, which once mailed a different cohort; here both
 * are refused (400 naming the field). Applied per field, so the application's global JSON settings stay
 * as they are.
 */
final class WholeNumbers {

    static final String MESSAGE = "must be a whole number, not a decimal or a string";

    private WholeNumbers() {
    }

    /** For {@code Long} fields. */
    static final class LongOnly extends StdDeserializer<Long> {

        LongOnly() {
            super(Long.class);
        }

        @Override
        public Long deserialize(JsonParser p, DeserializationContext context) throws IOException {
            return whole(p, context, this).longValue();
        }
    }

    /** For {@code Integer} fields. */
    static final class IntegerOnly extends StdDeserializer<Integer> {

        IntegerOnly() {
            super(Integer.class);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext context) throws IOException {
            Number n = whole(p, context, this);
            if (n.longValue() != n.intValue()) {
                return (Integer) context.handleWeirdNumberValue(Integer.class, n, MESSAGE);
            }
            return n.intValue();
        }
    }

    private static Number whole(JsonParser p, DeserializationContext context, StdDeserializer<?> deserializer)
            throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            return (Number) context.reportInputMismatch(deserializer, MESSAGE);
        }
        try {
            return p.getLongValue();
        } catch (InputCoercionException tooLarge) {
            return (Number) context.reportInputMismatch(deserializer, MESSAGE);
        }
    }
}
