package io.breachflow.cases;

import io.breachflow.notices.NoticeLookup;
import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The "Was this person told?" page ({@code /notices/lookup}): the question is posted (CSRF-protected), never put in
 * the URL; the answer lists every letter the person was sent or that was attempted, and the lookup is recorded in
 * the personal-data access log with the reason given. A question that cannot be answered stays on the page with
 * the error beside its field, nothing typed lost.
 */
@Controller
class PersonLookupController {

    private final PersonLookup lookup;

    PersonLookupController(PersonLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/notices/lookup")
    String form(Model model) {
        model.addAttribute("question", new PersonLookup.Question("", "", "", ""));
        model.addAttribute("errors", Map.of());
        return "cases/lookup";
    }

    @PostMapping("/notices/lookup")
    String answer(@ModelAttribute PersonLookup.Question question, Principal user, Model model,
            HttpServletResponse response) {
        Map<String, String> errors = PersonLookup.problems(question);
        model.addAttribute("question", question);
        model.addAttribute("errors", errors);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return "cases/lookup";
        }
        NoticeLookup.Result result = lookup.answer(question, user.getName());
        model.addAttribute("result", result);
        model.addAttribute("truncated", result.letters().size() >= NoticeLookup.LIMIT);
        return "cases/lookup";
    }
}
