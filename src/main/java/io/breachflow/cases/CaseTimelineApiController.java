package io.breachflow.cases;

import io.breachflow.incidents.IncidentId;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/incidents/{id}/timeline} (design.md §7): every event of the case, oldest first, for
 * every authenticated role; an unknown or malformed id is a 404 problem.
 */
@RestController
class CaseTimelineApiController {

    private final CaseTimeline timeline;
    private final IncidentLookup lookup;

    CaseTimelineApiController(CaseTimeline timeline, IncidentLookup lookup) {
        this.timeline = timeline;
        this.lookup = lookup;
    }

    @GetMapping("/api/incidents/{id}/timeline")
    ResponseEntity<?> timeline(@PathVariable String id) {
        Optional<IncidentId> incident = lookup.existing(id);
        if (incident.isEmpty()) {
            return IncidentLookup.notFound();
        }
        List<TimelineEntry> entries = timeline.of(incident.get());
        return ResponseEntity.ok(entries);
    }
}
