package io.breachflow.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the task form page does beyond the API: keep drafts, and submit a form together with an
 * uploaded file in one transaction, so a refused or invalid form leaves neither file nor draft change.
 */
@Service
class TaskFormSubmissions {

    /** A file from the form: name, type and bytes. */
    record Upload(String filename, String contentType, byte[] content) {
    }

    private final HumanTasks tasks;
    private final TaskDrafts drafts;
    private final TaskUploads uploads;
    private final ObjectMapper mapper;
    private final Clock clock;

    TaskFormSubmissions(HumanTasks tasks, TaskDrafts drafts, TaskUploads uploads, ObjectMapper mapper,
            ObjectProvider<Clock> clock) {
        this.tasks = tasks;
        this.drafts = drafts;
        this.uploads = uploads;
        this.mapper = mapper;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Completes the task; an {@code upload} is stored first and its id submitted as {@code fileField}. */
    @Transactional
    void submit(long taskId, Actor actor, Map<String, Object> form, Upload upload, String fileField) {
        Map<String, Object> submitted = new LinkedHashMap<>(form);
        if (upload != null && upload.content().length > 0) {
            TaskUploads.Stored stored = uploads.store(taskId, upload.filename(), upload.contentType(),
                    upload.content(), actor.username(), clock.instant());
            submitted.put(fileField, stored.id().toString());
        }
        tasks.complete(taskId, actor, submitted);
        drafts.delete(taskId, actor.username());
    }

    /** Keeps the form as typed (the task must exist); validation waits for submission. */
    @Transactional
    void saveDraft(long taskId, Actor actor, Map<String, String> form) {
        // a draft is a step towards completing the task, so only someone who may complete it keeps one
        if (!HumanTasks.holdsCandidateRole(tasks.get(taskId), actor)) {
            throw new TaskRefusedException(TaskRefusedException.Reason.FORBIDDEN,
                    "Expected the task's candidate role to save a draft, but " + actor.username() + " does not hold it");
        }
        drafts.save(taskId, actor.username(), json(form), clock.instant());
    }

    @Transactional(readOnly = true)
    Map<String, String> draft(long taskId, Actor actor) {
        return drafts.find(taskId, actor.username()).map(this::read).orElse(Map.of());
    }

    Map<String, String> read(String json) {
        try {
            Map<String, Object> raw = mapper.readValue(json, new TypeReference<>() { });
            Map<String, String> values = new LinkedHashMap<>();
            raw.forEach((key, value) -> values.put(key, value == null ? "" : value.toString()));
            return values;
        } catch (JsonProcessingException e) {
            return Map.of();
        }
    }

    private String json(Map<String, String> form) {
        try {
            return mapper.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected a form to serialise, but it did not", e);
        }
    }
}
