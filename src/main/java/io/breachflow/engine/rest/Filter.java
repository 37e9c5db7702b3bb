package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * A search request's {@code filter} object as a predicate. A property is either a plain value (equality)
 * or an advanced filter object with {@code $eq}, {@code $neq}, {@code $exists}, {@code $in}, {@code $notIn},
 * {@code $like} ({@code *} and {@code ?} wildcards), {@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}, as the
 * 8.8 API defines them. The 8.8 client always sends some empty properties ({@code tags}, {@code variables},
 * {@code $or}, empty {@code $in}); empty values filter nothing. A non-empty property this engine does not
 * support is rejected rather than silently ignored.
 */
final class Filter<T> implements Predicate<T> {

    private final List<Predicate<T>> conditions = new ArrayList<>();

    Filter(JsonNode filter, Map<String, Field<T>> fields) {
        if (filter == null || filter.isNull()) {
            return;
        }
        if (!filter.isObject()) {
            throw Problem.invalid("Expected 'filter' to be an object");
        }
        Iterator<Map.Entry<String, JsonNode>> properties = filter.fields();
        while (properties.hasNext()) {
            Map.Entry<String, JsonNode> property = properties.next();
            if (isEmpty(property.getValue())) {
                continue;
            }
            Field<T> field = fields.get(property.getKey());
            if (field == null) {
                throw Problem.invalid("Filter property '" + property.getKey()
                        + "' is not supported by the embedded engine's search API");
            }
            conditions.add(condition(field, property.getValue()));
        }
    }

    /** The value a property must equal, when the filter pins it with a plain value or {@code $eq}. */
    static String pinned(JsonNode filter, String property) {
        JsonNode node = filter == null ? null : filter.get(property);
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return node.asText();
        }
        JsonNode eq = node.get("$eq");
        return eq == null || eq.isNull() ? null : eq.asText();
    }

    @Override
    public boolean test(T row) {
        for (Predicate<T> condition : conditions) {
            if (!condition.test(row)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEmpty(JsonNode node) {
        return node == null || node.isNull() || (node.isContainerNode() && node.isEmpty());
    }

    private static <T> Predicate<T> condition(Field<T> field, JsonNode node) {
        if (node.isValueNode()) {
            Comparable<Object> expected = field.parse(node);
            return row -> Objects.equals(field.value(row), expected);
        }
        if (!node.isObject()) {
            throw Problem.invalid("Expected filter '" + field.name() + "' to be a value or an object of operators");
        }
        List<Predicate<T>> operators = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> entries = node.fields();
        while (entries.hasNext()) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (!isEmpty(entry.getValue())) {
                operators.add(operator(field, entry.getKey(), entry.getValue()));
            }
        }
        return row -> operators.stream().allMatch(operator -> operator.test(row));
    }

    private static <T> Predicate<T> operator(Field<T> field, String operator, JsonNode operand) {
        return switch (operator) {
            case "$eq" -> equalTo(field, operand);
            case "$neq" -> equalTo(field, operand).negate();
            case "$exists" -> row -> (field.value(row) != null) == operand.asBoolean();
            case "$in" -> in(field, operand);
            case "$notIn" -> in(field, operand).negate();
            case "$like" -> like(field, operand.asText());
            case "$gt" -> compared(field, operand, c -> c > 0);
            case "$gte" -> compared(field, operand, c -> c >= 0);
            case "$lt" -> compared(field, operand, c -> c < 0);
            case "$lte" -> compared(field, operand, c -> c <= 0);
            default -> throw Problem.invalid("Filter operator '" + operator + "' on '" + field.name()
                    + "' is not supported by the embedded engine's search API");
        };
    }

    private static <T> Predicate<T> equalTo(Field<T> field, JsonNode operand) {
        Comparable<Object> expected = field.parse(operand);
        return row -> Objects.equals(field.value(row), expected);
    }

    private static <T> Predicate<T> in(Field<T> field, JsonNode operand) {
        if (!operand.isArray()) {
            throw Problem.invalid("Expected '$in' of '" + field.name() + "' to be an array");
        }
        List<Comparable<Object>> values = new ArrayList<>();
        operand.forEach(value -> values.add(field.parse(value)));
        return row -> values.contains(field.value(row));
    }

    private static <T> Predicate<T> like(Field<T> field, String pattern) {
        StringBuilder regex = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            regex.append(c == '*' ? ".*" : c == '?' ? "." : Pattern.quote(String.valueOf(c)));
        }
        Pattern compiled = Pattern.compile(regex.toString(), Pattern.DOTALL);
        return row -> field.value(row) != null && compiled.matcher(String.valueOf(field.value(row))).matches();
    }

    private static <T> Predicate<T> compared(Field<T> field, JsonNode operand,
            java.util.function.IntPredicate accept) {
        Comparable<Object> bound = field.parse(operand);
        return row -> {
            Comparable<Object> value = field.value(row);
            return value != null && accept.test(value.compareTo(bound));
        };
    }
}
