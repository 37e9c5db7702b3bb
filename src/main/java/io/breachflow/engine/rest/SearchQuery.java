package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One {@code POST /v2/<entity>/search} body: {@code filter}, {@code sort} ({@code [{"field", "order"}]}) and
 * {@code page} ({@code from}/{@code limit} or the cursors {@code after}/{@code before} with {@code limit}),
 * applied to the rows that may match. Cursors are opaque to clients; here they encode a position in the
 * sorted result, so they page correctly as long as no matching row appears in between.
 */
final class SearchQuery {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final JsonNode body;

    SearchQuery(JsonNode body) {
        this.body = body == null || body.isNull() ? JSON.objectNode() : body;
        if (!this.body.isObject()) {
            throw Problem.invalid("Expected the search request to be a JSON object");
        }
        Iterator<String> names = this.body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!List.of("filter", "sort", "page").contains(name)) {
                throw Problem.invalid("Unknown search request property '" + name + "'");
            }
        }
    }

    JsonNode filter() {
        return body.get("filter");
    }

    /** Filters, sorts (ties broken by {@code keyField}) and pages the rows into a search query result. */
    <T> ObjectNode run(List<T> rows, Map<String, Field<T>> fields, String keyField, Function<T, ObjectNode> render) {
        Filter<T> filter = new Filter<>(filter(), fields);
        List<T> matching = new ArrayList<>();
        for (T row : rows) {
            if (filter.test(row)) {
                matching.add(row);
            }
        }
        matching.sort(order(fields, keyField));
        int[] window = window(matching.size());
        ArrayNode items = JSON.arrayNode();
        matching.subList(window[0], window[1]).forEach(row -> items.add(render.apply(row)));
        ObjectNode page = JSON.objectNode();
        page.put("totalItems", (long) matching.size());
        page.put("hasMoreTotalItems", false);
        page.put("startCursor", window[1] > window[0] ? cursor(window[0]) : null);
        page.put("endCursor", window[1] > window[0] ? cursor(window[1] - 1) : null);
        ObjectNode result = JSON.objectNode();
        result.set("items", items);
        result.set("page", page);
        return result;
    }

    private <T> Comparator<T> order(Map<String, Field<T>> fields, String keyField) {
        Comparator<T> order = null;
        JsonNode sort = body.get("sort");
        if (sort != null && !sort.isNull()) {
            if (!sort.isArray()) {
                throw Problem.invalid("Expected 'sort' to be an array");
            }
            for (JsonNode entry : sort) {
                Comparator<T> next = comparator(fields, entry);
                order = order == null ? next : order.thenComparing(next);
            }
        }
        Field<T> key = fields.get(keyField);
        Comparator<T> byKey = Comparator.comparing(key::value, Comparator.nullsLast(Comparator.naturalOrder()));
        return order == null ? byKey : order.thenComparing(byKey);
    }

    private static <T> Comparator<T> comparator(Map<String, Field<T>> fields, JsonNode entry) {
        String name = entry.path("field").asText();
        Field<T> field = fields.get(name);
        if (field == null) {
            throw Problem.invalid("Sort field '" + name + "' is not supported; expected one of " + fields.keySet());
        }
        String order = entry.path("order").asText("ASC");
        Comparator<T> ascending = Comparator.comparing(field::value, Comparator.nullsLast(Comparator.naturalOrder()));
        return switch (order.toUpperCase()) {
            case "ASC", "" -> ascending;
            case "DESC" -> Comparator.comparing(field::value, Comparator.nullsLast(Comparator.reverseOrder()));
            default -> throw Problem.invalid("Expected sort order ASC or DESC, but got '" + order + "'");
        };
    }

    /** [first, end) of the requested page within {@code total} sorted rows. */
    private int[] window(int total) {
        JsonNode page = body.path("page");
        int limit = page.path("limit").asInt(DEFAULT_LIMIT);
        if (limit < 0 || limit > MAX_LIMIT) {
            throw Problem.invalid("Expected page limit between 0 and " + MAX_LIMIT + ", but got " + limit);
        }
        int first;
        if (page.hasNonNull("after")) {
            first = position(page.get("after").asText()) + 1;
        } else if (page.hasNonNull("before")) {
            int end = Math.min(position(page.get("before").asText()), total);
            first = Math.max(0, end - limit);
            return new int[] {first, Math.max(first, end)};
        } else {
            first = page.path("from").asInt(0);
            if (first < 0) {
                throw Problem.invalid("Expected page from to be 0 or more, but got " + first);
            }
        }
        first = Math.min(first, total);
        return new int[] {first, (int) Math.min((long) first + limit, total)};
    }

    private static String cursor(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("position:" + position).getBytes(StandardCharsets.UTF_8));
    }

    private static int position(String cursor) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!decoded.startsWith("position:")) {
                throw new IllegalArgumentException(decoded);
            }
            return Integer.parseInt(decoded.substring("position:".length()));
        } catch (IllegalArgumentException e) {
            throw Problem.invalid("Expected a cursor returned by an earlier search, but got '" + cursor + "'");
        }
    }
}
