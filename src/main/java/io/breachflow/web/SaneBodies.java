package io.breachflow.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Every date-time in a JSON request body lies between 1990 and 2100: a revision dated 1970 or a hold
 * until the year +999,999,999 is a typing or an attack, and would overflow deadline arithmetic and
 * database columns later; and no text carries a control character other than tab and line breaks (a NUL
 * is refused by PostgreSQL at write time, after the request was accepted) (issue 14). Walks the body's
 * records, lists, maps and JSON trees; the first bad value is refused with a 400 naming its JSON path.
 */
@RestControllerAdvice
class SaneBodies extends RequestBodyAdviceAdapter {

    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;
    private static final int MAX_DEPTH = 8;
    private static final Instant EARLIEST = Instant.parse("1990-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2100-12-31T23:59:59Z");

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        check(body, "", 0);
        return body;
    }

    static void check(Object value, String path, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F)) {
                throw new RejectedFieldException(field(path), "Expected text without control characters, but it has one");
            }
        } else if (value instanceof JsonNode node) {
            checkTree(node, path, depth);
        } else if (value instanceof java.util.Map<?, ?> map) {
            for (var entry : map.entrySet()) {
                check(entry.getKey(), path, depth + 1);
                check(entry.getValue(), path.isEmpty() ? String.valueOf(entry.getKey()) : path + "." + entry.getKey(),
                        depth + 1);
            }
        } else if (value instanceof Temporal temporal) {
            Integer year = yearOf(temporal);
            if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
                throw new RejectedFieldException(field(path), "Expected a date between "
                        + FIRST_YEAR + " and " + LAST_YEAR + ", but it is outside them");
            }
        } else if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                check(item, path + "[" + i++ + "]", depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (var component : value.getClass().getRecordComponents()) {
                try {
                    var accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    check(accessor.invoke(value), path.isEmpty() ? component.getName() : path + "." + component.getName(),
                            depth + 1);
                } catch (ReflectiveOperationException | RuntimeException unreadable) {
                    if (unreadable instanceof RejectedFieldException rejected) {
                        throw rejected;
                    }
                }
            }
        }
    }

    private static void checkTree(JsonNode node, String path, int depth) {
        if (depth > MAX_DEPTH) {
            return;
        }
        if (node.isTextual()) {
            check(node.textValue(), path, depth);
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                check(e.getKey(), path, depth + 1);
                checkTree(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), depth + 1);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTree(node.get(i), path + "[" + i + "]", depth + 1);
            }
        }
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static Integer yearOf(Temporal temporal) {
        if (temporal instanceof OffsetDateTime time) {
            return time.getYear();
        }
        if (temporal instanceof ZonedDateTime time) {
            return time.getYear();
        }
        if (temporal instanceof LocalDate date) {
            return date.getYear();
        }
        if (temporal instanceof Instant instant) {
            // Instant reaches past what atOffset can hold, so compare before converting
            if (instant.isBefore(EARLIEST)) {
                return FIRST_YEAR - 1;
            }
            return instant.isAfter(LATEST) ? LAST_YEAR + 1 : instant.atOffset(ZoneOffset.UTC).getYear();
        }
        return null;
    }
}
