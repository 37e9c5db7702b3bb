package io.breachflow.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers a read the gate refused with 403: {@code application/problem+json} on the API, a page in the
 * browser saying that a second person (another DPO) must approve. Ordered first so the API's catch-all
 * problem handler does not turn the refusal into a 500.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class AccessGateAdvice {

    private final ObjectMapper json;

    AccessGateAdvice(ObjectMapper json) {
        this.json = json;
    }

    @ExceptionHandler(AccessApprovalRequiredException.class)
    ModelAndView refused(AccessApprovalRequiredException refused, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.FORBIDDEN.value());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Your reads of this kind of personal data reached the alarm threshold; another DPO must "
                            + "approve one more access, or the DPO must clear the alarm.");
            problem.setTitle("Second approval required");
            problem.setType(URI.create("urn:breachflow:access-approval-required"));
            problem.setProperty("alarmId", refused.alarmId());
            problem.setProperty("kind", refused.kind());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return new ModelAndView();
        }
        ModelAndView page = new ModelAndView("audit/approval-required", HttpStatus.FORBIDDEN);
        page.addObject("alarmId", refused.alarmId());
        page.addObject("kind", refused.kind());
        return page;
    }
}
