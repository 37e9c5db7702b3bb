package io.breachflow.tasklist;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private final DraftDesk desk;
    private final org.springframework.beans.factory.ObjectProvider<DraftSheets> sheets;
    private final FieldLabels fieldLabels;
    private final org.springframework.beans.factory.ObjectProvider<io.breachflow.regimes.ObligationNames> names;

    TaskFormController(HumanTasks tasks, TaskFormSubmissions submissions, InboxQueries queries,
            org.springframework.beans.factory.ObjectProvider<ApprovalDocuments> documents,
            org.springframework.beans.factory.ObjectProvider<DraftSheets> sheets,
            org.springframework.beans.factory.ObjectProvider<io.breachflow.regimes.ObligationNames> names,
            org.springframework.context.MessageSource messages) {
        this.names = names;
        this.fieldLabels = new FieldLabels(messages);
        this.tasks = tasks;
        this.submissions = submissions;
        this.queries = queries;
        this.approval = new ApprovalPanel(documents);
        this.desk = new DraftDesk(sheets, tasks);
        this.sheets = sheets;
    }

    /**
     * Why a task that is no longer open refuses a submission, in words: when a scope revision superseded the
     * document it was about (its process went back to a redraft), say so, so the approver or filer who had the
     * page open knows the redraft is in the inbox; otherwise the plain "no longer open".
     */
    private String endedKey(HumanTask task) {
        DraftSheets desk = sheets.getIfAvailable();
        return desk != null && desk.supersededBy(task).isPresent() ? "task.superseded" : "task.refused.CONFLICT";
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable long id, Authentication user, Model model, Locale locale) {
        HumanTask task = visibleTask(id, user);
        model.addAttribute("mayAct", HumanTasks.holdsCandidateRole(task, TasksApiController.actor(user)));
        if (task.state() == HumanTask.State.COMPLETED) {
            return render(task, submissions.read(String.valueOf(queries.submittedForm(id))), Map.of(), null, model);
        }
        Map<String, String> saved = submissions.draft(id, TasksApiController.actor(user));
        if (desk.addTo(task, saved.isEmpty() ? null : saved, true, locale, model)) {
            return renderSheet(task, model);
        }
        return render(task, saved, Map.of(), null, model);
    }

    /** The live preview of the document being drafted, as the form stands (htmx swaps it in beside the form). */
    @PostMapping("/tasks/{id}/preview")
    String preview(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(name = "previewLanguage", required = false) String language, Authentication user,
            Locale locale, Model model) {
        HumanTask task = visibleTask(id, user);
        DraftSheets.Sheet sheet = desk.sheet(task, params, locale).orElseThrow(() -> new TaskRefusedException(
                TaskRefusedException.Reason.NOT_FOUND, "Expected a drafting task, but task " + id + " drafts nothing"));
        String shown = language != null && sheet.languages().contains(language) ? language : sheet.languages().get(0);
        model.addAttribute("task", task);
        model.addAttribute("sheet", sheet);
        model.addAttribute("previewLanguage", shown);
        try {
            DraftSheets.Preview preview = desk.preview(task, DraftDesk.values(sheet, params), shown, false);
            model.addAttribute("previewHtml", new String(preview.content(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (IllegalArgumentException unrenderable) {
            model.addAttribute("previewError", "task.preview.failed");
        }
        return VIEW + " :: preview";
    }

    /** The PDF of the document as the form stands, opened in a new tab. */
    @PostMapping(value = "/tasks/{id}/preview.pdf")
    org.springframework.http.ResponseEntity<byte[]> previewPdf(@PathVariable long id,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "previewLanguage", required = false) String language, Authentication user,
            Locale locale) {
        HumanTask task = visibleTask(id, user);
        DraftSheets.Sheet sheet = desk.sheet(task, params, locale).orElseThrow(() -> new TaskRefusedException(
                TaskRefusedException.Reason.NOT_FOUND, "Expected a drafting task, but task " + id + " drafts nothing"));
        String shown = language != null && sheet.languages().contains(language) ? language : sheet.languages().get(0);
        DraftSheets.Preview preview = desk.preview(task, DraftDesk.values(sheet, params), shown, true);
        return org.springframework.http.ResponseEntity.ok()
                .contentType(org.springframework.http.MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"preview-" + shown + ".pdf\"")
                .header("Cache-Control", "no-store")
                .body(preview.content());
    }

    @PostMapping("/tasks/{id}")
    String submit(@PathVariable long id, @RequestParam Map<String, String> params,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(name = "action", defaultValue = "submit") String action, Authentication user, Model model,
            RedirectAttributes flash, HttpServletResponse response, Locale locale) throws IOException {
        HumanTask task = visibleTask(id, user);
        model.addAttribute("mayAct", HumanTasks.holdsCandidateRole(task, TasksApiController.actor(user)));
        Actor actor = TasksApiController.actor(user);
        Optional<DraftSheets.Sheet> sheet = task.state() == HumanTask.State.OPEN
                ? desk.sheet(task, params, locale) : Optional.empty();
        if (sheet.isPresent()) {
            return submitSheet(task, actor, sheet.get(), params, action, locale, model, flash, response);
        }
        List<TaskForms.FieldView> fields = TaskForms.fields(task.formKey());
        Map<String, String> values = new LinkedHashMap<>();
        // a date-time picker's local time and zone arrive joined (web.DateTimeFieldsFilter)
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
        if (task.state() != HumanTask.State.OPEN) {
            response.setStatus(409);
            return render(task, values, Map.of(), endedKey(task), model);
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

    /**
     * A drafting sheet's submit: the law's required items are checked before the task completes, so a draft
     * that lacks one comes back on the same page, the missing items named at the top and beside their fields,
     * everything typed kept; a complete draft goes for approval with a confirmation.
     */
    private String submitSheet(HumanTask task, Actor actor, DraftSheets.Sheet sheet, Map<String, String> params,
            String action, Locale locale, Model model, RedirectAttributes flash, HttpServletResponse response) {
        Map<String, String> values = DraftDesk.values(sheet, params);
        if ("draft".equals(action)) {
            submissions.saveDraft(task.id(), actor, values);
            flash.addFlashAttribute("flash", "task.draftSaved");
            return "redirect:/tasks/" + task.id();
        }
        if (!HumanTasks.holdsCandidateRole(task, actor)) {
            response.setStatus(403);
            model.addAttribute("refusal", "task.refused.FORBIDDEN");
            desk.addTo(task, values, false, locale, model);
            return renderSheet(task, model);
        }
        Map<String, String> missing = desk.missing(task, values, locale);
        if (!missing.isEmpty()) {
            response.setStatus(400);
            desk.addTo(task, values, false, locale, model);
            model.addAttribute("sheetErrors", missing);
            return renderSheet(task, model);
        }
        Map<String, Object> form = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            if (!value.isBlank()) {
                form.put(name, value.strip());
            }
        });
        try {
            submissions.submit(task.id(), actor, form, null, "fileId");
        } catch (InvalidFormException | TaskRefusedException refused) {
            response.setStatus(refused instanceof TaskRefusedException r
                    && r.reason() == TaskRefusedException.Reason.FORBIDDEN ? 403 : 409);
            model.addAttribute("refusal", refused instanceof TaskRefusedException r ? refusalKey(r) : "task.error.invalid");
            desk.addTo(task, values, false, locale, model);
            return renderSheet(task, model);
        }
        flash.addFlashAttribute("flash", "task.sheet.submitted");
        flash.addFlashAttribute("flashArgument", sheet.document());
        return "redirect:/inbox";
    }

    /** The deadline as a person reads it, in the deadline's own offset: "Fri 21 Nov 2025, 22:00 (UTC+09:00)". */
    private String dueText(HumanTask task) {
        if (task.dueAt() == null) {
            return null;
        }
        try {
            java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            return java.time.format.DateTimeFormatter.ofPattern("ko".equals(locale.getLanguage())
                    ? "yyyy년 M월 d일 (E) HH:mm '(UTC'xxx')'" : "EEE d MMM yyyy, HH:mm '(UTC'xxx')'", locale)
                    .format(java.time.OffsetDateTime.parse(task.dueAt()));
        } catch (java.time.format.DateTimeParseException notADateTime) {
            return task.dueAt();
        }
    }

    /** The obligation a task is about, in the reader's words ("PIPC report — PIPA Art. 34"). */
    private String subjectName(HumanTask task) {
        io.breachflow.regimes.ObligationNames words = names.getIfAvailable();
        return task.subjectKey() == null || words == null ? task.subjectKey()
                : words.of(task.subjectKey(), org.springframework.context.i18n.LocaleContextHolder.getLocale()).full();
    }

    private String renderSheet(HumanTask task, Model model) {
        model.addAttribute("task", task);
        model.addAttribute("subjectName", subjectName(task));
        model.addAttribute("dueText", dueText(task));
        model.addAttribute("incidentTitle", desk.caseTitle(task).orElse(null));
        model.addAttribute("fieldLabels", fieldLabels);
        model.addAttribute("fields", List.of());
        model.addAttribute("readOnly", false);
        model.addAttribute("history", tasks.history(task.id()).stream().map(form -> new Previous(form.name(),
                form.formKey(), form.completedBy(), form.completedAt(), submissions.read(String.valueOf(form.form()))))
                .toList());
        if (!model.containsAttribute("refusal")) {
            model.addAttribute("refusal", null);
        }
        if (!model.containsAttribute("sheetErrors")) {
            model.addAttribute("sheetErrors", Map.of());
        }
        model.addAttribute("errors", Map.of());
        approval.addTo(task, model);
        return VIEW;
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
        model.addAttribute("subjectName", subjectName(task));
        model.addAttribute("dueText", dueText(task));
        model.addAttribute("incidentTitle", desk.caseTitle(task).orElse(null));
        model.addAttribute("fieldLabels", fieldLabels);
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
