package io.breachflow.incidents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.regimes.BreachFactsJson;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Facts as stored: the design.md §7 document, complete in every revision. A revision's partial
 * facts are merged into the previous document (objects field by field, lists and values replaced)
 * and the result validated as a whole, so a stored revision is always a valid facts body.
 */
@Component
class FactsDocuments {

    private final ObjectMapper mapper;
    private final ObjectMapper strict;
    private final Validator validator;

    FactsDocuments(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.strict = strict(mapper);
        this.validator = validator;
    }

    /** A revision's partial facts keep their JSON types like a request body does: no "12" for a count, no 12 for a title. */
    private static ObjectMapper strict(ObjectMapper mapper) {
        ObjectMapper strict = mapper.copy();
        strict.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        strict.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        return strict;
    }

    String write(BreachFactsJson facts) {
        try {
            return mapper.writeValueAsString(facts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected facts to serialise, but they did not", e);
        }
    }

    BreachFactsJson read(String document) {
        try {
            return mapper.readValue(document, BreachFactsJson.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected a stored facts document, but it does not parse", e);
        }
    }

    /** The previous document with {@code partial} merged in; throws {@link InvalidFactsException} when invalid. */
    BreachFactsJson merge(String previous, ObjectNode partial) {
        BreachFactsJson merged;
        try {
            ObjectNode base = (ObjectNode) mapper.readTree(previous);
            mergeInto(base, partial);
            merged = strict.treeToValue(base, BreachFactsJson.class);
        } catch (JsonProcessingException e) {
            throw new InvalidFactsException(List.of(Map.of("field", "facts", "message", "unknown field or wrong type")));
        }
        List<Map<String, String>> errors = validator.validate(merged).stream()
                .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .map(FactsDocuments::toError).toList();
        if (!errors.isEmpty()) {
            throw new InvalidFactsException(errors);
        }
        return merged;
    }

    private static Map<String, String> toError(ConstraintViolation<BreachFactsJson> violation) {
        return Map.of("field", "facts." + violation.getPropertyPath(), "message", violation.getMessage());
    }

    private static void mergeInto(ObjectNode base, ObjectNode partial) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = partial.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode existing = base.get(field.getKey());
            if (existing instanceof ObjectNode target && field.getValue() instanceof ObjectNode source) {
                mergeInto(target, source);
            } else {
                base.set(field.getKey(), field.getValue());
            }
        }
    }

    /** The merged facts are not valid; {@code errors} name each bad field as in the API's problem bodies. */
    static class InvalidFactsException extends RuntimeException {

        private final transient List<Map<String, String>> errors;

        InvalidFactsException(List<Map<String, String>> errors) {
            super("Expected valid facts after merging the revision, but " + errors.size() + " field(s) are invalid");
            this.errors = List.copyOf(errors);
        }

        List<Map<String, String>> errors() {
            return errors;
        }
    }
}
