package io.breachflow.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tasklist's front door: takes over user-task jobs from {@code workflow}, lists them, and lets the
 * right people claim and complete them.
 *
 * <p>Rules enforced here, whatever the caller: only holders of a role matching one of the task's
 * candidate groups ({@code compliance-officer} → {@code COMPLIANCE_OFFICER}) may claim or complete;
 * the completer of an approval form must not be who completed the drafting form for the same incident
 * and subject (four-eyes, {@link TaskForms#APPROVES}); an approval naming a {@code contentHash} must name
 * the hash of the version pending approval ({@link ApprovalDocuments}); a task completes once. Completion publishes
 * {@link HumanTaskCompleted} in the same transaction.
 */
@Service
public class HumanTasks {

    private final Tasks tasks;
    private final ApplicationEventPublisher events;
    private final ObjectMapper mapper;
    private final Clock clock;
    private final ObjectProvider<ApprovalDocuments> documents;

    HumanTasks(Tasks tasks, ApplicationEventPublisher events, ObjectMapper mapper, ObjectProvider<Clock> clock,
            ObjectProvider<ApprovalDocuments> documents) {
        this.tasks = tasks;
        this.events = events;
        this.mapper = mapper;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.documents = documents;
    }

    /** Adds the task to the inbox; a job handed over again (re-activated) is ignored. */
    @Transactional
    public boolean open(NewHumanTask task) {
        return tasks.insertIfAbsent(task, clock.instant());
    }

    /** What the process told whoever takes task {@code id}, if anything. */
    @Transactional(readOnly = true)
    public Optional<String> noteOf(long id) {
        return tasks.note(id);
    }

    /** The last completed {@code formKey} form about {@code subjectKey} of the incident, with who completed it. */
    @Transactional(readOnly = true)
    public Optional<CompletedForm> lastCompleted(String incidentId, String formKey, String subjectKey) {
        return tasks.lastCompleted(incidentId, formKey, false, subjectKey);
    }

    /** Open tasks, optionally only those for {@code candidateGroup} and/or assigned to {@code assignee}. */
    @Transactional(readOnly = true)
    public List<HumanTask> openTasks(String candidateGroup, String assignee) {
        return tasks.open().stream()
                .filter(task -> candidateGroup == null || task.candidateGroups().contains(candidateGroup))
                .filter(task -> assignee == null || assignee.equals(task.assignee()))
                .toList();
    }

    /**
     * As {@link #openTasks(String, String)}, only the tasks {@code viewer} may see: assigned to them or of
     * a candidate group their roles name; the DPO, administrators and auditors see all.
     */
    @Transactional(readOnly = true)
    public List<HumanTask> openTasks(String candidateGroup, String assignee, Actor viewer) {
        Visibility visibility = Visibility.of(viewer);
        return openTasks(candidateGroup, assignee).stream().filter(visibility::sees).toList();
    }

    /** Open tasks of one incident. */
    @Transactional(readOnly = true)
    public List<HumanTask> openForIncident(String incidentId) {
        return tasks.openForIncident(incidentId);
    }

    /** One completed form: who submitted what, when ({@code form} is the submitted JSON). */
    public record CompletedForm(long taskId, String name, String formKey, String completedBy,
                                Instant completedAt, String form) {
    }

    /** The task, for showing its form. */
    @Transactional(readOnly = true)
    public HumanTask get(long id) {
        return tasks.find(id).orElseThrow(() -> new TaskRefusedException(
                TaskRefusedException.Reason.NOT_FOUND, "Expected task " + id + ", but there is none"));
    }

    /**
     * The forms completed earlier about the same incident and subject, oldest first: the draft a
     * legal reviewer approves, the comments a redrafter must address.
     */
    @Transactional(readOnly = true)
    public List<CompletedForm> history(long id) {
        HumanTask task = get(id);
        if (task.incidentId() == null || task.subjectKey() == null) {
            return List.of();
        }
        return tasks.history(task.incidentId(), task.subjectKey());
    }

    /** The last completed form with {@code formKey} about the incident: who decided what, and why. */
    @Transactional(readOnly = true)
    public Optional<CompletedForm> lastCompleted(String incidentId, String formKey) {
        return tasks.lastCompleted(incidentId, formKey, true, null);
    }

    /** Every completed task of the incident, oldest first: who submitted which form when (case timeline). */
    @Transactional(readOnly = true)
    public List<CompletedForm> completedForIncident(String incidentId) {
        return tasks.completedForIncident(incidentId);
    }

    /** Ids of all open tasks, for reconciling them with the engine. */
    @Transactional(readOnly = true)
    public List<Long> openTaskIds() {
        return tasks.openIds();
    }

    /** Removes an open task from every inbox: its process no longer waits for it (cancelled). */
    @Transactional
    public boolean cancel(long id) {
        return tasks.cancel(id);
    }

    /** Assigns the task to {@code actor}. */
    @Transactional
    public HumanTask claim(long id, Actor actor) {
        HumanTask task = mayAct(id, actor);
        if (!tasks.claim(id, actor.username())) {
            throw new TaskRefusedException(TaskRefusedException.Reason.CONFLICT,
                    "Expected an open task not claimed by someone else, but task " + id + " is claimed");
        }
        events.publishEvent(new HumanTaskAssigned(id, actor.username()));
        return tasks.find(id).orElseThrow();
    }

    /** Gives the task back to its candidate groups; only its assignee may. */
    @Transactional
    public HumanTask unclaim(long id, Actor actor) {
        mayAct(id, actor);
        if (!tasks.unclaim(id, actor.username())) {
            throw new TaskRefusedException(TaskRefusedException.Reason.CONFLICT,
                    "Expected a task claimed by the user, but task " + id + " is not");
        }
        events.publishEvent(new HumanTaskAssigned(id, null));
        return tasks.find(id).orElseThrow();
    }

    /**
     * Records a deadline reminder for every task, open now or later, about {@code subjectKey} of the
     * incident: the inbox shows it as a badge.
     */
    @Transactional
    public void remind(String incidentId, String subjectKey) {
        tasks.insertReminder(incidentId, subjectKey, false, clock.instant());
    }

    /** The deadline behind the open tasks about {@code subjectKey} moved (a scope revision, a hold). */
    @Transactional
    public void reschedule(String incidentId, String subjectKey, String dueAt) {
        tasks.reschedule(incidentId, subjectKey, dueAt);
    }

    /** The open tasks about {@code subjectKey} of the incident. */
    @Transactional(readOnly = true)
    public List<HumanTask> openForSubject(String incidentId, String subjectKey) {
        return tasks.openForIncident(incidentId).stream().filter(task -> subjectKey.equals(task.subjectKey()))
                .toList();
    }

    /** As {@link #remind}, for a deadline reached while the work is still open. */
    @Transactional
    public void escalate(String incidentId, String subjectKey) {
        tasks.insertReminder(incidentId, subjectKey, true, clock.instant());
    }

    /** Completes the task with the submitted form; the form is validated for the task's form key. */
    @Transactional
    public void complete(long id, Actor actor, Map<String, Object> form) {
        HumanTask task = mayAct(id, actor);
        Map<String, Object> variables = TaskForms.validate(task.formKey(), form);
        checkContentHash(task, form.get(TaskForms.CONTENT_HASH));
        if (!tasks.complete(id, actor.username(), json(form), clock.instant())) {
            throw new TaskRefusedException(TaskRefusedException.Reason.CONFLICT,
                    "Expected an open task not claimed by someone else, but task " + id + " is not");
        }
        events.publishEvent(new HumanTaskCompleted(id, task.formKey(), task.incidentId(), variables));
    }

    private HumanTask mayAct(long id, Actor actor) {
        HumanTask task = tasks.find(id).orElseThrow(() -> new TaskRefusedException(
                TaskRefusedException.Reason.NOT_FOUND, "Expected task " + id + ", but there is none"));
        if (task.state() != HumanTask.State.OPEN) {
            throw new TaskRefusedException(TaskRefusedException.Reason.CONFLICT,
                    "Expected an open task, but task " + id + " is " + task.state());
        }
        if (!holdsCandidateRole(task, actor)) {
            throw new TaskRefusedException(TaskRefusedException.Reason.FORBIDDEN,
                    "Expected one of the roles for groups " + task.candidateGroups() + ", but the user has none");
        }
        String drafting = TaskForms.APPROVES.get(task.formKey());
        if (drafting != null && tasks.lastCompletedBy(drafting, task.incidentId(),
                task.subjectKey()).filter(actor.username()::equals).isPresent()) {
            throw new TaskRefusedException(TaskRefusedException.Reason.FORBIDDEN,
                    "Expected an approver other than the drafter (four-eyes), but the user drafted it");
        }
        return task;
    }

    /**
     * An approval naming a content hash must name the hash of the version pending approval now: otherwise
     * the text was redrafted after the approver saw it, and approving would approve unseen text.
     */
    private void checkContentHash(HumanTask task, Object posted) {
        if (!(posted instanceof String hash) || hash.isBlank()) {
            return;
        }
        ApprovalDocuments approval = documents.getIfAvailable();
        String pending = approval == null ? null : approval.pendingHash(task).orElse(null);
        if (!hash.strip().equals(pending)) {
            throw new TaskRefusedException(TaskRefusedException.Reason.CONFLICT, "Expected the content hash of the "
                    + "version pending approval, " + pending + ", but the form names " + hash.strip()
                    + " (stale content hash: the text was redrafted after it was shown)");
        }
    }

    /** Whether {@code actor} holds a role of the task's candidate groups, so may act on it at all. */
    static boolean holdsCandidateRole(HumanTask task, Actor actor) {
        if (task.candidateGroups().isEmpty()) {
            return actor.username().equals(task.assignee());
        }
        return task.candidateGroups().stream().map(HumanTasks::role).anyMatch(actor.roles()::contains);
    }

    /** {@code compliance-officer} → {@code COMPLIANCE_OFFICER}. */
    static String role(String candidateGroup) {
        return candidateGroup.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    }

    private String json(Map<String, Object> form) {
        try {
            return mapper.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Expected a form to serialise, but it did not", e);
        }
    }
}
