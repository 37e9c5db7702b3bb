package io.breachflow.notices;

import io.breachflow.incidents.IncidentId;
import io.breachflow.incidents.IncidentRecords;
import io.breachflow.incidents.IncidentSummary;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The cohorts page: officers and the DPO import a named CSV cohort (the upload streams to disk, the import
 * streams into the database, the page's script shows the upload's progress); everyone who may see cohorts
 * (also auditors) lists them, opens one to see its counts and its rejects, and downloads all rejects as CSV.
 * No page shows a person's data: counts, line numbers and reasons only.
 */
@Controller
class CohortsController {

    /** Rejects per page of a cohort. */
    static final int REJECTS_SHOWN = 100;
    private static final int NAME_MAX = 200;

    private final NoticeCohorts cohorts;
    private final IncidentRecords incidents;
    private final ApplicationEventPublisher events;

    CohortsController(NoticeCohorts cohorts, IncidentRecords incidents, ApplicationEventPublisher events) {
        this.cohorts = cohorts;
        this.incidents = incidents;
        this.events = events;
    }

    /** The upload form as typed: the file itself is not kept after a refusal, the rest is. */
    record CohortForm(String name, String incidentId) {
    }

    @GetMapping("/notices/cohorts")
    String list(Model model) {
        return page(model, new CohortForm("", ""), Map.of());
    }

    @PostMapping("/notices/cohorts")
    String importCohort(@RequestParam(name = "name", required = false) String name,
            @RequestParam(name = "incidentId", required = false) String incidentId,
            @RequestParam(name = "file", required = false) MultipartFile file, Principal user, Model model,
            HttpServletResponse response, RedirectAttributes flash) throws IOException {
        CohortForm form = new CohortForm(name == null ? "" : name.strip(), incidentId == null ? "" : incidentId.strip());
        Map<String, String> errors = check(form, file);
        if (errors.isEmpty()) {
            try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                CohortImport imported = cohorts.importCsv(new NewCohort(label(file), form.name(),
                        form.incidentId().isEmpty() ? null : form.incidentId(), user.getName()), csv);
                flash.addFlashAttribute("imported", imported);
                return "redirect:/notices/cohorts/" + imported.cohortId();
            } catch (CohortNameTakenException taken) {
                errors.put("name", "cohorts.error.nameTaken");
            } catch (IllegalArgumentException | UncheckedIOException unreadable) {
                errors.put("file", unreadable.getMessage() != null && unreadable.getMessage().startsWith("Expected the header")
                        ? "cohorts.error.header" : "cohorts.error.unreadable");
            }
        }
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        return page(model, form, errors);
    }

    @GetMapping("/notices/cohorts/{id:\\d{1,18}}")
    String cohort(@PathVariable long id, @RequestParam(name = "page", defaultValue = "1") String page, Model model,
            Locale locale) {
        CohortSummary cohort = cohorts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        long total = cohort.rejected() + cohort.duplicates();
        long pages = Math.max(1, (total + REJECTS_SHOWN - 1) / REJECTS_SHOWN);
        long current = page.matches("\\d{1,9}") ? Math.min(Math.max(1, Long.parseLong(page)), pages) : 1;
        model.addAttribute("cohort", cohort);
        model.addAttribute("incidentTitle", incidentTitle(cohort.incidentId()));
        CohortCounts counts = cohorts.counts(id);
        model.addAttribute("counts", counts);
        model.addAttribute("jurisdictionNames", counts.byJurisdiction().stream().collect(Collectors.toMap(
                CohortCounts.Count::code, c -> CohortWords.jurisdiction(c.code(), locale), (a, b) -> a)));
        model.addAttribute("rejects", cohorts.rejects(id, (current - 1) * REJECTS_SHOWN, REJECTS_SHOWN).stream()
                .map(CohortWords::row).toList());
        model.addAttribute("rejectTotal", total);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        return "notices/cohort";
    }

    /** Every reject as {@code line,reason}; streamed, recorded in the access log. */
    @GetMapping("/notices/cohorts/{id:\\d{1,18}}/rejects.csv")
    void rejects(@PathVariable long id, Principal user, HttpServletResponse response) throws IOException {
        CohortSummary cohort = cohorts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        events.publishEvent(new CohortRejectsExported(user.getName(), id, cohort.incidentId(),
                cohort.rejected() + cohort.duplicates()));
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"cohort-" + id + "-rejects.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        cohorts.writeRejects(id, out);
        out.flush();
    }

    private String page(Model model, CohortForm form, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("cohorts", cohorts.recent());
        model.addAttribute("incidents", incidents.summaries());
        return "notices/cohorts";
    }

    private Map<String, String> check(CohortForm form, MultipartFile file) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.name().isEmpty()) {
            errors.put("name", "cohorts.error.nameMissing");
        } else if (form.name().length() > NAME_MAX || form.name().chars().anyMatch(Character::isISOControl)) {
            errors.put("name", "cohorts.error.nameInvalid");
        } else if (cohorts.nameTaken(form.name())) {
            errors.put("name", "cohorts.error.nameTaken");
        }
        if (!form.incidentId().isEmpty() && !knownIncident(form.incidentId())) {
            errors.put("incidentId", "cohorts.error.incident");
        }
        if (file == null || file.isEmpty()) {
            errors.put("file", "cohorts.error.fileMissing");
        }
        return errors;
    }

    private boolean knownIncident(String id) {
        try {
            return incidents.exists(IncidentId.of(id));
        } catch (IllegalArgumentException notAnId) {
            return false;
        }
    }

    private String incidentTitle(String incidentId) {
        if (incidentId == null) {
            return null;
        }
        List<IncidentSummary> all = incidents.summaries();
        return all.stream().filter(i -> i.id().toString().equals(incidentId)).map(IncidentSummary::title)
                .findFirst().orElse(null);
    }

    /** The file name without any path a browser may send, kept for the label; bounded and printable. */
    private static String label(MultipartFile file) {
        String name = file.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return "upload";
        }
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return name.isBlank() ? "upload" : name.length() > 200 ? name.substring(0, 200) : name;
    }
}
