package io.breachflow.workflow;

import io.breachflow.notices.LetterVersion;
import io.breachflow.notices.NoticeDrafting;
import io.breachflow.notices.NoticeRenotices;
import io.breachflow.notices.Renotice;
import io.breachflow.notices.RenoticeOrder;
import io.breachflow.notices.RunNotFinishedException;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/notice-runs/{id}/renotice}: a regulator ordered the letters of a finished run to be sent again,
 * corrected. Drafts the corrected letter (the notices module) and answers {@code 201} with it and the approval task
 * the re-notice process opened for legal, once the tasklist has it (the process starts after the request's
 * transaction committed, so the answer waits for it, at most {@code breachflow.workflow.renotice-task-wait}). The
 * run starts when legal approves. A run not finished, or with a re-notice already open, is {@code 409}.
 */
@RestController
class RenoticeApiController {

    private static final String NO_CONTROLS = "[^\\p{Cc}]*";

    private final NoticeRenotices renotices;
    private final NoticeDrafting letters;
    private final HumanTasks tasks;
    private final Duration taskWait;

    RenoticeApiController(NoticeRenotices renotices, NoticeDrafting letters, HumanTasks tasks,
            @Value("${breachflow.workflow.renotice-task-wait:PT10S}") Duration taskWait) {
        this.renotices = renotices;
        this.letters = letters;
        this.tasks = tasks;
        this.taskWait = taskWait;
    }

    /** What the order says; {@code fields} replace letter fields of the approved version by name. */
    record RenoticeBody(@NotBlank @Size(max = 2000) String reason,
            @Size(max = 100) @Pattern(regexp = NO_CONTROLS, message = "must not contain control characters")
            String orderReference,
            Boolean includeUnreached,
            @Size(max = 64) Map<String, @NotBlank @Size(max = 4000) String> fields) {
    }

    record LetterView(long versionId, int number, String template, String contentHash, String status, String draftedBy,
            Instant draftedAt, List<String> languages) {
    }

    record TaskView(long id, String name, String formKey, List<String> candidateGroups, String url) {
    }

    record RenoticeView(long renoticeId, long earlierRunId, String incidentId, String orderReference,
            boolean includeUnreached, String state, String requestedBy, Instant requestedAt, LetterView letter,
            TaskView task) {
    }

    @PostMapping("/api/notice-runs/{id}/renotice")
    ResponseEntity<RenoticeView> renotice(@PathVariable long id, @Valid @RequestBody RenoticeBody body, Principal user) {
        Renotice renotice;
        try {
            renotice = renotices.request(id, new RenoticeOrder(body.reason(), blankToNull(body.orderReference()),
                    Boolean.TRUE.equals(body.includeUnreached()), body.fields()), user.getName());
        } catch (IllegalArgumentException badField) {
            // a field name that is no letter field, or corrections that drop an item the law requires
            return problem(HttpStatus.BAD_REQUEST, "The corrected letter is not valid.",
                    List.of(Map.of("field", "fields", "message", badField.getMessage())));
        }
        LetterVersion letter = letters.find(renotice.letterVersionId()).orElseThrow();
        HumanTask task = awaitTask(renotice, letter).orElse(null);
        return ResponseEntity.status(HttpStatus.CREATED).body(new RenoticeView(renotice.id(), renotice.earlierRunId(),
                renotice.incidentId(), renotice.orderReference(), renotice.includeUnreached(),
                renotices.state(renotice).name(), renotice.requestedBy(), renotice.requestedAt(),
                new LetterView(letter.id(), letter.number(), letter.template(), letter.contentHash(),
                        letter.status().name(), letter.draftedBy(), letter.draftedAt(), letter.languages()),
                task == null ? null : new TaskView(task.id(), task.name(), task.formKey(), task.candidateGroups(),
                        "/tasks/" + task.id())));
    }

    private Optional<HumanTask> awaitTask(Renotice renotice, LetterVersion letter) {
        String subject = RenoticeWorkers.subjectKey(letter.regime(), renotice.id());
        Instant until = Instant.now().plus(taskWait);
        while (true) {
            Optional<HumanTask> opened = tasks.openForSubject(renotice.incidentId(), subject).stream().findFirst();
            if (opened.isPresent() || Instant.now().isAfter(until)) {
                return opened;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "There is no such notice run.", null);
    }

    @ExceptionHandler(RunNotFinishedException.class)
    ResponseEntity<ProblemDetail> notFinished(RunNotFinishedException e) {
        return problem(HttpStatus.CONFLICT, e.getMessage(), null);
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
        // our own messages name ids and states, never personal data
        return problem(HttpStatus.CONFLICT, e.getMessage(), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> ResponseEntity<T> problem(HttpStatus status, String detail, List<?> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        @SuppressWarnings("unchecked")
        ResponseEntity<T> response = (ResponseEntity<T>) ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        return response;
    }
}
