package io.breachflow.notices;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Cohorts and notice runs over REST. Officers and the DPO act; auditors read (the URL rules live in
 * {@code web.SecurityConfiguration}). Failures are problems: a bad file or field is 400 with an
 * {@code errors} list, an action the run's state forbids is 409 naming the state, an unknown run 404.
 */
@RestController
@RequestMapping("/api")
class NoticeRunsApi {

    private final NoticeDispatch notices;

    NoticeRunsApi(NoticeDispatch notices) {
        this.notices = notices;
    }

    /** An approved letter and where to send it; pacing defaults to the configured wave. */
    record StartRun(@NotNull @Positive Long cohortId, @NotBlank @Size(max = 100)
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*(/[A-Za-z0-9][A-Za-z0-9_-]*)*(@v[0-9]+)?",
                    message = "must name a letter such as generic/notice or KR-PIPA/individual-notice@v42")
            String template,
            @NotBlank @Size(max = 64) String version,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 in lower-case hex") String contentHash,
            @Size(max = 64) String incidentId, @Min(0) @Max(100_000) Integer messagesPerSecond,
            @Min(1) @Max(64) Integer sessions) {
    }

    /** A run and its progress; {@code etaSeconds} is null while no rate was measured. */
    record RunView(long id, long cohortId, String incidentId, String template, String version, RunStatus status,
            long total, long sent, long bounced, long failed, long suppressed, long remaining,
            double messagesPerSecond, Long etaSeconds) {

        static RunView of(NoticeRun run, RunProgress p) {
            return new RunView(run.id(), run.cohortId(), run.incidentId(), run.letter().template(),
                    run.letter().version(), p.status(), p.total(), p.sent(), p.bounced(), p.failed(), p.suppressed(),
                    p.remaining(), p.messagesPerSecond(), p.eta().map(d -> d.toSeconds()).orElse(null));
        }
    }

    @PostMapping(path = "/cohorts", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CohortImport> importCohort(@RequestParam("file") MultipartFile file,
            @RequestParam(name = "label", required = false) String label) throws IOException {
        String name = label == null || label.isBlank() ? file.getOriginalFilename() : label;
        if (name != null && name.chars().anyMatch(Character::isISOControl)) {
            throw new BadField(label == null || label.isBlank() ? "file" : "label",
                    "Expected a name without control characters, but it has one");
        }
        try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
            CohortImport cohort = notices.importCohort(name == null ? "upload" : truncate(name), csv);
            return ResponseEntity.created(URI.create("/api/cohorts/" + cohort.cohortId())).body(cohort);
        } catch (IllegalArgumentException e) {
            throw new BadField("file", e.getMessage());
        }
    }

    @PostMapping("/notice-runs")
    ResponseEntity<RunView> start(@Valid @RequestBody StartRun request) {
        NoticeWave defaults = notices.defaultWave();
        NoticeWave wave = new NoticeWave(
                request.messagesPerSecond() == null ? defaults.messagesPerSecond() : request.messagesPerSecond(),
                request.sessions() == null ? defaults.sessions() : request.sessions());
        ApprovedLetter letter = new ApprovedLetter(request.template(), request.version(), request.contentHash());
        NoticeRun run;
        try {
            run = notices.startRun(request.cohortId(), letter, wave, request.incidentId());
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            throw new BadField("template", "no letter files for this template");
        }
        return ResponseEntity.created(URI.create("/api/notice-runs/" + run.id())).body(view(run.id()));
    }

    @GetMapping("/notice-runs/{id}")
    RunView get(@PathVariable long id) {
        return view(id);
    }

    @PostMapping("/notice-runs/{id}/pause")
    RunView pause(@PathVariable long id) {
        notices.pause(id);
        return view(id);
    }

    @PostMapping("/notice-runs/{id}/resume")
    RunView resume(@PathVariable long id) {
        notices.run(id);
        notices.resume(id);
        return view(id);
    }

    @PostMapping("/notice-runs/{id}/cancel")
    RunView cancel(@PathVariable long id) {
        notices.cancel(id);
        return view(id);
    }

    private RunView view(long id) {
        return RunView.of(notices.run(id), notices.progress(id));
    }

    @ExceptionHandler(NoSuchElementException.class)
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException e) {
        return problem(HttpStatus.NOT_FOUND, "There is no such notice run or cohort.", null);
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ProblemDetail> conflict(IllegalStateException e) {
        // our own messages name ids and states, never personal data
        return problem(HttpStatus.CONFLICT, e.getMessage(), null);
    }

    @ExceptionHandler(BadField.class)
    ResponseEntity<ProblemDetail> badInput(BadField e) {
        return problem(HttpStatus.BAD_REQUEST, "The request has invalid fields.",
                List.of(Map.of("field", e.field, "message", e.getMessage())));
    }

    /** Input the front door refused; the message names what is wrong, never the value. */
    private static final class BadField extends RuntimeException {

        private final String field;

        BadField(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<?> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        if (errors != null) {
            problem.setProperty("errors", errors);
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String truncate(String label) {
        return label.length() > 200 ? label.substring(0, 200) : label;
    }
}
