package io.breachflow.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.incidents.IncidentRecord;
import io.breachflow.regimes.BreachFactsJson;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;
import org.springframework.stereotype.Component;

/**
 * Lays each revision's facts beside the facts before it, field by field, so a reader sees at once what
 * a revision changed. Facts are flattened to dotted paths ({@code organization.homeCountry}); lists are
 * shown as one value ({@code KR 4500, US-CA 501}), so a changed count marks the whole list as changed.
 */
@Component
class FactsDiff {

    /** One field of a revision: its value before (null for revision 1) and after. */
    record Row(String path, String before, String after, boolean changed) {
    }

    /** One revision with its rows; {@code changes} counts the changed rows. */
    record Revision(int number, OffsetDateTime revisedAt, Instant storedAt, String storedBy, String note,
            Instant recordedAt, List<Row> rows, int changes) {
    }

    private final ObjectMapper mapper;

    FactsDiff(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Every revision, newest first, each compared with the one before it. */
    List<Revision> revisions(List<IncidentRecord.Revision> stored) {
        List<Revision> revisions = new ArrayList<>();
        Map<String, String> before = null;
        for (IncidentRecord.Revision revision : stored) {
            Map<String, String> after = flatten(revision.facts());
            revisions.add(0, compare(revision, before, after));
            before = after;
        }
        return revisions;
    }

    /** The facts as ordered {@code path → value} pairs, a null value where a field is empty. */
    Map<String, String> flatten(BreachFactsJson facts) {
        Map<String, String> fields = new LinkedHashMap<>();
        flatten("", mapper.valueToTree(facts), fields);
        return fields;
    }

    private static Revision compare(IncidentRecord.Revision revision, Map<String, String> before,
            Map<String, String> after) {
        Set<String> paths = new LinkedHashSet<>(after.keySet());
        if (before != null) {
            paths.addAll(before.keySet());
        }
        List<Row> rows = new ArrayList<>();
        for (String path : paths) {
            String old = before == null ? null : before.get(path);
            boolean changed = before != null && !Objects.equals(old, after.get(path));
            rows.add(new Row(path, old, after.get(path), changed));
        }
        int changes = (int) rows.stream().filter(Row::changed).count();
        return new Revision(revision.number(), revision.revisedAt(), revision.storedAt(), revision.storedBy(),
                revision.note(), revision.recordedAt(), rows, changes);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> fields) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), fields);
            }
        } else {
            fields.put(prefix, value(node));
        }
    }

    private static String value(JsonNode node) {
        if (node == null || node.isNull() || node.isArray() && node.isEmpty()) {
            return null;
        }
        if (!node.isContainerNode()) {
            return node.asText();
        }
        StringJoiner items = new StringJoiner(", ");
        for (JsonNode item : node.isArray() ? node : List.of(node)) {
            StringJoiner parts = new StringJoiner(" ");
            if (item.isObject()) {
                item.elements().forEachRemaining(part -> parts.add(String.valueOf(value(part))));
            } else {
                parts.add(String.valueOf(value(item)));
            }
            items.add(parts.toString());
        }
        return items.toString();
    }
}
