package io.breachflow.cases;

import io.breachflow.notices.LetterSent;
import io.breachflow.notices.NoticeLookup;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/notices/lookup} ({@code personId}, {@code email} or {@code phone}, and {@code reason}, in the
 * body, never in the URL, so no access log or proxy keeps them): every letter the person was sent or that was
 * attempted. For COMPLIANCE_OFFICER, DPO and AUDITOR; each lookup is in the personal-data access log with its
 * reason. A question without exactly one identifier or without a reason is a 400 naming the field.
 */
@RestController
class PersonLookupApiController {

    private final PersonLookup lookup;
    private final MessageSource messages;

    PersonLookupApiController(PersonLookup lookup, MessageSource messages) {
        this.lookup = lookup;
        this.messages = messages;
    }

    /** The question; all four are texts, an unknown field is refused. */
    record LookupBody(String personId, String email, String phone, String reason) {
    }

    record Answer(long people, List<LetterSent> letters, boolean truncated) {
    }

    @PostMapping("/api/notices/lookup")
    ResponseEntity<?> lookup(@RequestBody LookupBody body, Principal user, HttpServletRequest request) {
        PersonLookup.Question question = new PersonLookup.Question(body.personId(), body.email(), body.phone(),
                body.reason());
        Map<String, String> problems = inUrl(request);
        if (problems.isEmpty()) {
            problems = PersonLookup.problems(question);
        }
        if (!problems.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
            problem.setProperty("errors", problems.entrySet().stream().map(e -> Map.of("field", e.getKey(),
                    "message", messages.getMessage(e.getValue(), null, e.getValue(), java.util.Locale.ENGLISH))).toList());
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        NoticeLookup.Result result = lookup.answer(question, user.getName());
        return ResponseEntity.ok(new Answer(result.people(), result.letters(),
                result.letters().size() >= NoticeLookup.LIMIT));
    }

    /**
     * An identifier in the query string is refused, whatever the body says: URLs end up in server, proxy and
     * browser logs, where personal data must not.
     */
    private static Map<String, String> inUrl(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return Map.of();
        }
        for (String name : List.of("personId", "email", "phone", "reason")) {
            if (java.util.Arrays.stream(query.split("&")).anyMatch(p -> p.equals(name) || p.startsWith(name + "="))) {
                return Map.of(name, "lookup.error.inUrl");
            }
        }
        return Map.of();
    }
}
