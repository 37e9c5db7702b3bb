package io.breachflow.engine.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON request body with typed reads that answer 400 naming the field when a value has the wrong type,
 * as the Orchestration Cluster does ("Expected 'retries' to be a number ..."). Absent and null are the same.
 */
final class JsonBody {
    static final String DEFAULT_TENANT = "<default>";

    private final ObjectNode root;

    private JsonBody(ObjectNode root) {
        this.root = root;
    }

    static JsonBody parse(byte[] body) {
        if (body == null || body.length == 0) {
            return new JsonBody(Json.object());
        }
        JsonNode node;
        try {
            node = Json.MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw Problem.invalid("Expected a JSON request body, but " + e.getOriginalMessage());
        } catch (IOException e) {
            throw Problem.invalid("Expected a readable JSON request body, but " + e.getMessage());
        }
        if (node == null || node.isNull() || node.isMissingNode()) {
            return new JsonBody(Json.object());
        }
        if (!node.isObject()) {
            throw Problem.invalid("Expected the request body to be a JSON object, but got " + node.getNodeType());
        }
        return new JsonBody((ObjectNode) node);
    }

    ObjectNode tree() {
        return root;
    }

    JsonNode node(String field) {
        JsonNode node = root.get(field);
        return node == null || node.isNull() ? null : node;
    }

    String text(String field, String otherwise) {
        JsonNode node = node(field);
        if (node == null) {
            return otherwise;
        }
        if (!node.isTextual()) {
            throw wrongType(field, "a string", node);
        }
        return node.asText();
    }

    /** A string that must be present and not blank. */
    String requiredText(String field) {
        String value = text(field, null);
        if (value == null || value.isBlank()) {
            throw Problem.invalid("No " + field + " provided.");
        }
        return value;
    }

    long number(String field, long otherwise) {
        JsonNode node = node(field);
        if (node == null) {
            return otherwise;
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw wrongType(field, "an integer", node);
        }
        return node.asLong();
    }

    int integer(String field, int otherwise) {
        JsonNode node = node(field);
        if (node != null && !node.canConvertToInt()) {
            throw wrongType(field, "a 32-bit integer", node);
        }
        return (int) number(field, otherwise);
    }

    boolean bool(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return false;
        }
        if (!node.isBoolean()) {
            throw wrongType(field, "a boolean", node);
        }
        return node.asBoolean();
    }

    /** A key sent as a string (as the 8.8 client does) or a number; -1 when absent. */
    long key(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return -1;
        }
        try {
            return node.isIntegralNumber() ? node.asLong() : Long.parseLong(node.asText());
        } catch (NumberFormatException e) {
            throw wrongType(field, "a numeric key", node);
        }
    }

    List<String> texts(String field) {
        JsonNode node = node(field);
        List<String> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (!node.isArray()) {
            throw wrongType(field, "an array of strings", node);
        }
        for (JsonNode value : node) {
            if (!value.isTextual()) {
                throw wrongType(field, "an array of strings", node);
            }
            values.add(value.asText());
        }
        return values;
    }

    /** A nested object (empty when absent), read with the same checks. */
    JsonBody object(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return new JsonBody(Json.object());
        }
        if (!node.isObject()) {
            throw wrongType(field, "a JSON object", node);
        }
        return new JsonBody((ObjectNode) node);
    }

    /** An array of objects (empty when absent), each read with the same checks. */
    List<JsonBody> objects(String field) {
        JsonNode node = node(field);
        List<JsonBody> values = new ArrayList<>();
        if (node == null) {
            return values;
        }
        if (!node.isArray()) {
            throw wrongType(field, "an array of objects", node);
        }
        for (JsonNode value : node) {
            if (!value.isObject()) {
                throw wrongType(field, "an array of objects", node);
            }
            values.add(new JsonBody((ObjectNode) value));
        }
        return values;
    }

    /** A variables document as the engine takes it (JSON text of an object; empty when absent). */
    String variables(String field) {
        JsonNode node = node(field);
        if (node == null) {
            return "";
        }
        if (!node.isObject()) {
            throw wrongType(field, "a JSON object", node);
        }
        return node.toString();
    }

    /** Rejects a tenant other than the default one: the embedded engine has no multi-tenancy. */
    JsonBody defaultTenant() {
        String tenant = text("tenantId", "");
        if (!tenant.isEmpty() && !DEFAULT_TENANT.equals(tenant)) {
            throw Problem.invalid("Expected to handle request with tenant identifier '" + tenant
                    + "', but multi-tenancy is disabled");
        }
        return this;
    }

    /** Rejects a non-empty value of a property the embedded engine does not support. */
    JsonBody unsupported(String field, String why) {
        JsonNode node = node(field);
        if (node != null && !(node.isContainerNode() && node.isEmpty())) {
            throw Problem.invalid("Expected no '" + field + "', but " + why);
        }
        return this;
    }

    private static Problem wrongType(String field, String expected, JsonNode node) {
        return Problem.invalid("Expected '" + field + "' to be " + expected + ", but got " + node);
    }
}
