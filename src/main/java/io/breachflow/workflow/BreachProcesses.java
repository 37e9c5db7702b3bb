package io.breachflow.workflow;

import io.breachflow.incidents.IncidentId;
import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that starts and talks to breach processes, embedded engine or real cluster alike.
 * Variables carry ids, codes and dates only.
 */
@Service
public class BreachProcesses {

    static final String LIFECYCLE = "Process_BreachLifecycle";
    static final String DETECTION = "Process_Detection";
    static final String RENOTICE = "Process_Renotice";
    static final String SCOPE_REVISED = "Message_ScopeRevised";
    static final String DEADLINE_MOVED = "Message_DeadlineMoved";
    static final String OBLIGATION_WITHDRAWN = "Message_ObligationWithdrawn";
    static final String REFERRAL_REQUESTED = "Message_PoliceReferralRequested";
    static final String NOTICE_RUN_FINISHED = "Message_NoticeRunFinished";
    static final String REGULATOR_QUESTION = "Message_RegulatorQuestion";
    static final String FACTS_CHANGED = "Message_FactsChanged";
    static final String HOLD_LIFTED = "Message_HoldLifted";

    /**
     * How long a message about one obligation waits for its process: long enough for an obligation process
     * that is still starting, short enough that a stale one cannot re-time a later process.
     */
    private static final Duration OBLIGATION_MESSAGE_TTL = Duration.ofHours(1);

    /** How long a revision waits for its lifecycle when it arrives before the instance subscribes. */
    private static final Duration REVISION_TTL = Duration.ofDays(1);

    private static final Logger log = LoggerFactory.getLogger(BreachProcesses.class);

    private final CamundaClient client;
    private final ProcessInstances instances;
    private final CamundaUserTasks userTasks;
    private final Clock clock;
    private final Duration triageWindow;

    BreachProcesses(CamundaClient client, ProcessInstances instances, CamundaUserTasks userTasks,
            ObjectProvider<Clock> clock,
            @Value("${breachflow.workflow.triage-window:PT24H}") Duration triageWindow) {
        if (triageWindow.isNegative() || triageWindow.isZero()) {
            throw new IllegalArgumentException("Expected a positive breachflow.workflow.triage-window, but got "
                    + triageWindow);
        }
        this.client = client;
        this.instances = instances;
        this.userTasks = userTasks;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.triageWindow = triageWindow;
    }

    /**
     * Starts the breach lifecycle for {@code incident} unless it has one; call inside a transaction, so a
     * failed start leaves no claim behind and a repeated call starts nothing.
     *
     * @return the key of the instance started, or empty when the incident already had one
     */
    @Transactional
    public OptionalLong startLifecycle(IncidentId incident, List<String> obligationKeys) {
        return startOnce(incident, LIFECYCLE,
                Map.of("incidentId", incident.toString(), "reportedObligationKeys", obligationKeys));
    }

    /**
     * Starts the triage of a suspected incident unless it has one (as {@link #startLifecycle}). The triage
     * task is due {@code breachflow.workflow.triage-window} (default 24 h) after {@code firstObservedAt}, when
     * the first signal was observed (now, for an event from before signals carried it); the model computes it.
     */
    @Transactional
    public OptionalLong startDetection(IncidentId suspectedIncident, OffsetDateTime firstObservedAt) {
        OffsetDateTime from = firstObservedAt != null ? firstObservedAt : OffsetDateTime.now(clock);
        return startOnce(suspectedIncident, DETECTION, Map.of("incidentId", suspectedIncident.toString(),
                "triageFrom", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(from),
                "triageWindow", triageWindow.toString()));
    }

    /**
     * Starts the re-notice process for re-notice {@code renoticeId} unless it has one (as {@link #startLifecycle}):
     * the corrected letter's approval, then its run. {@code obligation} carries only the task subject key.
     */
    @Transactional
    public OptionalLong startRenotice(String incidentId, long renoticeId, long earlierRunId, String subjectKey) {
        String marker = "renotice/" + renoticeId;
        if (!instances.claim(incidentId, marker, clock.instant())) {
            return OptionalLong.empty();
        }
        long key = client.newCreateInstanceCommand().bpmnProcessId(RENOTICE).latestVersion()
                .variables(Map.of("incidentId", incidentId, "renoticeId", renoticeId, "earlierRunId", earlierRunId,
                        "obligation", Map.of("key", subjectKey)))
                .send().join().getProcessInstanceKey();
        instances.started(incidentId, marker, key);
        return OptionalLong.of(key);
    }

    /** The re-notice instances of {@code incident} (each started on its own, not called by the lifecycle). */
    @Transactional(readOnly = true)
    public java.util.List<Long> renoticesOf(IncidentId incident) {
        return instances.instancesMarked(incident.toString(), "renotice/");
    }

    /** The lifecycle instance of {@code incident}, if one was started. */
    @Transactional(readOnly = true)
    public OptionalLong lifecycleOf(IncidentId incident) {
        return instances.instanceOf(incident.toString(), LIFECYCLE);
    }

    private OptionalLong startOnce(IncidentId incident, String processId, Map<String, Object> variables) {
        if (!instances.claim(incident.toString(), processId, clock.instant())) {
            return OptionalLong.empty();
        }
        long key = client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables)
                .send().join().getProcessInstanceKey();
        instances.started(incident.toString(), processId, key);
        return OptionalLong.of(key);
    }

    /** Tells the incident's lifecycle that revision {@code revision} of its facts exists. */
    public void announceRevision(IncidentId incident, int revision) {
        client.newPublishMessageCommand().messageName(SCOPE_REVISED).correlationKey(incident.toString())
                .messageId(incident + "/" + revision).timeToLive(REVISION_TTL)
                .variables(Map.of("revision", revision)).send().join();
    }

    /**
     * Re-times the reminders and escalation of the obligation's running process ({@code obligation} is its
     * new variables); {@code holdUntil}, when set, keeps a notice run waiting until then.
     */
    public void moveDeadline(String incidentId, Map<String, Object> obligation, String holdUntil, String cause) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("obligation", obligation);
        if (holdUntil != null) {
            variables.put("holdUntil", holdUntil);
        }
        publishOnce(DEADLINE_MOVED, incidentId + "/" + obligation.get("key"), cause, OBLIGATION_MESSAGE_TTL,
                variables);
    }

    /**
     * Tells the obligation's process that the document in hand was superseded by a revision, so its drafting,
     * approval and sending start again from the redraft. Not buffered: a process with no document in flight
     * (drafting, or already sent) has nothing to redo, and a buffered message must never reach the redraft.
     */
    public void factsChanged(String incidentId, String obligationKey, int revision) {
        publishOnce(FACTS_CHANGED, incidentId + "/" + obligationKey,
                "facts-changed/" + incidentId + "/" + obligationKey + "/revision-" + revision, Duration.ZERO, Map.of());
    }

    /**
     * Tells a notice waiting for a law-enforcement hold to end that the hold was lifted: it goes now, or waits
     * for {@code holdUntil}, the end of a hold that still covers it. Not buffered: a notice not yet waiting reads
     * the hold from its variables when it gets there.
     */
    public void holdLifted(String incidentId, String obligationKey, String holdUntil, String cause) {
        publishOnce(HOLD_LIFTED, incidentId + "/" + obligationKey, cause, Duration.ZERO,
                Map.of("holdUntil", holdUntil));
    }

    /** Stops the running process of an obligation the revised facts no longer require. */
    public void withdraw(String incidentId, String obligationKey, String cause) {
        publishOnce(OBLIGATION_WITHDRAWN, incidentId + "/" + obligationKey, cause, OBLIGATION_MESSAGE_TTL,
                Map.of());
    }

    /** Starts the police referral an officer asked for in the incident's lifecycle. */
    public void requestReferral(IncidentId incident) {
        publishOnce(REFERRAL_REQUESTED, incident.toString(), "referral/" + incident, REVISION_TTL, Map.of());
    }

    /**
     * Opens the answering task for a regulator's question or order in the incident's lifecycle;
     * {@code obligation} is its deadline as obligation variables, watched like any other obligation's.
     */
    public void regulatorAsked(IncidentId incident, String questionId, Map<String, Object> obligation) {
        publishOnce(REGULATOR_QUESTION, incident.toString(), "question/" + questionId, REVISION_TTL,
                Map.of("questionId", questionId, "questionObligation", obligation));
    }

    /** Tells the customer notice waiting for run {@code runId} that it finished. */
    public void noticeRunFinished(long runId, String status) {
        publishOnce(NOTICE_RUN_FINISHED, Long.toString(runId), "run/" + runId, REVISION_TTL,
                Map.of("noticeRunStatus", status));
    }

    private void publishOnce(String name, String correlationKey, String messageId, Duration ttl,
            Map<String, Object> variables) {
        try {
            client.newPublishMessageCommand().messageName(name).correlationKey(correlationKey).messageId(messageId)
                    .timeToLive(ttl).variables(variables).send().join();
        } catch (ClientException e) {
            if (!EngineRefusals.alreadyExists(e)) {
                throw e;
            }
            log.debug("Message {} was published before", messageId);
        }
    }

    /** How long a job-based user task's job stays activated once its task is in the tasklist. */
    static final Duration USER_TASK_HOLD = Duration.ofDays(30);

    /** Keeps a job-based user task's job activated while it waits for a person. */
    void holdForPerson(long jobKey) {
        client.newUpdateTimeoutCommand(jobKey).timeout(USER_TASK_HOLD).send().join();
    }

    /**
     * Completes a user task with the form's decisions: a Camunda user task through the user-task command, a
     * job-based one (an instance started before issue 20) through its job. A task already gone (process
     * cancelled, element left) is skipped; any other refusal (e.g. the task is still being created) propagates,
     * so the completion is tried again.
     */
    public void completeUserTask(long taskKey, Map<String, Object> variables) {
        try {
            if (userTasks.isUserTask(taskKey)) {
                client.newCompleteUserTaskCommand(taskKey).variables(variables).send().join();
            } else {
                client.newCompleteCommand(taskKey).variables(variables).send().join();
            }
        } catch (ClientException e) {
            if (!EngineRefusals.notFound(e)) {
                throw e;
            }
            log.warn("User task {} no longer exists; its completion is dropped", taskKey);
        }
    }

    /**
     * Gives a Camunda user task its moved deadline, so Camunda's Tasklist shows what Breachflow's inbox shows; a
     * job-based task has no due date to update. Best effort: the inbox holds the deadline Breachflow works with.
     */
    void moveDueDate(long taskKey, String dueAt) {
        if (dueAt == null || !userTasks.isUserTask(taskKey)) {
            return;
        }
        try {
            client.newUpdateUserTaskCommand(taskKey).dueDate(dueAt).send().join();
        } catch (ClientException e) {
            log.warn("Could not move the due date of user task {}: {}", taskKey, EngineRefusals.describe(e));
        }
    }

    /**
     * Gives a Camunda user task the assignee the inbox gave it (null: back to its candidate groups), so Camunda's
     * Tasklist on a real cluster shows who works on it. Best effort: the inbox's claim is what Breachflow enforces, and
     * a task completed or cancelled meanwhile has nobody to assign.
     */
    void assign(long taskKey, String assignee) {
        if (!userTasks.isUserTask(taskKey)) {
            return;
        }
        try {
            if (assignee == null) {
                client.newUnassignUserTaskCommand(taskKey).send().join();
            } else {
                client.newAssignUserTaskCommand(taskKey).assignee(assignee).allowOverride(true).send().join();
            }
        } catch (ClientException e) {
            log.warn("Could not mirror the claim of user task {}: {}", taskKey, EngineRefusals.describe(e));
        }
    }

    /** Whether the task is a Camunda user task (else a job-based one), and since when Breachflow knows it. */
    java.util.Optional<java.time.Instant> userTaskCreatedAt(long taskKey) {
        return userTasks.createdAt(taskKey);
    }

    /** The engine's state of a Camunda user task ({@code CREATED}, {@code CANCELED}, …). */
    String userTaskState(long taskKey) {
        return client.newUserTaskGetRequest(taskKey).send().join().getState().name();
    }
}
