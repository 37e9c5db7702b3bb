package io.breachflow.web;

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
 * database columns later (issue 14). Walks the body's records and lists; the first bad value is refused
 * with a 400 naming its JSON path.
 */
@RestControllerAdvice
class SaneDates extends RequestBodyAdviceAdapter {

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
        if (value instanceof Temporal temporal) {
            Integer year = yearOf(temporal);
            if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
                throw new RejectedFieldException(path.isEmpty() ? "body" : path, "Expected a date between "
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
