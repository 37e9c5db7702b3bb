package io.breachflow.incidents;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.regimes.BreachFactsJson;
import io.breachflow.regimes.Obligation;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/incidents}, {@code GET /api/incidents/{id}} and revisions (design.md §7). */
@RestController
class IncidentsApiController {

    private final IncidentIntake intake;
    private final Incidents incidents;
    private final HumanTasks tasks;
    private final ObjectMapper mapper;

    IncidentsApiController(IncidentIntake intake, Incidents incidents, HumanTasks tasks, ObjectMapper mapper) {
        this.intake = intake;
        this.incidents = incidents;
        this.tasks = tasks;
        this.mapper = mapper;
    }

    record ReportedJson(String id, List<Obligation> obligations) {
    }

    /** The revision request body; {@code facts} holds only the fields that changed. */
    record RevisionJson(@NotNull OffsetDateTime revisedAt, @Size(max = 2000) String note, @NotNull ObjectNode facts) {
    }

    record RevisionAcceptedJson(String id, int revision) {
    }

    record RevisionView(int number, OffsetDateTime revisedAt, String note, Instant recordedAt) {
    }

    record TaskView(String id, String name, String formKey, List<String> candidateGroups, String assignee,
                    String dueAt) {
    }

    record IncidentJson(String id, Instant reportedAt, JsonNode facts, List<RevisionView> revisions,
                        List<Incidents.StoredObligation> obligations, List<TaskView> openTasks) {
    }

    @PostMapping("/api/incidents")
    ResponseEntity<ReportedJson> report(@Valid @RequestBody BreachFactsJson facts, Authentication user) {
        IncidentIntake.Reported reported = intake.report(facts, user.getName());
        return ResponseEntity.created(URI.create("/api/incidents/" + reported.id()))
                .body(new ReportedJson(reported.id().toString(), reported.obligations()));
    }

    @PostMapping("/api/incidents/{id}/revisions")
    ResponseEntity<RevisionAcceptedJson> revise(@PathVariable String id, @Valid @RequestBody RevisionJson revision,
            Authentication user) {
        IncidentId incident = IncidentId.fromPath(id);
        int number = intake.revise(incident, revision.revisedAt(), revision.note(), revision.facts(), user.getName());
        return ResponseEntity.accepted().body(new RevisionAcceptedJson(incident.toString(), number));
    }

    @GetMapping("/api/incidents/{id}")
    IncidentJson show(@PathVariable String id) throws Exception {
        IncidentId incident = IncidentId.fromPath(id);
        Instant reportedAt = incidents.reportedAt(incident).orElseThrow(() -> notFound(incident));
        List<Incidents.StoredRevision> revisions = incidents.revisions(incident);
        JsonNode facts = mapper.readTree(revisions.get(revisions.size() - 1).facts());
        List<RevisionView> views = revisions.stream().map(r -> new RevisionView(r.number(), r.revisedAt(), r.note(),
                r.recordedAt())).toList();
        List<TaskView> open = tasks.openForIncident(incident.toString()).stream()
                .map(IncidentsApiController::view).toList();
        return new IncidentJson(incident.toString(), reportedAt, facts, views, incidents.obligations(incident), open);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException missing) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such incident."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> invalidFacts(FactsDocuments.InvalidFactsException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The request has invalid fields.");
        problem.setProperty("errors", invalid.errors());
        return ResponseEntity.badRequest().body(problem);
    }

    private static TaskView view(HumanTask task) {
        return new TaskView(Long.toString(task.id()), task.name(), task.formKey(), task.candidateGroups(),
                task.assignee(), task.dueAt());
    }


    private static NoSuchElementException notFound(IncidentId id) {
        return new NoSuchElementException("Expected incident " + id + ", but there is none");
    }

}
