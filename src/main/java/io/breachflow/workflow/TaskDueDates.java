package io.breachflow.workflow;

import io.breachflow.tasklist.HumanTasks;
import org.springframework.stereotype.Component;

/**
 * Moves the deadline of the open tasks about one obligation (a scope revision, a law-enforcement hold, a duty
 * counted from the individual notice): in the inbox, and on each Camunda user task's due date, so a task shown in
 * Camunda's Tasklist on a real cluster is due when Breachflow's inbox says.
 */
@Component
class TaskDueDates {

    private final HumanTasks tasks;
    private final BreachProcesses processes;

    TaskDueDates(HumanTasks tasks, BreachProcesses processes) {
        this.tasks = tasks;
        this.processes = processes;
    }

    void move(String incidentId, String subjectKey, String dueAt) {
        tasks.reschedule(incidentId, subjectKey, dueAt);
        tasks.openForSubject(incidentId, subjectKey).forEach(task -> processes.moveDueDate(task.id(), dueAt));
    }
}
