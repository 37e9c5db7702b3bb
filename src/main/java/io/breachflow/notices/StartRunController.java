package io.breachflow.notices;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Starts a notice run of an approved letter version from the browser: the case's documents page offers the
 * form under each approved letter, this page shows it on its own and again with what was wrong. The run goes
 * through {@link NoticeDispatch#startRun} like the API's, so the content-hash check and its audit apply;
 * a refusal is explained in words (which hash legal approved, which the letter has now), never a blank page.
 */
@Controller
class StartRunController {

    private final NoticeDrafting letters;
    private final NoticeCohorts cohorts;
    private final NoticeDispatch notices;

    private final io.breachflow.documents.DocumentRevisions revisions;

    StartRunController(NoticeDrafting letters, NoticeCohorts cohorts, NoticeDispatch notices,
            io.breachflow.documents.DocumentRevisions revisions) {
        this.letters = letters;
        this.cohorts = cohorts;
        this.notices = notices;
        this.revisions = revisions;
    }

    /** The form as typed; text, so a wrong number is shown back as it was typed. */
    record RunForm(String cohortId, String contentHash, List<String> channels, String messagesPerSecond,
            String sessions) {

        public boolean hasChannel(String channel) {
            return channels.contains(channel);
        }
    }

    /** Why a run was refused, as a message key and its arguments. */
    record Refusal(String key, List<Object> args) {
    }

    @GetMapping("/notices/letters/{versionId:\\d{1,18}}/run")
    String form(@PathVariable long versionId, Model model) {
        LetterVersion version = version(versionId);
        RunChoices choices = cohorts.runChoices();
        RunForm form = new RunForm("", version.contentHash(), List.of("EMAIL", "SMS", "POST"),
                String.valueOf(choices.messagesPerSecond()), String.valueOf(choices.sessions()));
        return page(model, version, choices, form, Map.of(), null);
    }

    @PostMapping("/notices/letters/{versionId:\\d{1,18}}/run")
    String start(@PathVariable long versionId, @RequestParam(name = "cohortId", required = false) String cohortId,
            @RequestParam(name = "contentHash", required = false) String contentHash,
            @RequestParam(name = "channels", required = false) List<String> channels,
            @RequestParam(name = "messagesPerSecond", required = false) String messagesPerSecond,
            @RequestParam(name = "sessions", required = false) String sessions, Principal user, Model model,
            HttpServletResponse response, RedirectAttributes flash) {
        LetterVersion version = version(versionId);
        RunChoices choices = cohorts.runChoices();
        RunForm form = new RunForm(trim(cohortId), trim(contentHash), channels == null ? List.of() : channels,
                trim(messagesPerSecond), trim(sessions));
        Map<String, String> errors = RunFormCheck.check(form, choices);
        if (!errors.isEmpty()) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, version, choices, form, errors, null);
        }
        long cohort = Long.parseLong(form.cohortId());
        NoticeWave wave = new NoticeWave(Integer.parseInt(form.messagesPerSecond()), Integer.parseInt(form.sessions()),
                RunFormCheck.channels(form));
        ApprovedLetter letter = new ApprovedLetter(version.template() + "@v" + versionId, String.valueOf(versionId),
                form.contentHash());
        try {
            NoticeRun run = notices.startRun(cohort, letter, wave, version.incidentId(), user.getName());
            CohortSummary chosen = cohorts.find(cohort).orElseThrow();
            flash.addFlashAttribute("started", new Started(run.id(), version.regime(), version.number(),
                    chosen.title(), chosen.people()));
            return "redirect:/notices";
        } catch (LetterNotApprovedException refused) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, version, choices, form, Map.of(), refusal(refused, version, form));
        } catch (UnprintableLetterException unprintable) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, version, choices, form, Map.of(), new Refusal("startrun.refused.unprintable",
                    List.of(unprintable.language(), unprintable.characters())));
        } catch (IllegalStateException notReady) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return page(model, version, choices, form, Map.of("cohortId", "startrun.error.cohortNotReady"), null);
        }
    }

    /** The confirmation on {@code /notices} after a start. */
    /** Serializable: a flash attribute, kept in the shared session store between the POST and the redirect. */
    record Started(long runId, String regime, int version, String cohort, long people) implements java.io.Serializable {
    }

    private Refusal refusal(LetterNotApprovedException refused, LetterVersion version, RunForm form) {
        return switch (refused.reason()) {
            case FILES_CHANGED -> new Refusal("startrun.refused.changed",
                    List.of(version.contentHash(), currentHash(version)));
            case HASH_MISMATCH -> new Refusal("startrun.refused.hash",
                    List.of(version.contentHash(), form.contentHash()));
            case NOT_APPROVED -> new Refusal("startrun.refused.notApproved", List.of(version.number()));
            case SUPERSEDED -> revisions.find(io.breachflow.documents.DocumentKind.LETTER, version.id())
                    .filter(io.breachflow.documents.DocumentStamp::superseded)
                    .map(stamp -> new Refusal("startrun.refused.superseded", List.of(version.number(),
                            stamp.factsRevision(), stamp.supersededByRevision())))
                    .orElse(new Refusal("startrun.refused.notApproved", List.of(version.number())));
            default -> new Refusal("startrun.refused.other", List.of(version.number()));
        };
    }

    private String currentHash(LetterVersion version) {
        try {
            return notices.currentContentHash(version.template() + "@v" + version.id());
        } catch (RuntimeException unreadable) {
            return "?";
        }
    }

    private String page(Model model, LetterVersion version, RunChoices choices, RunForm form,
            Map<String, String> errors, Refusal refusal) {
        model.addAttribute("version", version);
        model.addAttribute("choices", choices);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", refusal);
        return "notices/start-run";
    }

    private LetterVersion version(long versionId) {
        return letters.find(versionId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String trim(String value) {
        return value == null ? "" : value.strip();
    }

    /** The checks of the form, apart so the controller stays about the flow. */
    static final class RunFormCheck {

        private static final Set<String> CHANNELS = Set.of("EMAIL", "SMS", "POST");

        private RunFormCheck() {
        }

        static Map<String, String> check(RunForm form, RunChoices choices) {
            Map<String, String> errors = new LinkedHashMap<>();
            Optional<CohortSummary> cohort = form.cohortId().matches("\\d{1,18}")
                    ? choices.cohorts().stream().filter(c -> c.id() == Long.parseLong(form.cohortId())).findFirst()
                    : Optional.empty();
            if (cohort.isEmpty()) {
                errors.put("cohortId", form.cohortId().isEmpty() ? "startrun.error.cohortMissing" : "startrun.error.cohortUnknown");
            }
            if (form.channels().isEmpty() || !CHANNELS.containsAll(form.channels())) {
                errors.put("channels", "startrun.error.channels");
            }
            if (!between(form.messagesPerSecond(), 0, 100_000)) {
                errors.put("messagesPerSecond", "startrun.error.rate");
            }
            if (!between(form.sessions(), 1, 64)) {
                errors.put("sessions", "startrun.error.sessions");
            }
            if (!form.contentHash().matches("[0-9a-f]{64}")) {
                errors.put("contentHash", "startrun.error.hash");
            }
            return errors;
        }

        static Set<Channel> channels(RunForm form) {
            Set<Channel> channels = EnumSet.noneOf(Channel.class);
            form.channels().forEach(name -> channels.add(Channel.valueOf(name)));
            return channels;
        }

        private static boolean between(String value, int min, int max) {
            if (!value.matches("\\d{1,6}")) {
                return false;
            }
            int n = Integer.parseInt(value);
            return n >= min && n <= max;
        }
    }
}
