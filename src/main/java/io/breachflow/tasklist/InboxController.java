package io.breachflow.tasklist;

import io.breachflow.regimes.DeadlineWords;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The inbox: the open tasks the signed-in person may see, most pressing deadline first, 50 a page.
 * htmx refreshes the counts and the list in place and posts claim/unclaim, which answer with the
 * list; without JavaScript the same forms post and redirect.
 */
@Controller
class InboxController {

    static final int PAGE_SIZE = 50;

    /** The filters and page as the browser sends them. */
    record InboxForm(String incident, String form, String regime, Boolean mine, Integer page) {

        InboxQueries.Filter filter() {
            return new InboxQueries.Filter(incident, form, regime, Boolean.TRUE.equals(mine));
        }

        int pageIndex() {
            return page == null || page < 0 ? 0 : page;
        }
    }

    /**
     * One row: the task, how pressing it is, its deadline read from the text it is kept as (null without one)
     * with the application's {@code now} the countdown counts from, and whether the signed-in person may act on
     * it (claim, give back): the DPO, auditors and admins see every task but may act only on their own groups'.
     */
    record Row(HumanTask task, Urgency urgency, OffsetDateTime dueAt, Instant now, boolean mayAct,
            String incidentTitle, DraftSheets.RevisionNote document) {
    }

    private final InboxQueries queries;
    private final HumanTasks tasks;
    private final ObjectProvider<DraftSheets> sheets;
    private final Clock clock;

    InboxController(InboxQueries queries, HumanTasks tasks, ObjectProvider<DraftSheets> sheets,
            ObjectProvider<Clock> clock) {
        this.queries = queries;
        this.tasks = tasks;
        this.sheets = sheets;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/inbox")
    String inbox(@ModelAttribute("filters") InboxForm form, Authentication user, Model model) {
        InboxQueries.Counts counts = queries.recentCounts(visibility(user), clock.instant());
        model.addAttribute("counts", counts);
        // unfiltered, the page's total is the open count just taken: one scan of the open tasks, not two
        rows(form, user, model, form.filter().equals(InboxQueries.Filter.NONE) ? counts.open() : null);
        model.addAttribute("formKeys", TaskForms.formKeys());
        model.addAttribute("regimes", queries.regimes());
        return "tasklist/inbox";
    }

    @GetMapping("/inbox/list")
    String list(@ModelAttribute("filters") InboxForm form, Authentication user, Model model) {
        rows(form, user, model, null);
        return "tasklist/inbox :: list";
    }

    private void rows(InboxForm form, Authentication user, Model model, Long knownTotal) {
        Actor actor = TasksApiController.actor(user);
        Visibility visibility = Visibility.of(actor);
        Instant now = clock.instant();
        var page = queries.page(visibility, form.filter(), form.pageIndex(), PAGE_SIZE);
        DraftSheets desk = sheets.getIfAvailable();
        Map<Long, DraftSheets.RevisionNote> notes = desk == null ? Map.of()
                : desk.revisionNotes(page.stream().map(t -> t.task()).toList());
        Map<String, String> titles = new java.util.HashMap<>();
        List<Row> rows = page.stream()
                .map(t -> new Row(t.task(), Urgency.of(t.task().dueAt(), t.createdAt(), now),
                        DeadlineWords.parse(t.task().dueAt()), now, HumanTasks.holdsCandidateRole(t.task(), actor),
                        t.task().incidentId() == null || desk == null ? null : titles.computeIfAbsent(
                                t.task().incidentId(), incidentId -> desk.caseTitle(incidentId).orElse(null)),
                        notes.get(t.task().id())))
                .toList();
        long total = knownTotal != null ? knownTotal : queries.count(visibility, form.filter());
        model.addAttribute("rows", rows);
        model.addAttribute("total", total);
        model.addAttribute("page", form.pageIndex());
        model.addAttribute("lastPage", Math.max(0, (total - 1) / PAGE_SIZE));
        model.addAttribute("me", user.getName());
    }

    @GetMapping("/inbox/counts")
    String counts(Authentication user, Model model) {
        model.addAttribute("counts", queries.recentCounts(visibility(user), clock.instant()));
        return "tasklist/inbox :: counts";
    }

    @PostMapping("/inbox/tasks/{id}/claim")
    String claim(@PathVariable long id, @ModelAttribute("filters") InboxForm form, Authentication user,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        return act(() -> tasks.claim(id, TasksApiController.actor(user)), form, user, htmx, model);
    }

    @PostMapping("/inbox/tasks/{id}/unclaim")
    String unclaim(@PathVariable long id, @ModelAttribute("filters") InboxForm form, Authentication user,
            @RequestHeader(value = "HX-Request", required = false) String htmx, Model model) {
        return act(() -> tasks.unclaim(id, TasksApiController.actor(user)), form, user, htmx, model);
    }

    private String act(Runnable action, InboxForm form, Authentication user, String htmx, Model model) {
        try {
            action.run();
        } catch (TaskRefusedException refused) {
            model.addAttribute("refusal", "task.refused." + refused.reason().name());
        }
        if (htmx == null && !model.containsAttribute("refusal")) {
            return "redirect:/inbox";
        }
        return htmx == null ? inbox(form, user, model) : list(form, user, model);
    }

    private static Visibility visibility(Authentication user) {
        return Visibility.of(TasksApiController.actor(user));
    }
}
