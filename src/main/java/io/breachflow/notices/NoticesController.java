package io.breachflow.notices;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The notice runs, newest first, each with a progress bar (sent, failed, remaining, rate, ETA) that
 * htmx refreshes every few seconds from {@code /notices/progress}. Reads the run ids from its own
 * module's table and each run's progress through {@link NoticeDispatch}.
 */
@Controller
class NoticesController {

    static final int RUNS_SHOWN = 20;

    /** One run as the page shows it. */
    record RunView(NoticeRun run, RunProgress progress) {

        /** Done rows as a whole percentage of the ledger, 0 for an empty ledger. */
        public long percent() {
            return progress.total() == 0 ? 0 : progress.done() * 100 / progress.total();
        }

        public long etaMinutes() {
            return progress.eta().map(eta -> Math.max(1, eta.toMinutes())).orElse(-1L);
        }
    }

    private final ObjectProvider<NoticeDispatch> dispatch;
    private final JdbcClient jdbc;

    NoticesController(ObjectProvider<NoticeDispatch> dispatch, JdbcClient jdbc) {
        this.dispatch = dispatch;
        this.jdbc = jdbc;
    }

    @GetMapping("/notices")
    String notices(Model model) {
        model.addAttribute("runs", runs());
        return "notices/list";
    }

    @GetMapping("/notices/progress")
    String progress(Model model) {
        model.addAttribute("runs", runs());
        return "notices/list :: runs";
    }

    private List<RunView> runs() {
        NoticeDispatch notices = dispatch.getIfAvailable();
        if (notices == null) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM notice_run ORDER BY id DESC LIMIT ?").param(RUNS_SHOWN)
                .query(Long.class).list().stream()
                .map(id -> new RunView(notices.run(id), notices.progress(id))).toList();
    }
}
