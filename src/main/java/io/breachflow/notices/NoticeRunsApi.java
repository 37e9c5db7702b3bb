package io.breachflow.notices;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
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
import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
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

    /**
     * An approved letter version and where to send it; pacing defaults to the configured wave. Numbers bind
     * strictly ({@link WholeNumbers}): {@code cohortId: 1.5} or {@code "1"} is a 400, never cohort 1. A
     * template without {@code @v<id>} passes this syntax check on purpose, so that the refusal (409) is
     * audited with the user who tried.
     */
    record StartRun(@JsonDeserialize(using = WholeNumbers.LongOnly.class) @NotNull @Positive Long cohortId,
            @NotBlank @Size(max = 100)
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]*(/[A-Za-z0-9][A-Za-z0-9_-]*)*(@v[0-9]+)?",
                    message = "must name an approved letter version such as KR-PIPA/individual-notice@v42")
            String template,
            @NotBlank @Size(max = 64) String version,
            @NotNull @Pattern(regexp = "[0-9a-f]{64}", message = "must be a SHA-256 in lower-case hex") String contentHash,
            @Size(max = 36) String incidentId,
            @JsonDeserialize(using = WholeNumbers.IntegerOnly.class) @Min(0) @Max(100_000) Integer messagesPerSecond,
            @JsonDeserialize(using = WholeNumbers.IntegerOnly.class) @Min(1) @Max(64) Integer sessions) {
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
    ResponseEntity<RunView> start(@Valid @RequestBody StartRun request, Principal user) {
        NoticeWave defaults = notices.defaultWave();
        NoticeWave wave = new NoticeWave(
                request.messagesPerSecond() == null ? defaults.messagesPerSecond() : request.messagesPerSecond(),
                request.sessions() == null ? defaults.sessions() : request.sessions());
        ApprovedLetter letter = new ApprovedLetter(request.template(), request.version(), request.contentHash());
        NoticeRun run;
        try {
            run = notices.startRun(request.cohortId(), letter, wave, request.incidentId(), user.getName());
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
    RunView pause(@PathVariable long id, Principal user) {
        notices.pause(id, user.getName());
        return view(id);
    }

    @PostMapping("/notice-runs/{id}/resume")
    RunView resume(@PathVariable long id, Principal user) {
        notices.resume(id, user.getName());
        return view(id);
    }

    @PostMapping("/notice-runs/{id}/cancel")
    RunView cancel(@PathVariable long id, Principal user) {
        notices.cancel(id, user.getName());
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

    /**
     * A body that does not bind: the problem names the field (an unknown one, or a number that is not a whole
     * number), never the value sent.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            String message = mapping instanceof UnrecognizedPropertyException ? "unknown field"
                    : mapping.getOriginalMessage().startsWith(WholeNumbers.MESSAGE) ? WholeNumbers.MESSAGE
                    : "has the wrong type";
            String detail = mapping instanceof UnrecognizedPropertyException
                    ? "The request has a field this resource does not know." : "The request has invalid fields.";
            return problem(HttpStatus.BAD_REQUEST, detail, List.of(Map.of("field", field, "message", message)));
        }
        // as the application-wide problems do (web.UnreadableJson): a duplicate key names itself, else the body
        String field = "body";
        String message = e.getCause() instanceof com.fasterxml.jackson.core.JsonProcessingException
                ? "Expected well-formed JSON, but it is not" : "Expected a JSON body, but there is none or it is unreadable";
        if (e.getCause() instanceof com.fasterxml.jackson.core.JsonParseException parse) {
            java.util.regex.Matcher duplicate = java.util.regex.Pattern.compile("Duplicate field '([^']{1,200})'")
                    .matcher(String.valueOf(parse.getOriginalMessage()));
            if (duplicate.find()) {
                field = duplicate.group(1);
                message = "Expected each key once, but it is twice";
            }
        }
        return problem(HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this resource.",
                List.of(Map.of("field", field, "message", message)));
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
