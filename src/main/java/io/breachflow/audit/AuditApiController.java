package io.breachflow.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit} (a page of entries, newest first, optionally for one incident and/or action)
 * and {@code POST /api/audit/verify} (walks the chain and holds it against the checkpoints, like the
 * scheduled run: a break alerts and shows in the banner, an intact grown chain is checkpointed; 200 with
 * the result either way, since a broken chain is a finding, not a failed request). Who may call them is decided in the security configuration.
 */
@RestController
class AuditApiController {

    private static final Pattern ACTION = Pattern.compile("[A-Z_]{1,60}");

    private final AuditTrail trail;
    private final AuditChainMonitor monitor;

    AuditApiController(AuditTrail trail, AuditChainMonitor monitor) {
        this.trail = trail;
        this.monitor = monitor;
    }

    @GetMapping("/api/audit")
    AuditPage page(@RequestParam(required = false) String incidentId, @RequestParam(required = false) String action,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        List<Map<String, String>> errors = new ArrayList<>();
        if (incidentId != null && !isUuid(incidentId)) {
            errors.add(Map.of("field", "incidentId", "message", "must be an incident id (UUID)"));
        }
        if (action != null && !ACTION.matcher(action).matches()) {
            errors.add(Map.of("field", "action", "message", "must be an action code such as INCIDENT_REPORTED"));
        }
        if (page < 0) {
            errors.add(Map.of("field", "page", "message", "must be 0 or more"));
        }
        if (size < 1 || size > 500) {
            errors.add(Map.of("field", "size", "message", "must be between 1 and 500"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidQueryException(errors);
        }
        return trail.page(incidentId, action, page, size);
    }

    @PostMapping(path = "/api/audit/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    AuditVerification verify() {
        return monitor.run();
    }

    /** The same check as one line, {@code OK …} or {@code BROKEN at sequence …}, for scripts. */
    @PostMapping(path = "/api/audit/verify", produces = MediaType.TEXT_PLAIN_VALUE)
    String verifyAsText() {
        return monitor.run().summary() + "\n";
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalid(InvalidQueryException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid fields.");
        problem.setProperty("errors", e.errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static boolean isUuid(String text) {
        try {
            return UUID.fromString(text).toString().equalsIgnoreCase(text);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Query parameters that do not fit; answered as a 400 problem with the field errors. */
    static final class InvalidQueryException extends RuntimeException {

        private final transient List<Map<String, String>> errors;

        InvalidQueryException(List<Map<String, String>> errors) {
            super("Expected valid query parameters, but got " + errors, null, false, false);
            this.errors = List.copyOf(errors);
        }
    }
}
