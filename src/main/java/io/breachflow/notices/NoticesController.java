package io.breachflow.notices;

import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notice runs with their progress (sent of total, rate, ETA); officers and the DPO pause, resume
 * and cancel them here. Counts only: no personal data on this page.
 */
@Controller
class NoticesController {

    private static final int SHOWN = 50;

    private final NoticeDispatch notices;

    NoticesController(NoticeDispatch notices) {
        this.notices = notices;
    }

    /** One line of the runs table. */
    record RunRow(NoticeRun run, RunProgress progress) {

        /** Share of the ledger in each final state, in percent of all rows, for the progress bar. */
        public double percent(long rows) {
            return progress.total() == 0 ? 0 : rows * 100.0 / progress.total();
        }

        public long percentDone() {
            return progress.total() == 0 ? 0 : progress.done() * 100 / progress.total();
        }

        public Long etaMinutes() {
            return progress.eta().map(d -> Math.max(1, d.toMinutes())).orElse(null);
        }
    }

    @GetMapping("/notices")
    String notices(Model model) {
        model.addAttribute("runs", runs());
        return "notices/list";
    }

    /** The runs table alone, which the page polls (htmx) so progress moves without reloading. */
    @GetMapping("/notices/progress")
    String progress(Model model) {
        model.addAttribute("runs", runs());
        return "notices/list :: runs";
    }

    private List<RunRow> runs() {
        return notices.recentRuns(SHOWN).stream().map(run -> new RunRow(run, notices.progress(run.id()))).toList();
    }

    @PostMapping("/notices/runs/{id}/{action:pause|resume|cancel}")
    String act(@PathVariable long id, @PathVariable String action, Principal user, RedirectAttributes flash) {
        try {
            switch (action) {
                case "pause" -> notices.pause(id, user.getName());
                case "resume" -> notices.resume(id, user.getName());
                default -> notices.cancel(id, user.getName());
            }
            flash.addFlashAttribute("done", "notices.runs.done." + action);
        } catch (UnprintableLetterException unprintable) {
            flash.addFlashAttribute("refused", "notices.runs.refused.unprintable");
            flash.addFlashAttribute("refusedLanguage", unprintable.language());
            flash.addFlashAttribute("refusedCharacters", unprintable.characters());
        } catch (LetterNotApprovedException notApproved) {
            flash.addFlashAttribute("refused", "notices.runs.refused.notApproved");
        } catch (IllegalStateException | NoSuchElementException refused) {
            flash.addFlashAttribute("refused", "notices.runs.refused");
        }
        flash.addFlashAttribute("runId", id);
        return "redirect:/notices";
    }
}
