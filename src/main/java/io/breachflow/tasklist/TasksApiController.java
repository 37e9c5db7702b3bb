package io.breachflow.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/tasks}, {@code GET /api/tasks/{id}} (with the earlier forms about the same subject),
 * {@code POST /api/tasks/{id}/claim}, {@code …/unclaim} and {@code …/complete} (design.md §7).
 */
@RestController
class TasksApiController {

    private final HumanTasks tasks;
    private final ObjectMapper mapper;
    private final org.springframework.beans.factory.ObjectProvider<DraftSheets> sheets;

    TasksApiController(HumanTasks tasks, ObjectMapper mapper,
            org.springframework.beans.factory.ObjectProvider<DraftSheets> sheets) {
        this.tasks = tasks;
        this.mapper = mapper;
        this.sheets = sheets;
    }

    /** A task as the API shows it. */
    record TaskJson(String id, String name, String formKey, String incidentId, String obligationKey,
                    List<String> candidateGroups, String assignee, String dueAt, Instant remindedAt,
                    Instant escalatedAt) {

        static TaskJson of(HumanTask task) {
            return new TaskJson(Long.toString(task.id()), task.name(), task.formKey(), task.incidentId(),
                    task.subjectKey(), task.candidateGroups(), task.assignee(), task.dueAt(), task.remindedAt(),
                    task.escalatedAt());
        }
    }

    @GetMapping("/api/tasks")
    List<TaskJson> list(@RequestParam(required = false) String candidateGroup,
            @RequestParam(required = false) String assignee, Authentication user) {
        String who = "me".equals(assignee) ? user.getName() : assignee;
        return tasks.openTasks(candidateGroup, who, actor(user)).stream().map(TaskJson::of).toList();
    }

    /** A task with the forms completed before it about the same subject (drafts, approval comments). */
    record TaskDetailJson(TaskJson task, String note, List<HistoryJson> history) {
    }

    record HistoryJson(String taskId, String name, String formKey, String completedBy, Instant completedAt,
                       JsonNode form) {
    }

    /**
     * Refused with 403 when the task is not one the inbox would show the caller (the same {@link Visibility}
     * as {@code /tasks/{id}}): its drafts and approval history belong to the task's group.
     */
    @GetMapping("/api/tasks/{id}")
    TaskDetailJson show(@PathVariable long id, Authentication user) throws JsonProcessingException {
        HumanTask task = tasks.get(id);
        if (!Visibility.of(actor(user)).sees(task)) {
            throw new TaskRefusedException(TaskRefusedException.Reason.FORBIDDEN,
                    "Expected a task of the caller's groups, but task " + id + " is not");
        }
        List<HistoryJson> history = new ArrayList<>();
        for (HumanTasks.CompletedForm form : tasks.history(id)) {
            history.add(new HistoryJson(Long.toString(form.taskId()), form.name(), form.formKey(),
                    form.completedBy(), form.completedAt(), form.form() == null ? null : mapper.readTree(form.form())));
        }
        return new TaskDetailJson(TaskJson.of(task), tasks.noteOf(id).orElse(null), history);
    }

    @PostMapping("/api/tasks/{id}/claim")
    TaskJson claim(@PathVariable long id, Authentication user) {
        return TaskJson.of(tasks.claim(id, actor(user)));
    }

    @PostMapping("/api/tasks/{id}/unclaim")
    TaskJson unclaim(@PathVariable long id, Authentication user) {
        return TaskJson.of(tasks.unclaim(id, actor(user)));
    }

    @PostMapping("/api/tasks/{id}/complete")
    ResponseEntity<Void> complete(@PathVariable long id, @RequestBody(required = false) Map<String, Object> form,
            Authentication user) {
        try {
            tasks.complete(id, actor(user), form == null ? Map.of() : form);
        } catch (TaskRefusedException refused) {
            throw superseded(id, refused);
        }
        return ResponseEntity.noContent().build();
    }

    /**
     * A task that ended because a scope revision superseded its document (approving or filing the old text)
     * is refused naming both revisions, so the caller knows a redraft is due rather than guessing why.
     */
    private TaskRefusedException superseded(long id, TaskRefusedException refused) {
        DraftSheets desk = sheets.getIfAvailable();
        if (refused.reason() != TaskRefusedException.Reason.CONFLICT || desk == null) {
            return refused;
        }
        DraftSheets.RevisionNote note = desk.supersededBy(tasks.get(id)).orElse(null);
        if (note == null) {
            return refused;
        }
        return new TaskRefusedException(TaskRefusedException.Reason.CONFLICT, "Expected an open task, but task " + id
                + " ended because its document, drafted for revision " + note.draftedFor() + ", was superseded by "
                + "revision " + note.changedIn() + " (the facts changed); its redraft is a new task");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(TaskRefusedException refused) {
        HttpStatus status = switch (refused.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
        };
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, refused.getMessage()));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidFormException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The form has invalid fields.");
        problem.setProperty("errors", invalid.errors());
        return ResponseEntity.badRequest().body(problem);
    }

    static Actor actor(Authentication user) {
        return new Actor(user.getName(), user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .map(authority -> authority.startsWith("ROLE_") ? authority.substring(5) : authority)
                .collect(Collectors.toSet()));
    }
}
