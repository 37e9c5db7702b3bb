package io.breachflow.workflow;

import io.breachflow.incidents.IncidentReported;
import io.breachflow.incidents.LawEnforcementRequests;
import io.breachflow.incidents.NoticesHeld;
import io.breachflow.incidents.NoticesReleased;
import io.breachflow.incidents.PoliceReferralRequested;
import io.breachflow.incidents.RegulatorQuestionReceived;
import io.breachflow.notices.NoticeRunFinished;
import io.breachflow.notices.RenoticeRequested;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.time.format.DateTimeFormatter;
import org.springframework.beans.factory.ObjectProvider;
import io.breachflow.incidents.ScopeRevised;
import io.breachflow.incidents.SuspectedIncidentOpened;
import io.breachflow.tasklist.HumanTaskCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns other modules' events into engine commands. Each runs after the publishing transaction
 * committed and is tracked by the event publication registry, so a crash in between retries it.
 */
@Component
class ProcessTriggers {

    private final BreachProcesses processes;
    private final ObligationVariables variables;
    private final TaskDueDates dueDates;
    private final Clock clock;

    ProcessTriggers(BreachProcesses processes, ObligationVariables variables, TaskDueDates dueDates,
            ObjectProvider<Clock> clock) {
        this.processes = processes;
        this.dueDates = dueDates;
        this.variables = variables;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @ApplicationModuleListener
    void on(NoticesHeld held) {
        for (LawEnforcementRequests.HeldObligation obligation : held.held()) {
            // nobody may send the notice while the hold lasts: its reminders count from the end of the hold
            Instant resumes = obligation.dueAt() == null ? null : obligation.heldUntil().toInstant();
            Map<String, Object> moved = variables.of(obligation.key(), obligation.regime(), obligation.kind(),
                    obligation.recipient(), obligation.jurisdiction(), obligation.dueAt(), obligation.heldUntil(),
                    resumes, clock.instant());
            processes.moveDeadline(held.incidentId().toString(), moved,
                    obligation.heldUntil().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME),
                    "hold/" + held.holdId() + "/" + obligation.key());
            dueDates.move(held.incidentId().toString(), obligation.key(), (String) moved.get("dueAt"));
        }
    }

    /**
     * A deadline counted by hand (no holiday calendar covered its year) re-times the obligation's process and tasks
     * as any moved deadline does; its reminders count from now, as the window it had without a deadline did.
     */
    @ApplicationModuleListener
    void on(io.breachflow.incidents.DeadlineCounted counted) {
        Map<String, Object> moved = variables.of(counted.key(), counted.regime(), counted.kind(), counted.recipient(),
                counted.jurisdiction(), counted.dueAt(), null, null, clock.instant());
        processes.moveDeadline(counted.incidentId().toString(), moved, null,
                "counted/" + counted.incidentId() + "/" + counted.key() + "/" + moved.get("dueAt"));
        dueDates.move(counted.incidentId().toString(), counted.key(), (String) moved.get("dueAt"));
    }

    @ApplicationModuleListener
    void on(NoticeRunFinished finished) {
        processes.noticeRunFinished(finished.runId(), finished.status().name());
    }

    /**
     * A lift gives the notice its deadline back and lets its run go: {@code holdUntil} becomes the end of a hold
     * that still covers it, or now, so a notice whose wave is prepared later is no longer held.
     */
    @ApplicationModuleListener
    void on(NoticesReleased released) {
        Instant now = clock.instant();
        for (LawEnforcementRequests.HeldObligation obligation : released.released()) {
            Instant resumes = obligation.heldUntil() == null ? null : obligation.heldUntil().toInstant();
            Map<String, Object> moved = variables.of(obligation.key(), obligation.regime(), obligation.kind(),
                    obligation.recipient(), obligation.jurisdiction(), obligation.dueAt(), null, resumes, now);
            String holdUntil = obligation.heldUntil() != null
                    ? obligation.heldUntil().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(now.atOffset(ZoneOffset.UTC));
            processes.moveDeadline(released.incidentId().toString(), moved, holdUntil,
                    "lift/" + released.holdId() + "/" + obligation.key());
            processes.holdLifted(released.incidentId().toString(), obligation.key(), holdUntil,
                    "lifted/" + released.holdId() + "/" + obligation.key());
            dueDates.move(released.incidentId().toString(), obligation.key(), (String) moved.get("dueAt"));
        }
    }

    /**
     * A question or order becomes a watched deadline of its own ({@code regulator-question/<id>}): reminders at the
     * configured points of the window from its receipt to its due date, escalation to the DPO at the due date.
     */
    @ApplicationModuleListener
    void on(RenoticeRequested requested) {
        processes.startRenotice(requested.incidentId(), requested.renoticeId(), requested.earlierRunId(),
                RenoticeWorkers.subjectKey(requested.regime(), requested.renoticeId()));
    }

    @ApplicationModuleListener
    void on(RegulatorQuestionReceived question) {
        Instant now = clock.instant();
        Instant anchor = question.receivedAt() == null ? null : question.receivedAt().toInstant();
        Map<String, Object> obligation = new java.util.HashMap<>(variables.of(
                REGULATOR_QUESTION_PREFIX + question.questionId(), null,
                question.kind() == null ? "QUESTION" : question.kind(), question.authority(), null,
                question.answerDue(), null, anchor, now));
        if (question.answerDue() == null) {
            obligation.put("targetAt", null);
        }
        processes.regulatorAsked(question.incidentId(), question.questionId(), obligation);
    }

    /** The subject key of a regulator's question or order: its tasks, reminders and mails carry it. */
    static final String REGULATOR_QUESTION_PREFIX = "regulator-question/";

    @ApplicationModuleListener
    void on(PoliceReferralRequested requested) {
        processes.requestReferral(requested.incidentId());
    }

    @ApplicationModuleListener
    void on(IncidentReported reported) {
        processes.startLifecycle(reported.incidentId(), reported.obligationKeys());
    }

    @ApplicationModuleListener
    void on(SuspectedIncidentOpened opened) {
        processes.startDetection(opened.suspectedIncidentId(), opened.observedAt());
    }

    @ApplicationModuleListener
    void on(ScopeRevised revised) {
        processes.announceRevision(revised.incidentId(), revised.revision());
    }

    @ApplicationModuleListener
    void on(HumanTaskCompleted completed) {
        processes.completeUserTask(completed.taskId(), completed.variables());
    }

    @ApplicationModuleListener
    void on(io.breachflow.tasklist.HumanTaskAssigned assigned) {
        processes.assign(assigned.taskId(), assigned.assignee());
    }
}
