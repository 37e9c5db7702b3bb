package io.breachflow.workflow;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.tasklist.HumanTasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The text a person wrote in a form stays in the tasklist (design: process variables carry no free text);
 * the workers that render documents or record approvals read it from there, with who wrote it.
 */
@Component
class DraftForms {

    /**
     * A completed form's text fields and its author.
     *
     * @param factsRevision the incident revision the drafter's sheet was filled from, or null when the form
     *     did not say (the API); never one of {@code fields}, so it is not part of the document
     * @param taskId the completed task the form belongs to
     */
    record Draft(Map<String, String> fields, String author, Integer factsRevision, long taskId) {
    }

    /** The hidden field of a drafting sheet naming the revision its facts came from. */
    static final String FACTS_REVISION = "factsRevision";

    private final HumanTasks tasks;
    private final ObjectMapper mapper;

    DraftForms(HumanTasks tasks, ObjectMapper mapper) {
        this.tasks = tasks;
        this.mapper = mapper;
    }

    /** The last completed {@code formKey} form about the obligation {@code subjectKey} of the incident. */
    Draft last(String incidentId, String formKey, String subjectKey) {
        HumanTasks.CompletedForm form = tasks.lastCompleted(incidentId, formKey, subjectKey)
                .orElseThrow(() -> new IllegalStateException("Expected a completed " + formKey + " form about "
                        + subjectKey + " of incident " + incidentId + ", but there is none"));
        Map<String, String> fields = new LinkedHashMap<>();
        read(form.form()).forEach((name, value) -> {
            if (value instanceof String text && !text.isBlank()) {
                fields.put(name, text);
            }
        });
        String seen = fields.remove(FACTS_REVISION);
        Integer revision = seen != null && seen.strip().matches("[0-9]{1,6}") ? Integer.valueOf(seen.strip()) : null;
        return new Draft(fields, form.completedBy(), revision, form.taskId());
    }

    private Map<String, Object> read(String json) {
        try {
            return json == null ? Map.of() : mapper.readValue(json, new TypeReference<>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
