package io.breachflow.workflow;

import io.breachflow.incidents.IncidentReported;
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

    ProcessTriggers(BreachProcesses processes) {
        this.processes = processes;
    }

    @ApplicationModuleListener
    void on(IncidentReported reported) {
        processes.startLifecycle(reported.incidentId(), reported.obligationKeys());
    }

    @ApplicationModuleListener
    void on(SuspectedIncidentOpened opened) {
        processes.startDetection(opened.suspectedIncidentId());
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
