package io.breachflow.engine.rest;

import java.time.Instant;
import java.util.function.Function;

/**
 * One searchable attribute of a result row: its JSON name, how its values compare and how to read it
 * from a row, so filters and sort orders of every search share one implementation.
 */
record Field<T>(String name, Kind kind, Function<T, Object> getter) {

    /** How request values are read and compared: keys arrive as strings, dates as ISO-8601. */
    enum Kind {
        KEY, TEXT, DATE, NUMBER, BOOL
    }

    static <T> Field<T> key(String name, Function<T, Object> getter) {
        return new Field<>(name, Kind.KEY, getter);
    }

    static <T> Field<T> text(String name, Function<T, Object> getter) {
        return new Field<>(name, Kind.TEXT, getter);
    }

    static <T> Field<T> date(String name, Function<T, Object> getter) {
        return new Field<>(name, Kind.DATE, getter);
    }

    static <T> Field<T> number(String name, Function<T, Object> getter) {
        return new Field<>(name, Kind.NUMBER, getter);
    }

    static <T> Field<T> bool(String name, Function<T, Object> getter) {
        return new Field<>(name, Kind.BOOL, getter);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparable<Object> value(T row) {
        return (Comparable) getter.apply(row);
    }

    /** A request value as this field's comparable type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    Comparable<Object> parse(com.fasterxml.jackson.databind.JsonNode node) {
        try {
            Object parsed = switch (kind) {
                case KEY, NUMBER -> node.isNumber() ? node.longValue() : Long.parseLong(node.asText());
                case TEXT -> node.asText();
                case DATE -> java.time.OffsetDateTime.parse(node.asText()).toInstant();
                case BOOL -> parseBoolean(node);
            };
            return (Comparable) parsed;
        } catch (RuntimeException e) {
            throw Problem.invalid("Expected filter '" + name + "' to hold a " + kind.name().toLowerCase()
                    + " value, but got '" + node.asText() + "'");
        }
    }

    private Boolean parseBoolean(com.fasterxml.jackson.databind.JsonNode node) {
        if (node.isBoolean() || "true".equals(node.asText()) || "false".equals(node.asText())) {
            return node.asBoolean();
        }
        throw new IllegalArgumentException();
    }

    static Instant instant(long epochMilli) {
        return Instant.ofEpochMilli(epochMilli);
    }
}
