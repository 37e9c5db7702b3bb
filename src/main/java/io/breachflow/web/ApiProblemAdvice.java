package io.breachflow.web;

import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns failures of REST controllers into RFC 9457 problems. Validation failures carry an
 * {@code errors} list ({@code field}, {@code message}) so clients can point at the bad input; other
 * failures say as little as is safe. UI controllers are left to the HTML error page.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

    /** One invalid input: the JSON path of the field and what is wrong with it. */
    record FieldProblem(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The request has invalid fields.");
        List<FieldProblem> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(ApiProblemAdvice::toFieldProblem).toList();
        List<FieldProblem> global = ex.getBindingResult().getGlobalErrors().stream()
                .map(error -> new FieldProblem(error.getObjectName(), error.getDefaultMessage())).toList();
        problem.setProperty("errors", concat(errors, global));
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, "The request body is not valid JSON for this resource.");
        BodyLimitsFilter.BodyLimitException limit = limitOf(ex);
        if (limit != null) {
            HttpStatus over = HttpStatus.valueOf(limit.status);
            ProblemDetail refused = ProblemDetail.forStatusAndDetail(over, "The request body was refused.");
            refused.setProperty("errors", List.of(new FieldProblem("body", limit.getMessage())));
            return handleExceptionInternal(ex, refused, headers, over, request);
        }
        if (ex.getCause() instanceof UnrecognizedPropertyException unknown) {
            problem.setDetail("The request has a field this resource does not know.");
            problem.setProperty("errors", List.of(new FieldProblem(jsonPath(unknown), "unknown field")));
        } else {
            problem.setProperty("errors", List.of(UnreadableJson.problem(ex)));
        }
        return handleExceptionInternal(ex, problem, headers, status, request);
    }

    /** Every other rejection Spring MVC decides itself (405, 406, 415, missing parameter…) names what it is about. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail given ? given
                : ex instanceof org.springframework.web.ErrorResponse response ? response.getBody() : null;
        if (problem != null && (problem.getProperties() == null || !problem.getProperties().containsKey("errors"))) {
            problem.setProperty("errors", List.of(MvcRejections.problem(ex)));
        }
        return super.handleExceptionInternal(ex, problem != null ? problem : body, headers, statusCode, request);
    }

    /** A value the handler itself refuses (a bound that only the handler knows), named by its field. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> handleRejectedField(RejectedFieldException rejected) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setProperty("errors", List.of(new FieldProblem(rejected.field(), rejected.getMessage())));
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** A body that is not multipart when it says so (no boundary, cut short, a NUL in a file name). */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> handleBrokenMultipart(org.springframework.web.multipart.MultipartException ex) {
        if (ex instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
            ProblemDetail tooLarge = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    "The upload is larger than this resource accepts.");
            tooLarge.setProperty("errors", List.of(new FieldProblem("file", "Expected a smaller file, but it is too large")));
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON).body(tooLarge);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The multipart body is broken.");
        problem.setProperty("errors", List.of(MvcRejections.problem(ex)));
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    /** Tomcat refuses a multipart file name with a NUL only when the controller asks for it. */
    @ExceptionHandler
    ResponseEntity<ProblemDetail> handleInvalidFileName(
            org.apache.tomcat.util.http.fileupload.InvalidFileNameException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setProperty("errors", List.of(new FieldProblem("file",
                "Expected a file name without control characters, but it has one")));
        return ResponseEntity.badRequest().contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> handleUnexpected(Exception ex) throws Exception {
        if (ex instanceof AccessDeniedException || ex instanceof AuthenticationException) {
            throw ex;
        }
        log.error("Unexpected API failure", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.INTERNAL_SERVER_ERROR, "The server could not complete the request.");
        return ResponseEntity.internalServerError().body(problem);
    }

    private static BodyLimitsFilter.BodyLimitException limitOf(Throwable ex) {
        for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyLimitsFilter.BodyLimitException limit) {
                return limit;
            }
        }
        return null;
    }

    private static FieldProblem toFieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    private static List<FieldProblem> concat(List<FieldProblem> first, List<FieldProblem> second) {
        return Stream.concat(first.stream(), second.stream()).toList();
    }

    private static String jsonPath(UnrecognizedPropertyException unknown) {
        return unknown.getPath().stream()
                .map(reference -> reference.getFieldName() != null
                        ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}
