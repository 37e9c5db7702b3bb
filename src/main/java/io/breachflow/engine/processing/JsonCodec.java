package io.breachflow.engine.processing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Variables travel as JSON text; FEEL sees them as plain Java values. */
public final class JsonCodec {

    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    /**
     * Splits a variables document into name → JSON value, rejecting anything but an object.
     *
     * @throws Rejection INVALID_ARGUMENT naming the problem
     */
    public Map<String, String> document(String json) {
        Map<String, String> variables = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return variables;
        }
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw Rejection.invalid("Property 'variables' is invalid: Expected document to be valid JSON, but %s",
                    e.getOriginalMessage());
        }
        if (root == null || root.isNull() || root.isMissingNode()) {
            return variables;
        }
        if (!root.isObject()) {
            throw Rejection.invalid("Property 'variables' is invalid: Expected document to be a root level object, "
                    + "but was '%s'", root.getNodeType());
        }
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            variables.put(field.getKey(), field.getValue().toString());
        }
        return variables;
    }

    /** Joins name → JSON value pairs into one document without re-serialising the values. */
    public static String join(Map<String, String> variables) {
        StringBuilder out = new StringBuilder("{");
        for (Map.Entry<String, String> entry : variables.entrySet()) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append(quote(entry.getKey())).append(':').append(entry.getValue());
        }
        return out.append('}').toString();
    }

    public Object read(String json) {
        try {
            return mapper.readValue(json, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected a stored variable to be valid JSON, but it was not", e);
        }
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Expected a value that converts to JSON, but " + e.getOriginalMessage());
        }
    }

    /** Sets {@code value} at a dotted path inside an existing object (or a new one), keeping siblings. */
    public String withPath(String existing, String[] path, int from, String valueJson) {
        try {
            JsonNode root = existing == null ? null : mapper.readTree(existing);
            ObjectNode object = root instanceof ObjectNode o ? o : mapper.createObjectNode();
            ObjectNode cursor = object;
            for (int i = from; i < path.length - 1; i++) {
                JsonNode next = cursor.get(path[i]);
                if (!(next instanceof ObjectNode)) {
                    next = mapper.createObjectNode();
                    cursor.set(path[i], next);
                }
                cursor = (ObjectNode) next;
            }
            cursor.set(path[path.length - 1], mapper.readTree(valueJson));
            return mapper.writeValueAsString(object);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected JSON values, but " + e.getOriginalMessage(), e);
        }
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
