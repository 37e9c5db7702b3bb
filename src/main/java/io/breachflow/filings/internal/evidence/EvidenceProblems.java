package io.breachflow.filings.internal.evidence;

import io.breachflow.filings.EvidenceRefusedException;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The evidence API's refusals as {@code application/problem+json}: 404 unknown incident, item or package,
 * 413 a file over the limit (the locker's or Spring's multipart limit, which is parsed lazily so it
 * lands here), 409 nothing to package, 400 with the field otherwise.
 */
@RestControllerAdvice(assignableTypes = EvidenceApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceProblems {

    @ExceptionHandler
    ResponseEntity<ProblemDetail> refused(EvidenceRefusedException e) {
        HttpStatus status = switch (e.reason()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case EMPTY_PACKAGE -> HttpStatus.CONFLICT;
        };
        return problem(status, e.getMessage(), e.field());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, "The file is larger than the upload limit.", "file");
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missingPart(MissingServletRequestPartException e) {
        return problem(HttpStatus.BAD_REQUEST, "must not be missing", e.getRequestPartName());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException e) {
        return problem(HttpStatus.BAD_REQUEST, "must not be missing", e.getParameterName());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notMultipart(MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, "must be a multipart/form-data upload", "file");
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String message, String field) {
        boolean fieldProblem = field != null && (status == HttpStatus.BAD_REQUEST
                || status == HttpStatus.PAYLOAD_TOO_LARGE);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                fieldProblem ? "The request has invalid fields." : message);
        if (fieldProblem) {
            problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

}
