package io.breachflow.incidents;

import io.breachflow.regimes.DeadlineGap;
import jakarta.servlet.http.HttpServletResponse;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /incidents/{id}/counted-deadline?key=…}: when a holiday calendar does not cover the year an obligation's
 * clock needs, Breachflow gives it no deadline and says "count by hand"; here the officer records the date they
 * counted and how, and the obligation gets its deadline, its reminders and its escalation like any other. Only
 * such a gap can be recorded: an obligation with a deadline, met, or waiting for something else is refused with
 * the reason on the page.
 */
@Controller
class CountedDeadlineController {

    private static final String VIEW = "incidents/counted-deadline";

    /** The form as posted; {@code dueAt} arrives as one ISO-8601 value with offset (web.DateTimeFieldsFilter). */
    record CountedForm(String key, String dueAt, String note) {
    }

    private final IncidentIntake intake;
    private final IncidentRecords records;

    CountedDeadlineController(IncidentIntake intake, IncidentRecords records) {
        this.intake = intake;
        this.records = records;
    }

    @GetMapping("/incidents/{id}/counted-deadline")
    String page(@PathVariable String id, @RequestParam String key, Model model) {
        IncidentRecord incident = existing(id);
        return render(incident, new CountedForm(key, "", ""), Map.of(), model);
    }

    @PostMapping("/incidents/{id}/counted-deadline")
    String record(@PathVariable String id, @ModelAttribute CountedForm form, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        IncidentRecord incident = existing(id);
        Map<String, String> errors = new LinkedHashMap<>();
        OffsetDateTime dueAt = FormInput.time(form.dueAt(), "dueAt", true, errors);
        String note = FormInput.text(form.note(), "note", true, 1000, errors);
        if (gap(incident, form.key()) == null) {
            errors.putIfAbsent("key", "counted.error.notAGap");
        }
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return render(incident, form, errors, model);
        }
        if (!intake.recordCountedDeadline(incident.id(), form.key(), dueAt, user.getName(), note)) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return render(incident, form, Map.of("key", "counted.error.notAGap"), model);
        }
        redirect.addFlashAttribute("flash", "counted.recorded");
        return "redirect:/incidents/" + incident.id() + "#obligations";
    }

    @ExceptionHandler(NoSuchElementException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error";
    }

    /** The open obligation {@code key} of the incident while its deadline is a calendar gap, else null. */
    private static IncidentRecord.ObligationEntry gap(IncidentRecord incident, String key) {
        return incident.obligations().stream()
                .filter(o -> o.key().equals(key) && o.status() == ObligationStatus.OPEN && o.dueAt() == null)
                .filter(o -> o.gap() != null && o.gap().kind() == DeadlineGap.Kind.CALENDAR_MISSING)
                .findFirst().orElse(null);
    }

    private String render(IncidentRecord incident, CountedForm form, Map<String, String> errors, Model model) {
        model.addAttribute("incidentId", incident.id().toString());
        model.addAttribute("title", intake.currentFacts(incident.id()).title());
        model.addAttribute("obligation", gap(incident, form.key()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return VIEW;
    }

    private IncidentRecord existing(String id) {
        return records.find(IncidentId.fromPath(id)).orElseThrow(() -> new NoSuchElementException(id));
    }
}
