package io.breachflow.drill;

import io.breachflow.notices.PdfPrinter;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The drill page ({@code /drill}, administrators): pick a scenario, set the pace or step the clock, pause, end the
 * drill and open its report. GET renders, POST acts and redirects with a confirmation; a value the page never
 * offers (a made-up scenario, pace or step) is answered 400 {@code application/problem+json} naming the field.
 */
@Controller
@Profile("drill")
class DrillController {

    /** The steps the page offers. */
    static final Map<String, Duration> STEPS = Map.of("hour", Duration.ofHours(1), "day", Duration.ofDays(1));

    private final Drills drills;
    private final DrillReports reports;

    DrillController(Drills drills, DrillReports reports) {
        this.drills = drills;
        this.reports = reports;
    }

    @GetMapping("/drill")
    String page(Model model, Locale locale) {
        DrillRun run = drills.current().orElse(null);
        Scenario scenario = run == null ? null : Scenarios.find(run.scenario()).orElse(null);
        model.addAttribute("run", run);
        model.addAttribute("scenario", scenario);
        model.addAttribute("scenarios", Scenarios.ALL);
        model.addAttribute("paces", Drills.PACES);
        model.addAttribute("ended", drills.ended());
        model.addAttribute("now", drills.now());
        model.addAttribute("words", reports.words(locale, scenario == null ? java.time.ZoneId.of("UTC") : scenario.zone()));
        return "drill/drill";
    }

    @PostMapping("/drill/start")
    String start(@RequestParam(required = false) String scenario, Authentication user, RedirectAttributes redirect) {
        if (scenario == null || Scenarios.find(scenario).isEmpty()) {
            throw new BadDrillInput("scenario", "Expected one of " + Scenarios.ALL.stream().map(Scenario::id).toList());
        }
        return act(redirect, "drill.flash.started", () -> drills.start(scenario, user.getName()));
    }

    @PostMapping("/drill/pace")
    String pace(@RequestParam(required = false) String pace, @RequestParam(required = false) String paused,
            RedirectAttributes redirect) {
        Duration chosen = parsePace(pace);
        if (paused != null && !List.of("true", "false").contains(paused)) {
            throw new BadDrillInput("paused", "Expected true or false");
        }
        boolean pause = "true".equals(paused);
        String done = paused == null ? "drill.flash.pace" : pause ? "drill.flash.paused" : "drill.flash.resumed";
        return act(redirect, done, () -> {
            DrillRun run = drills.current().orElseThrow(() -> new IllegalStateException("no drill"));
            drills.pace(chosen == null ? run.pace() : chosen, paused == null ? run.paused() : pause);
        });
    }

    @PostMapping("/drill/step")
    String step(@RequestParam(required = false) String step, RedirectAttributes redirect) {
        if ("deadline".equals(step)) {
            return act(redirect, "drill.flash.deadline", () -> {
                if (drills.stepToNextDeadline().isEmpty()) {
                    throw new NoSuchElementException("no deadline ahead");
                }
            });
        }
        Duration by = step == null ? null : STEPS.get(step);
        if (by == null) {
            throw new BadDrillInput("step", "Expected hour, day or deadline");
        }
        return act(redirect, "drill.flash.stepped." + step, () -> drills.step(by));
    }

    @PostMapping("/drill/end")
    String end(Authentication user, Locale locale, RedirectAttributes redirect) {
        try {
            DrillRun ended = drills.end(user.getName(), locale);
            redirect.addFlashAttribute("flash", "drill.flash.ended");
            return "redirect:/drill/runs/" + ended.id() + "/report";
        } catch (IllegalStateException none) {
            redirect.addFlashAttribute("drillError", "drill.error.notRunning");
            return "redirect:/drill";
        }
    }

    @GetMapping("/drill/runs/{id:\\d{1,18}}/report")
    String report(@PathVariable long id, Model model) {
        DrillRun run = drills.find(id).orElseThrow(() -> new ReportNotFound(id));
        model.addAttribute("run", run);
        model.addAttribute("report", drills.report(id).orElseThrow(() -> new ReportNotFound(id)));
        return "drill/report";
    }

    @GetMapping("/drill/runs/{id:\\d{1,18}}/report.pdf")
    ResponseEntity<byte[]> reportPdf(@PathVariable long id) {
        byte[] pdf = PdfPrinter.print(drills.report(id).orElseThrow(() -> new ReportNotFound(id)));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"drill-" + id + "-report.pdf\"").body(pdf);
    }

    /** What every page's DRILL banner and countdowns count from: the drill clock's now and its rate. */
    @GetMapping(path = "/drill/clock", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> clock(Locale locale) {
        DrillRun run = drills.current().orElse(null);
        Scenario scenario = run == null ? null : Scenarios.find(run.scenario()).orElse(null);
        java.time.Instant now = drills.now();
        String text = reports.words(locale, scenario == null ? java.time.ZoneId.of("UTC") : scenario.zone()).at(now);
        return Map.of("now", now.toString(), "text", text, "rate", run == null ? 0 : run.rate(),
                "running", run != null, "paused", run == null || run.paused());
    }

    private static Duration parsePace(String pace) {
        if (pace == null) {
            return null;
        }
        try {
            Duration parsed = Duration.parse(pace);
            if (Drills.PACES.contains(parsed)) {
                return parsed;
            }
        } catch (DateTimeParseException bad) {
            // answered below
        }
        throw new BadDrillInput("pace", "Expected one of " + Drills.PACES);
    }

    private static String act(RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (IllegalStateException conflict) {
            redirect.addFlashAttribute("drillError", conflict.getMessage() != null
                    && conflict.getMessage().startsWith("Expected no drill") ? "drill.error.running" : "drill.error.notRunning");
        } catch (NoSuchElementException none) {
            redirect.addFlashAttribute("drillError", "drill.error.noDeadline");
        }
        return "redirect:/drill";
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> badInput(BadDrillInput bad) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields.");
        problem.setProperty("errors", List.of(Map.of("field", bad.field, "message", bad.getMessage())));
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> notFound(ReportNotFound missing) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, missing.getMessage());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A form value the drill page never offers. */
    static final class BadDrillInput extends RuntimeException {
        private final String field;

        BadDrillInput(String field, String message) {
            super(message);
            this.field = field;
        }
    }

    static final class ReportNotFound extends RuntimeException {
        ReportNotFound(long id) {
            super("Expected a report of drill " + id + ", but there is none");
        }
    }
}
