package io.breachflow.tasklist;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A task's form at {@code /tasks/{id}}, rendered from the form key's field list so any form works; a
 * field named {@code …FileId} is a file upload whose stored id is submitted. Save keeps a draft, submit
 * completes the task; invalid fields and refusals (role, four-eyes, state) come back on the same page.
 * A completed task shows what was submitted, read-only.
 */
@Controller
class TaskFormController {

    private static final String VIEW = "tasklist/task";

    private final HumanTasks tasks;
    private final TaskFormSubmissions submissions;
    private final InboxQueries queries;
    private final ApprovalPanel approval;

    TaskFormController(HumanTasks tasks, TaskFormSubmissions submissions, InboxQueries queries,
            org.springframework.beans.factory.ObjectProvider<ApprovalDocuments> documents) {
        this.tasks = tasks;
        this.submissions = submissions;
        this.queries = queries;
        this.approval = new ApprovalPanel(documents);
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable long id, Authentication user, Model model) {
        HumanTask task = visibleTask(id, user);
        Map<String, String> values = task.state() == HumanTask.State.COMPLETED
                ? submissions.read(String.valueOf(queries.submittedForm(id)))
                : submissions.draft(id, TasksApiController.actor(user));
        return render(task, values, Map.of(), null, model);
    }

    @PostMapping("/tasks/{id}")
    String submit(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "action", defaultValue = "submit") String action, Authentication user, Model model,
            RedirectAttributes flash, HttpServletResponse response) throws IOException {
        HumanTask task = visibleTask(id, user);
        Actor actor = TasksApiController.actor(user);
        List<TaskForms.FieldView> fields = TaskForms.fields(task.formKey());
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach(field -> values.put(field.name(), params.getOrDefault(field.name(), "")));
        if ("draft".equals(action)) {
            submissions.saveDraft(id, actor, values);
            flash.addFlashAttribute("flash", "task.draftSaved");
            return "redirect:/tasks/" + id;
        }
        if (!HumanTasks.holdsCandidateRole(task, actor)) {
            response.setStatus(403);
            return render(task, values, Map.of(), "task.refused.FORBIDDEN", model);
        }
        if (approval.stale(task, values.get(TaskForms.CONTENT_HASH))) {
            response.setStatus(409);
            return render(task, values, Map.of(), ApprovalPanel.STALE, model);
        }
        try {
            submissions.submit(id, actor, typed(fields, values), upload(file), fileField(fields));
        } catch (InvalidFormException invalid) {
            Map<String, String> errors = new LinkedHashMap<>();
            invalid.errors().forEach(error -> errors.putIfAbsent(error.field(), errorKey(error.message())));
            response.setStatus(400);
            return render(task, values, errors, null, model);
        } catch (TaskRefusedException refused) {
            response.setStatus(refused.reason() == TaskRefusedException.Reason.FORBIDDEN ? 403 : 409);
            return render(task, values, Map.of(), refusalKey(refused), model);
        }
        flash.addFlashAttribute("flash", "task.submitted");
        return "redirect:/inbox";
    }

    @ExceptionHandler
    org.springframework.web.servlet.ModelAndView missing(TaskRefusedException refused) {
        int status = refused.reason() == TaskRefusedException.Reason.NOT_FOUND ? 404 : 403;
        org.springframework.web.servlet.ModelAndView page = new org.springframework.web.servlet.ModelAndView("error");
        page.addObject("status", status);
        page.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return page;
    }

    /** An earlier form about the same subject (the draft under approval, a rejection's comment). */
    record Previous(String name, String formKey, String completedBy, java.time.Instant completedAt,
                    Map<String, String> values) {
    }

    private HumanTask visibleTask(long id, Authentication user) {
        HumanTask task = tasks.get(id);
        if (!Visibility.of(TasksApiController.actor(user)).sees(task)) {
            throw new TaskRefusedException(TaskRefusedException.Reason.FORBIDDEN,
                    "Expected a task of the user's groups, but task " + id + " is not");
        }
        return task;
    }

    private String render(HumanTask task, Map<String, String> values, Map<String, String> errors, String refusal,
            Model model) {
        model.addAttribute("task", task);
        model.addAttribute("fields", TaskForms.fields(task.formKey()));
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        model.addAttribute("readOnly", task.state() != HumanTask.State.OPEN);
        model.addAttribute("history", task.state() != HumanTask.State.OPEN ? List.of() : tasks.history(task.id())
                .stream().map(form -> new Previous(form.name(), form.formKey(), form.completedBy(),
                        form.completedAt(), submissions.read(String.valueOf(form.form())))).toList());
        approval.addTo(task, model);
        return VIEW;
    }

    /** Blank fields are absent; flags become booleans; everything else stays text as typed. */
    private static Map<String, Object> typed(List<TaskForms.FieldView> fields, Map<String, String> values) {
        Map<String, Object> form = new LinkedHashMap<>();
        for (TaskForms.FieldView field : fields) {
            String value = values.get(field.name());
            if (value != null && !value.isBlank() && !field.name().endsWith("FileId")) {
                form.put(field.name(), "FLAG".equals(field.type()) ? Boolean.valueOf(value) : value.trim());
            }
        }
        return form;
    }

    private static TaskFormSubmissions.Upload upload(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty()) {
            return null;
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        String type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
        return new TaskFormSubmissions.Upload(name, type, file.getBytes());
    }

    private static String fileField(List<TaskForms.FieldView> fields) {
        return fields.stream().map(TaskForms.FieldView::name).filter(name -> name.endsWith("FileId"))
                .findFirst().orElse("fileId");
    }

    static String refusalKey(TaskRefusedException refused) {
        return refused.getMessage().contains("four-eyes") ? "task.refused.fourEyes"
                : refused.getMessage().contains("stale content hash") ? ApprovalPanel.STALE
                : "task.refused." + refused.reason().name();
    }

    /** The bundle key for one of {@link TaskForms}' messages, so the page speaks the user's language. */
    static String errorKey(String message) {
        if (message.startsWith("must not be")) {
            return "task.error.required";
        }
        if (message.startsWith("must be at most")) {
            return "task.error.tooLong";
        }
        if (message.startsWith("must be one of") || message.startsWith("must be true")) {
            return "task.error.choice";
        }
        if (message.startsWith("must be an ISO") || message.contains("awareness time")) {
            return "task.error.timestamp";
        }
        if (message.contains("rejected")) {
            return "task.error.rejectReason";
        }
        return "task.error.invalid";
    }
}
