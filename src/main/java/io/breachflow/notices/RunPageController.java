package io.breachflow.notices;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One notice run: its progress and counts, the letter version it sends, the run it re-sent a corrected letter for
 * or the re-notices ordered for it, and, for officers and the DPO on a finished run, the Re-notify form. Counts,
 * ids and the order's text only: no personal data on this page.
 */
@Controller
class RunPageController {

    private final NoticeDispatch notices;
    private final NoticeRenotices renotices;
    private final NoticeDrafting letters;

    RunPageController(NoticeDispatch notices, NoticeRenotices renotices, NoticeDrafting letters) {
        this.notices = notices;
        this.renotices = renotices;
        this.letters = letters;
    }

    /** The Re-notify form as posted; the checkbox is absent when not ticked. */
    record RenoticeForm(String reason, String orderReference, String includeUnreached) {

        static RenoticeForm empty() {
            return new RenoticeForm("", "", null);
        }

        public boolean unreached() {
            return "true".equals(includeUnreached) || "on".equals(includeUnreached);
        }
    }

    /** A re-notice with where it stands, for the page. */
    record RenoticeRow(Renotice renotice, RenoticeState state, Integer letterNumber) {
    }

    @GetMapping("/notices/runs/{id:\\d{1,18}}")
    String run(@PathVariable long id, Model model) {
        show(id, model, RenoticeForm.empty(), Map.of());
        return "notices/run";
    }

    @PostMapping("/notices/runs/{id:\\d{1,18}}/renotice")
    String renotice(@PathVariable long id, @ModelAttribute RenoticeForm form, Principal user, Model model,
            RedirectAttributes flash, HttpServletResponse response) {
        Map<String, String> errors = check(form);
        if (errors.isEmpty()) {
            try {
                Renotice renotice = renotices.request(id, new RenoticeOrder(form.reason(), blankToNull(form.orderReference()),
                        form.unreached(), Map.of()), user.getName());
                flash.addFlashAttribute("done", "renotice.requested");
                flash.addFlashAttribute("letterNumber", letterNumber(renotice.letterVersionId()));
                return "redirect:/notices/runs/" + id;
            } catch (RunNotFinishedException notFinished) {
                errors.put("form", "renotice.refused.notFinished");
            } catch (NoSuchElementException unknown) {
                throw new ResponseStatusException(HttpStatus.NOT_FOUND);
            } catch (IllegalStateException | IllegalArgumentException refused) {
                errors.put("form", "renotice.refused.open");
            }
        }
        response.setStatus(errors.containsKey("form") ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
        show(id, model, form, errors);
        return "notices/run";
    }

    private void show(long id, Model model, RenoticeForm form, Map<String, String> errors) {
        NoticeRun run;
        try {
            run = notices.run(id);
        } catch (NoSuchElementException unknown) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        RunProgress progress = notices.progress(id);
        Optional<Renotice> renoticeOf = renotices.ofLaterRun(id);
        List<RenoticeRow> ordered = renotices.ofEarlierRun(id).stream().map(r -> new RenoticeRow(r, renotices.state(r),
                letterNumber(r.letterVersionId()))).toList();
        model.addAttribute("run", run);
        model.addAttribute("progress", progress);
        model.addAttribute("row", new NoticesController.RunRow(run, progress));
        model.addAttribute("letter", renotices.letterOf(run).orElse(null));
        model.addAttribute("renoticeOf", renoticeOf.orElse(null));
        model.addAttribute("renotices", ordered);
        model.addAttribute("finished", progress.status() == RunStatus.COMPLETED || progress.status() == RunStatus.CANCELLED);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
    }

    private Integer letterNumber(Long versionId) {
        return versionId == null ? null : letters.find(versionId).map(LetterVersion::number).orElse(null);
    }

    private static Map<String, String> check(RenoticeForm form) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (form.reason() == null || form.reason().isBlank()) {
            errors.put("reason", "renotice.error.reason.missing");
        } else if (form.reason().length() > 2000 || hasControl(form.reason())) {
            errors.put("reason", "renotice.error.reason.invalid");
        }
        if (form.orderReference() != null && (form.orderReference().length() > 100 || hasControl(form.orderReference())
                || form.orderReference().contains("\n"))) {
            errors.put("orderReference", "renotice.error.orderReference.invalid");
        }
        return errors;
    }

    private static boolean hasControl(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
