package io.breachflow.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTaskCompleted;
import io.breachflow.tasklist.HumanTasks;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Audits every completed human task with who completed it and the decisions it sent to the process
 * (codes, flags, references — never the free text), and feeds the register from two forms: the triage
 * decision with its reasoning ({@code triage}) and the lessons learned ({@code post-incident-review}).
 */
@Component
class TaskAuditListener {

    private final AuditTrail trail;
    private final BreachRegister register;
    private final HumanTasks tasks;
    private final ObjectMapper mapper;

    TaskAuditListener(AuditTrail trail, BreachRegister register, HumanTasks tasks, ObjectMapper mapper) {
        this.trail = trail;
        this.register = register;
        this.tasks = tasks;
        this.mapper = mapper;
    }

    @Async
    @TransactionalEventListener
    void on(HumanTaskCompleted completed) throws JsonProcessingException {
        HumanTask task = tasks.get(completed.taskId());
        String actor = task.assignee() == null ? AuditListeners.SYSTEM : task.assignee();
        if (completed.incidentId() != null && "triage".equals(completed.formKey())) {
            triage(completed.incidentId());
        } else if (completed.incidentId() != null && "post-incident-review".equals(completed.formKey())) {
            Map<?, ?> form = form(completed.incidentId(), completed.formKey());
            register.reviewed(completed.incidentId(), (String) form.get("lessonsLearned"));
        }
        trail.append(actor, "TASK_COMPLETED", completed.incidentId(), "task=" + completed.taskId() + " form="
                + completed.formKey() + " decisions=" + new TreeMap<>(completed.variables()));
    }

    private void triage(String incidentId) throws JsonProcessingException {
        HumanTasks.CompletedForm triage = tasks.lastCompleted(incidentId, "triage").orElseThrow();
        Map<?, ?> form = mapper.readValue(triage.form(), Map.class);
        register.triaged(incidentId, (String) form.get("outcome"), (String) form.get("reasoning"),
                triage.completedBy(), triage.completedAt());
    }

    private Map<?, ?> form(String incidentId, String formKey) throws JsonProcessingException {
        Optional<HumanTasks.CompletedForm> completed = tasks.lastCompleted(incidentId, formKey);
        return completed.isEmpty() ? Map.of() : mapper.readValue(completed.get().form(), Map.class);
    }
}
