package io.breachflow.incidents;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What comes from outside once a case runs: {@code POST /api/incidents/{id}/law-enforcement-holds} (a recorded
 * police request to hold notices), {@code POST /api/incidents/{id}/police-referral} (an officer asks for a
 * referral) and {@code POST /api/incidents/{id}/regulator-questions} (a regulator's follow-up question or order).
 * Recording the same hold twice answers {@code 200} with the first recording instead of {@code 201}.
 */
@RestController
class CaseRequestsApiController {

    private final LawEnforcementRequests requests;
    private final RegulatorQuestions questions;

    CaseRequestsApiController(LawEnforcementRequests requests, RegulatorQuestions questions) {
        this.requests = requests;
        this.questions = questions;
    }

    /** {@code kind} is {@code QUESTION} (the default) or {@code ORDER}; an order must say when it is due. */
    record QuestionJson(RegulatorQuestions.Kind kind, @NotBlank @Size(max = 40) String authority,
                        @Size(max = 100) String reference, @NotNull OffsetDateTime receivedAt,
                        OffsetDateTime answerDue, @NotBlank @Size(max = 8000) String question) {
    }

    record QuestionRecordedJson(String id) {
    }

    @PostMapping("/api/incidents/{id}/regulator-questions")
    ResponseEntity<QuestionRecordedJson> question(@PathVariable String id, @Valid @RequestBody QuestionJson question,
            Authentication user) {
        if (question.answerDue() != null && !question.answerDue().isAfter(question.receivedAt())) {
            throw new OutOfOrderException("answerDue", "Expected answerDue after receivedAt, but it is not");
        }
        RegulatorQuestions.Kind kind = question.kind() == null ? RegulatorQuestions.Kind.QUESTION : question.kind();
        if (kind == RegulatorQuestions.Kind.ORDER && question.answerDue() == null) {
            throw new OutOfOrderException("answerDue", "Expected the date the order is due, but there is none");
        }
        IncidentId incident = IncidentId.fromPath(id);
        String recorded = questions.record(incident, new RegulatorQuestions.Question(kind, question.authority(),
                question.reference(), question.receivedAt(), question.answerDue(), question.question()),
                user.getName());
        return ResponseEntity.created(URI.create("/api/incidents/" + incident + "/regulator-questions/" + recorded))
                .body(new QuestionRecordedJson(recorded));
    }

    /** The request as the officer records it; {@code attachmentId} names the request's file in the evidence. */
    record HoldJson(@NotNull OffsetDateTime requestedAt, @NotNull OffsetDateTime holdUntil,
                    @NotBlank @Size(max = 200) String agency, @NotBlank @Size(max = 100) String reference,
                    @Size(max = 2000) String note, @Size(max = 100) String attachmentId) {
    }

    record ReferralJson(@NotBlank @Size(max = 2000) String reason) {
    }

    @PostMapping("/api/incidents/{id}/law-enforcement-holds")
    ResponseEntity<LawEnforcementRequests.HoldRecorded> hold(@PathVariable String id,
            @Valid @RequestBody HoldJson hold, Authentication user) {
        IncidentId incident = IncidentId.fromPath(id);
        LawEnforcementRequests.HoldRecorded recorded = requests.recordHold(incident,
                new LawEnforcementRequests.HoldRequest(hold.requestedAt(), hold.holdUntil(), hold.agency(),
                        hold.reference(), hold.note(), hold.attachmentId()), user.getName());
        if (recorded.alreadyRecorded()) {
            return ResponseEntity.ok(recorded);
        }
        return ResponseEntity.created(URI.create("/api/incidents/" + incident + "/law-enforcement-holds/"
                + recorded.holdId())).body(recorded);
    }

    @PostMapping("/api/incidents/{id}/police-referral")
    ResponseEntity<ProblemDetail> refer(@PathVariable String id, @Valid @RequestBody ReferralJson referral,
            Authentication user) {
        if (requests.requestReferral(IncidentId.fromPath(id), user.getName(), referral.reason())) {
            return ResponseEntity.accepted().build();
        }
        return ResponseEntity.status(HttpStatus.CONFLICT).body(ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                "This incident already has a police referral."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(NoSuchElementException missing) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such incident."));
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badHold(IllegalArgumentException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, invalid.getMessage());
        problem.setProperty("errors", List.of(new FieldError("holdUntil", "must be after requestedAt")));
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> outOfOrder(OutOfOrderException invalid) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setProperty("errors", List.of(new FieldError(invalid.field, invalid.getMessage())));
        return ResponseEntity.badRequest().body(problem);
    }

    /** Two dates of one request in the wrong order (an answer due before the question arrived). */
    private static final class OutOfOrderException extends RuntimeException {

        private final String field;

        OutOfOrderException(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    record FieldError(String field, String message) {
    }

}
