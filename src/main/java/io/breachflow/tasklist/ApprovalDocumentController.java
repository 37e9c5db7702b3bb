package io.breachflow.tasklist;

import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /tasks/{id}/document.pdf?lang=ko}: the print version of the document an approval task is
 * about, exactly as it will be sent or filed, for the people who draft, approve, answer for or audit it.
 */
@RestController
class ApprovalDocumentController {

    private static final Set<String> READERS = Set.of("LEGAL", "DPO", "COMPLIANCE_OFFICER", "AUDITOR");

    private final HumanTasks tasks;
    private final ObjectProvider<ApprovalDocuments> documents;

    ApprovalDocumentController(HumanTasks tasks, ObjectProvider<ApprovalDocuments> documents) {
        this.tasks = tasks;
        this.documents = documents;
    }

    @GetMapping("/tasks/{id}/document.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, @RequestParam(required = false) String lang,
            Authentication user) {
        Actor actor = TasksApiController.actor(user);
        HumanTask task = tasks.get(id);
        if (actor.roles().stream().noneMatch(READERS::contains) || !Visibility.of(actor).sees(task)) {
            return ResponseEntity.status(403).build();
        }
        ApprovalDocuments approval = documents.getIfAvailable();
        if (approval == null || !TaskForms.APPROVES.containsKey(task.formKey())) {
            return ResponseEntity.notFound().build();
        }
        return approval.pdf(task, lang)
                .map(pdf -> ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"task-" + id
                                + (lang == null ? "" : "-" + lang.replaceAll("[^A-Za-z-]", "")) + ".pdf\"")
                        .body(pdf))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @ExceptionHandler
    ResponseEntity<Void> refused(TaskRefusedException refused) {
        return ResponseEntity.status(refused.reason() == TaskRefusedException.Reason.NOT_FOUND ? 404 : 403).build();
    }
}
