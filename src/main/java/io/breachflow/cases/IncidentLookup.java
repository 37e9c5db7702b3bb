package io.breachflow.cases;

import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentRecords;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Turns an id from a URL into an existing incident; malformed and unknown ids are both "not found". */
@Component
class IncidentLookup {

    private final IncidentRecords incidents;

    IncidentLookup(IncidentRecords incidents) {
        this.incidents = incidents;
    }

    Optional<IncidentId> existing(String id) {
        return parse(id).filter(incidents::exists);
    }

    static Optional<IncidentId> parse(String id) {
        try {
            return Optional.of(IncidentId.of(id));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** The RFC 9457 answer for an unknown incident, the same as {@code GET /api/incidents/{id}} gives. */
    static ResponseEntity<ProblemDetail> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such incident."));
    }
}
