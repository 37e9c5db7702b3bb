package io.breachflow.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * Spring Boot's {@code /error}, except that whatever reaches it from {@code /api/**} or the actuator (a 405
 * or 415 decided before any controller, a 413 from the container, an unknown path) answers
 * {@code application/problem+json} with an {@code errors} entry like every other API reject (issue 14),
 * whatever the client accepts. Pages keep the HTML error page inside the layout.
 */
class ApiErrorController extends BasicErrorController {

    private final ObjectMapper json;

    ApiErrorController(ErrorAttributes errors, ServerProperties server, List<ErrorViewResolver> resolvers,
            ObjectMapper json) {
        super(errors, server.getError(), resolvers);
        this.json = json;
    }

    /** An API client that accepts HTML (a browser opening an API link) still gets the problem, not a page. */
    @Override
    public ModelAndView errorHtml(HttpServletRequest request, HttpServletResponse response) {
        if (!fromApi(request)) {
            return super.errorHtml(request, response);
        }
        ResponseEntity<Map<String, Object>> problem = problem(request, getStatus(request));
        View view = (model, req, res) -> {
            res.setStatus(problem.getStatusCode().value());
            res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(res.getOutputStream(), problem.getBody());
        };
        return new ModelAndView(view);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        if (!fromApi(request)) {
            return super.error(request);
        }
        return problem(request, getStatus(request));
    }

    static boolean fromApi(HttpServletRequest request) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String text ? text : request.getRequestURI();
        return path.startsWith("/api/") || path.equals("/api") || path.startsWith("/actuator");
    }

    static ResponseEntity<Map<String, Object>> problem(HttpServletRequest request, HttpStatus status) {
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure == null) {
            failure = request.getAttribute("org.springframework.boot.web.servlet.error.DefaultErrorAttributes.ERROR");
        }
        ApiProblemAdvice.FieldProblem field = failure instanceof Exception ex
                ? MvcRejections.problem(ex) : byStatus(status);
        if (failure instanceof Exception && "request".equals(field.field())) {
            field = byStatus(status);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", "The request was refused before it reached a resource.");
        body.put("errors", List.of(Map.of("field", field.field(), "message", field.message())));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static ApiProblemAdvice.FieldProblem byStatus(HttpStatus status) {
        return switch (status) {
            case METHOD_NOT_ALLOWED -> new ApiProblemAdvice.FieldProblem("method", "Expected a method this resource allows, but the request uses another");
            case UNSUPPORTED_MEDIA_TYPE -> new ApiProblemAdvice.FieldProblem("Content-Type", "Expected a content type this resource reads, but the request has another");
            case PAYLOAD_TOO_LARGE -> new ApiProblemAdvice.FieldProblem("body", "Expected a smaller request, but it is too large");
            case NOT_FOUND -> new ApiProblemAdvice.FieldProblem("path", "Expected the path of a resource, but there is none here");
            case REQUEST_TIMEOUT -> new ApiProblemAdvice.FieldProblem("body", "Expected the body in time, but it came too slowly");
            case BAD_REQUEST -> new ApiProblemAdvice.FieldProblem("path", "Expected a well-formed request, but it is not");
            default -> new ApiProblemAdvice.FieldProblem("request", "Expected a request this server accepts, but it is not");
        };
    }
}
