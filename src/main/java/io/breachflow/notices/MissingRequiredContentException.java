package io.breachflow.notices;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A draft lacks items its regime requires, so it cannot go for approval. The message names each
 * missing item with its field and citation, so the drafter knows what to add and why.
 */
public class MissingRequiredContentException extends IllegalArgumentException {

    private final transient List<RequiredItem> missing;

    public MissingRequiredContentException(String what, List<RequiredItem> missing) {
        super("Expected " + what + " to contain every required item, but it lacks: "
                + missing.stream().map(RequiredItem::describe).collect(Collectors.joining("; ")));
        this.missing = List.copyOf(missing);
    }

    public List<RequiredItem> missing() {
        return missing;
    }

    /**
     * Checks {@code fields} against {@code rules}: an item is missing when its field is absent or blank.
     *
     * @throws MissingRequiredContentException naming every missing item
     */
    public static void check(String what, List<RequiredItem> rules, Map<String, String> fields) {
        List<RequiredItem> missing = rules.stream()
                .filter(rule -> fields.get(rule.field()) == null || fields.get(rule.field()).isBlank())
                .toList();
        if (!missing.isEmpty()) {
            throw new MissingRequiredContentException(what, missing);
        }
    }
}
