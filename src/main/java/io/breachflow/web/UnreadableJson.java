package io.breachflow.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Names the field of a body Jackson could not read: the JSON path of a wrong type or value, the key that
 * came twice, or {@code body} when the JSON itself is broken. The message never echoes the input.
 */
final class UnreadableJson {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{1,200})'");

    private UnreadableJson() {
    }

    static ApiProblemAdvice.FieldProblem problem(HttpMessageNotReadableException ex) {
        Throwable cause = ex.getCause();
        if (cause instanceof DatabindException mapping && !((JsonMappingException) mapping).getPath().isEmpty()) {
            JsonMappingException json = (JsonMappingException) mapping;
            String field = json.getPath().stream()
                    .map(reference -> reference.getFieldName() != null
                            ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            return new ApiProblemAdvice.FieldProblem(field, "Expected a value of the field's type ("
                    + typeOf(json) + "), but the request has something else");
        }
        if (cause instanceof JsonParseException parse) {
            Matcher duplicate = DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage()));
            if (duplicate.find()) {
                return new ApiProblemAdvice.FieldProblem(duplicate.group(1), "Expected each key once, but it is twice");
            }
        }
        if (cause instanceof JsonProcessingException) {
            return new ApiProblemAdvice.FieldProblem("body", "Expected well-formed JSON, but it is not");
        }
        return new ApiProblemAdvice.FieldProblem("body", "Expected a JSON body, but there is none or it is unreadable");
    }

    private static String typeOf(JsonMappingException json) {
        if (json instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mismatch
                && mismatch.getTargetType() != null) {
            return mismatch.getTargetType().getSimpleName();
        }
        return "see the API";
    }
}
