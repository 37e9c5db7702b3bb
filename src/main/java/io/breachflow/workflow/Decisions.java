package io.breachflow.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.tasklist.HumanTasks;

/** Reads an approval form's comment (free text stays in the tasklist). */
final class Decisions {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Decisions() {
    }

    static String comment(HumanTasks.CompletedForm decision) {
        try {
            JsonNode comment = MAPPER.readTree(decision.form()).get("comment");
            return comment == null || comment.isNull() ? "rejected" : comment.asText();
        } catch (Exception e) {
            return "rejected";
        }
    }
}
