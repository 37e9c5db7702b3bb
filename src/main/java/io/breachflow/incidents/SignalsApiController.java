package io.breachflow.incidents;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/signals} (design.md §7) and {@code GET /api/suspected-incidents/{id}}. */
@RestController
class SignalsApiController {

    private final Detection detection;

    SignalsApiController(Detection detection) {
        this.detection = detection;
    }

    record SignalJson(@NotBlank @Size(max = 100) String source, @NotBlank @Size(max = 200) String reference,
                      @NotBlank @Size(max = 100) String type,
                      @NotNull @Pattern(regexp = "LOW|MEDIUM|HIGH|CRITICAL") String severity,
                      @NotNull OffsetDateTime observedAt, @Size(max = 4000) String summary) {
    }

    record AcceptedJson(String suspectedIncidentId) {
    }

    @PostMapping("/api/signals")
    ResponseEntity<AcceptedJson> receive(@Valid @RequestBody SignalJson signal) {
        IncidentId id = detection.receive(new SecuritySignal(signal.source(), signal.reference(), signal.type(),
                signal.severity(), signal.observedAt(), signal.summary()));
        return ResponseEntity.accepted().body(new AcceptedJson(id.toString()));
    }

    @GetMapping("/api/suspected-incidents/{id}")
    SuspectedIncident show(@PathVariable String id) {
        try {
            return detection.find(IncidentId.of(id)).orElseThrow();
        } catch (IllegalArgumentException e) {
            throw new NoSuchElementException("Expected a suspected incident id, but got a malformed one");
        }
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException missing) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such suspected incident."));
    }
}
