package io.breachflow.incidents;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /incidents/{id}/regulator-questions}: a regulator's question or order recorded from the web, the same
 * as {@code POST /api/incidents/{id}/regulator-questions}. The due date the regulator set becomes the deadline of
 * the answering task, with reminders and an escalation to the DPO; an order always has one. The summary is kept
 * with the case only and must carry no personal data (the page says so).
 */
@Controller
class RegulatorQuestionsController {

    private static final String VIEW = "incidents/regulator-questions";

    /** The form as typed: strings, so a typo comes back next to its field. */
    record QuestionForm(String kind, String authority, String reference, String receivedAt, String answerDue,
                        String summary) {
    }

    private final RegulatorQuestions questions;
    private final IncidentIntake intake;
    private final Clock clock;

    RegulatorQuestionsController(RegulatorQuestions questions, IncidentIntake intake, ObjectProvider<Clock> clock) {
        this.questions = questions;
        this.intake = intake;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/incidents/{id}/regulator-questions")
    String page(@PathVariable String id, Model model) {
        String now = OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)).truncatedTo(ChronoUnit.MINUTES).toString();
        return render(existing(id), new QuestionForm("QUESTION", "", "", now, "", ""), Map.of(), model);
    }

    @PostMapping("/incidents/{id}/regulator-questions")
    String record(@PathVariable String id, @ModelAttribute QuestionForm form, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        IncidentId incident = existing(id);
        Map<String, String> errors = new LinkedHashMap<>();
        RegulatorQuestions.Kind kind = kind(form.kind(), errors);
        String authority = FormInput.text(form.authority(), "authority", true, 40, errors);
        String reference = FormInput.text(form.reference(), "reference", false, 100, errors);
        OffsetDateTime receivedAt = FormInput.time(form.receivedAt(), "receivedAt", true, errors);
        OffsetDateTime answerDue = FormInput.time(form.answerDue(), "answerDue",
                kind == RegulatorQuestions.Kind.ORDER, errors);
        String summary = FormInput.text(form.summary(), "summary", true, 8000, errors);
        if (receivedAt != null && answerDue != null && !answerDue.isAfter(receivedAt)) {
            errors.put("answerDue", "casework.error.answerDue.order");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(incident, form, errors, model);
        }
        questions.record(incident, new RegulatorQuestions.Question(kind, authority, reference, receivedAt, answerDue,
                summary), user.getName());
        redirect.addFlashAttribute("flash", "casework.questions.recorded." + kind.name());
        return "redirect:/incidents/" + incident + "/regulator-questions";
    }

    @ExceptionHandler(NoSuchElementException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error";
    }

    private String render(IncidentId incident, QuestionForm form, Map<String, String> errors, Model model) {
        model.addAttribute("incidentId", incident.toString());
        model.addAttribute("title", intake.currentFacts(incident).title());
        model.addAttribute("questions", questions.of(incident));
        model.addAttribute("kinds", RegulatorQuestions.Kind.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    private static RegulatorQuestions.Kind kind(String value, Map<String, String> errors) {
        try {
            return RegulatorQuestions.Kind.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            errors.put("kind", "casework.error.kind.missing");
            return null;
        }
    }

    private IncidentId existing(String id) {
        IncidentId incident = IncidentId.fromPath(id);
        intake.currentFacts(incident);
        return incident;
    }
}
