package io.breachflow.workflow;

import io.breachflow.incidents.IncidentReported;
import io.breachflow.incidents.LawEnforcementRequests;
import io.breachflow.incidents.NoticesHeld;
import io.breachflow.incidents.PoliceReferralRequested;
import io.breachflow.incidents.RegulatorQuestionReceived;
import io.breachflow.notices.NoticeRunFinished;
import io.breachflow.notices.RenoticeRequested;
import io.breachflow.tasklist.HumanTasks;
import java.time.Clock;
import java.time.Instant;
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
    private final HumanTasks tasks;
    private final Clock clock;

    ProcessTriggers(BreachProcesses processes, ObligationVariables variables, HumanTasks tasks,
            ObjectProvider<Clock> clock) {
        this.processes = processes;
        this.tasks = tasks;
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
            tasks.reschedule(held.incidentId().toString(), obligation.key(), (String) moved.get("dueAt"));
        }
    }

    @ApplicationModuleListener
    void on(NoticeRunFinished finished) {
        processes.noticeRunFinished(finished.runId(), finished.status().name());
    }

    @ApplicationModuleListener
    void on(RenoticeRequested requested) {
        processes.startRenotice(requested.incidentId(), requested.renoticeId(), requested.earlierRunId(),
                RenoticeWorkers.subjectKey(requested.regime(), requested.renoticeId()));
    }

    @ApplicationModuleListener
    void on(RegulatorQuestionReceived question) {
        processes.regulatorAsked(question.incidentId(), question.questionId());
    }

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
}
