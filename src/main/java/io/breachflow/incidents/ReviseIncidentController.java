package io.breachflow.incidents;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.regimes.BreachFacts;
import io.breachflow.regimes.BreachFactsJson;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /incidents/{id}/revise}: the web form for a scope revision, the same as
 * {@code POST /api/incidents/{id}/revisions}. It shows the facts that usually change (who and how many are
 * affected, which data, the cause, the awareness time, the risk conclusion) prefilled with the latest revision,
 * and sends only what the officer changed; the lifecycle then re-derives the obligations. While the officer
 * types, htmx posts the form with {@code ?preview} and shows beside it the obligations the revision would add,
 * move, supplement or end ({@link RevisionPreview}; nothing is stored).
 */
@Controller
class ReviseIncidentController {

    private static final String VIEW = "incidents/revise";

    /** The form as posted: strings, so a typo comes back next to its field. */
    record ReviseForm(String revisedAt, String note, String awareAt, String affected, List<String> dataCategories,
                      String cause, String highRisk) {

        ReviseForm {
            dataCategories = dataCategories == null ? List.of() : List.copyOf(dataCategories);
        }
    }

    private final IncidentIntake intake;
    private final RevisionPreview preview;
    private final ObjectMapper mapper;
    private final Clock clock;

    ReviseIncidentController(IncidentIntake intake, RevisionPreview preview, ObjectMapper mapper,
            ObjectProvider<Clock> clock) {
        this.intake = intake;
        this.preview = preview;
        this.mapper = mapper;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/incidents/{id}/revise")
    String form(@PathVariable String id, Model model) {
        IncidentId incident = IncidentId.fromPath(id);
        BreachFacts facts = intake.currentFacts(incident);
        String affected = facts.affected().stream().map(a -> a.jurisdiction() + "=" + a.count())
                .collect(Collectors.joining("\n"));
        model.addAttribute("incidentId", incident.toString());
        model.addAttribute("form", new ReviseForm(OffsetDateTime.now(clock).withNano(0).toString(), "",
                facts.awareAt() == null ? "" : facts.awareAt().toString(), affected,
                facts.dataCategories().stream().map(Enum::name).toList(),
                facts.cause() == null ? "" : facts.cause().name(),
                facts.highRisk() == null ? "" : facts.highRisk().toString()));
        model.addAttribute("errors", Map.of());
        return VIEW;
    }

    /** The obligations the revision as typed so far would add or change; stores nothing. */
    @PostMapping(path = "/incidents/{id}/revise", params = "preview")
    String preview(@PathVariable String id, @ModelAttribute("form") ReviseForm form, Model model) {
        IncidentId incident = IncidentId.fromPath(id);
        Map<String, String> errors = new LinkedHashMap<>();
        OffsetDateTime revisedAt = timestamp(form.revisedAt(), "revisedAt", errors);
        ObjectNode changes = changes(form, intake.currentFacts(incident), errors);
        if (errors.isEmpty() && !changes.isEmpty()) {
            try {
                model.addAttribute("diff", preview.of(incident, revisedAt, changes));
            } catch (FactsDocuments.InvalidFactsException invalid) {
                invalid.errors().forEach(error -> errors.putIfAbsent(field(error.get("field")), "revise.error.value"));
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("nothingChanged", errors.isEmpty() && changes.isEmpty());
        model.addAttribute("now", clock.instant());
        return VIEW + " :: preview";
    }

    @PostMapping("/incidents/{id}/revise")
    String revise(@PathVariable String id, @ModelAttribute("form") ReviseForm form, Authentication user, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        IncidentId incident = IncidentId.fromPath(id);
        Map<String, String> errors = new LinkedHashMap<>();
        OffsetDateTime revisedAt = timestamp(form.revisedAt(), "revisedAt", errors);
        ObjectNode changes = changes(form, intake.currentFacts(incident), errors);
        if (errors.isEmpty() && changes.isEmpty()) {
            errors.put("note", "revise.error.nothingChanged");
        }
        if (errors.isEmpty()) {
            try {
                intake.revise(incident, revisedAt, blankToNull(form.note()), changes, user.getName());
                redirect.addFlashAttribute("flash", "revise.done");
                return "redirect:/incidents/" + incident;
            } catch (FactsDocuments.InvalidFactsException invalid) {
                invalid.errors().forEach(error -> errors.putIfAbsent(field(error.get("field")), "revise.error.value"));
            }
        }
        model.addAttribute("incidentId", incident.toString());
        model.addAttribute("errors", errors);
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return VIEW;
    }

    /** Only the fields that differ from the latest facts, in the API's partial-facts shape. */
    private ObjectNode changes(ReviseForm form, BreachFacts facts, Map<String, String> errors) {
        ObjectNode changes = mapper.createObjectNode();
        OffsetDateTime awareAt = blankToNull(form.awareAt()) == null ? null : timestamp(form.awareAt(), "awareAt", errors);
        // to the second, as the picker shows it: an awareness time stored with milliseconds is not changed by a form
        // posted back untouched
        if (awareAt != null && (facts.awareAt() == null || !awareAt.toInstant().truncatedTo(ChronoUnit.SECONDS)
                .equals(facts.awareAt().toInstant().truncatedTo(ChronoUnit.SECONDS)))) {
            changes.put("awareAt", awareAt.toString());
        }
        ArrayNode affected = affected(form.affected(), errors);
        List<String> before = facts.affected().stream().map(a -> a.jurisdiction() + "=" + a.count()).toList();
        List<String> after = affected == null ? before : java.util.stream.StreamSupport.stream(
                affected.spliterator(), false).map(a -> a.get("jurisdiction").asText() + "=" + a.get("count").asLong())
                .toList();
        if (!after.equals(before)) {
            changes.set("affected", affected);
        }
        if (!sameSet(form.dataCategories(), facts)) {
            changes.set("dataCategories", mapper.valueToTree(form.dataCategories()));
        }
        String cause = blankToNull(form.cause());
        if (cause != null && (facts.cause() == null || !cause.equals(facts.cause().name()))) {
            changes.put("cause", cause);
        }
        String highRisk = blankToNull(form.highRisk());
        if (highRisk != null && !Boolean.valueOf(highRisk).equals(facts.highRisk())) {
            changes.put("highRisk", Boolean.valueOf(highRisk));
        }
        return changes;
    }

    private static boolean sameSet(List<String> chosen, BreachFacts facts) {
        return chosen.size() == facts.dataCategories().size()
                && facts.dataCategories().stream().map(Enum::name).allMatch(chosen::contains);
    }

    private ArrayNode affected(String text, Map<String, String> errors) {
        List<BreachFactsJson.AffectedJson> counts = ReportForm.affectedLines(text);
        if (counts == null) {
            errors.put("affected", "obligations.error.affected");
            return null;
        }
        ArrayNode rows = mapper.createArrayNode();
        counts.forEach(count -> rows.addObject().put("jurisdiction", count.jurisdiction()).put("count", count.count()));
        return rows;
    }

    private static OffsetDateTime timestamp(String text, String field, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            errors.put(field, "obligations.error.required");
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.put(field, "obligations.error.timestamp");
            return null;
        }
    }

    private static String field(String path) {
        return path == null ? "note" : path.replaceFirst("^facts\\.", "").replaceFirst("[\\[.].*$", "");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }


    @org.springframework.web.bind.annotation.ExceptionHandler(NoSuchElementException.class)
    String notFound(HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return "error";
    }
}
