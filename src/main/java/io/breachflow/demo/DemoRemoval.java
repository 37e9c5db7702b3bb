package io.breachflow.demo;

import io.breachflow.incidents.IncidentId;
import io.breachflow.notices.NoticeDispatch;
import io.breachflow.notices.RunStatus;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTasks;
import io.breachflow.workflow.ProcessCancellation;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Removes all demo data in one action, for an administrator. First through the services: the incident's process
 * instances are cancelled through {@code workflow} (so nothing reminds or escalates any more), its open tasks leave
 * every inbox, a notice run still sending is cancelled. Then the rows the demo created are deleted by the demo
 * incident's id, its runs and cohorts ({@link DemoRows}). The audit trail keeps its entries — it is append-only,
 * and the removal itself is recorded there ({@link DemoDataRemoved}).
 */
@Service
public class DemoRemoval {

    private final DemoRecord record;
    private final ProcessCancellation processes;
    private final HumanTasks tasks;
    private final NoticeDispatch dispatch;
    private final DemoRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoRemoval(DemoRecord record, ProcessCancellation processes, HumanTasks tasks, NoticeDispatch dispatch,
            DemoRows rows, ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.record = record;
        this.processes = processes;
        this.tasks = tasks;
        this.dispatch = dispatch;
        this.rows = rows;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Removes the demo data as {@code admin}.
     *
     * @throws IllegalStateException when there is no demo data, or it is still being prepared (try again when ready)
     */
    public DemoDataRemoved remove(String admin) {
        DemoStatus status = record.refresh();
        if (!status.present() || status.preparing()) {
            throw new IllegalStateException("Expected demo data that is ready or failed, but it is " + status.state());
        }
        String incidentId = status.incidentId();
        int cancelled = 0;
        if (incidentId != null) {
            cancelled = processes.cancelAll(IncidentId.of(incidentId));
            tasks.openForIncident(incidentId).stream().map(HumanTask::id).forEach(tasks::cancel);
            stopRuns(rows.runsOf(incidentId, status.runId()), admin);
        }
        long deleted = rows.delete(incidentId, status.cohortId(), status.runId());
        record.removed(clock.instant(), admin);
        DemoDataRemoved removed = new DemoDataRemoved(incidentId, admin, cancelled, deleted);
        events.publishEvent(removed);
        return removed;
    }

    private void stopRuns(List<Long> runs, String admin) {
        for (long run : runs) {
            RunStatus state = dispatch.progress(run).status();
            if (state == RunStatus.RUNNING || state == RunStatus.PAUSED || state == RunStatus.CREATING) {
                dispatch.cancel(run, admin);
            }
        }
    }
}
