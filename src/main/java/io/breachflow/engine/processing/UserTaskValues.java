package io.breachflow.engine.processing;

import io.breachflow.engine.model.Expression;
import io.breachflow.engine.model.UserTaskDefinition;
import io.breachflow.engine.state.UserTask;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Evaluates a Camunda user task's modelled properties with the result types Zeebe requires: the assignee a
 * string, candidates a list of strings (or a static comma-separated value), dates ISO 8601 date-times (or FEEL
 * date-times), the priority a number from 0 to 100. A wrong type fails like Zeebe's {@code EXTRACT_VALUE_ERROR}.
 */
final class UserTaskValues {

    private UserTaskValues() {
    }

    /** The evaluated properties (the assignee is kept apart: it is assigned after creation) and form reference. */
    record Evaluated(UserTask.Properties properties, String assignee, String externalFormReference) {
    }

    static Evaluated evaluate(UserTaskDefinition definition, Expression.VariableLookup lookup, JsonCodec json) {
        String assignee = text(definition.assignee(), lookup);
        List<String> groups = strings(definition.candidateGroups(), lookup);
        List<String> users = strings(definition.candidateUsers(), lookup);
        String due = date(definition.dueDate(), lookup);
        String followUp = date(definition.followUpDate(), lookup);
        int priority = priority(definition.priority(), lookup);
        String form = text(definition.externalReference(), lookup);
        return new Evaluated(new UserTask.Properties(null, groups, users, due, followUp, priority),
                assignee == null || assignee.isBlank() ? null : assignee, form);
    }

    /** A linked form's id: a non-blank string. */
    static String formId(Expression expression, Expression.VariableLookup lookup) {
        String id = text(expression, lookup);
        if (id == null || id.isBlank()) {
            throw failure(expression, "STRING", id);
        }
        return id;
    }

    static String jobType(Expression expression, Expression.VariableLookup lookup) {
        String type = text(expression, lookup);
        if (type == null || type.isBlank()) {
            throw failure(expression, "STRING", type);
        }
        return type;
    }

    static int retries(Expression expression, Expression.VariableLookup lookup) {
        Object value = expression.evaluate(lookup);
        if (value instanceof Number number) {
            return number.intValue();
        }
        if (value instanceof String s && s.strip().matches("-?\\d+")) {
            return Integer.parseInt(s.strip());
        }
        throw failure(expression, "NUMBER", value);
    }

    private static String text(Expression expression, Expression.VariableLookup lookup) {
        if (expression == null) {
            return null;
        }
        Object value = expression.evaluate(lookup);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw failure(expression, "STRING", value);
    }

    private static List<String> strings(Expression expression, Expression.VariableLookup lookup) {
        if (expression == null) {
            return List.of();
        }
        Object value = expression.evaluate(lookup);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String s && !expression.text().strip().startsWith("=")) {
            List<String> items = new ArrayList<>();
            for (String item : s.split(",")) {
                if (!item.isBlank()) {
                    items.add(item.strip());
                }
            }
            return items;
        }
        if (value instanceof Collection<?> items && items.stream().allMatch(String.class::isInstance)) {
            return items.stream().map(String.class::cast).toList();
        }
        throw failure(expression, "ARRAY", value);
    }

    private static String date(Expression expression, Expression.VariableLookup lookup) {
        if (expression == null) {
            return null;
        }
        Object value = expression.evaluate(lookup);
        if (value == null) {
            return null;
        }
        if (value instanceof String s) {
            if (s.isBlank()) {
                return null;
            }
            try {
                ZonedDateTime.parse(s);
                return s;
            } catch (DateTimeParseException e) {
                throw new Expression.EvaluationFailure("Expected result of the expression '" + expression.text()
                        + "' to be a valid date-time string (ISO 8601, e.g. 2025-01-31T12:00:00Z), but was '" + s + "'");
            }
        }
        if (value instanceof ZonedDateTime || value instanceof OffsetDateTime) {
            return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format((TemporalAccessor) value);
        }
        if (value instanceof LocalDate) {
            throw failure(expression, "DATE_TIME", value);
        }
        throw failure(expression, "DATE_TIME", value);
    }

    private static int priority(Expression expression, Expression.VariableLookup lookup) {
        if (expression == null) {
            return UserTaskBehavior.DEFAULT_PRIORITY;
        }
        Object value = expression.evaluate(lookup);
        Integer priority = null;
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            priority = number.intValue();
        } else if (value instanceof String s && s.strip().matches("-?\\d+")) {
            priority = Integer.parseInt(s.strip());
        }
        if (priority == null) {
            throw failure(expression, "NUMBER", value);
        }
        if (priority < 0 || priority > 100) {
            throw new Expression.EvaluationFailure("Expected result of the expression '" + expression.text()
                    + "' to be a number between 0 and 100, but was '" + priority + "'");
        }
        return priority;
    }

    private static Expression.EvaluationFailure failure(Expression expression, String expected, Object value) {
        return new Expression.EvaluationFailure("Expected result of the expression '" + expression.text()
                + "' to be '" + expected + "', but was '" + BpmnExecutor.typeName(value) + "'.");
    }
}
