package io.breachflow.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.tasklist.HumanTask;
import io.breachflow.tasklist.HumanTaskCompleted;
import io.breachflow.tasklist.HumanTasks;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class TaskAuditListenerTests {

    private static final String INCIDENT = "0de57000-3f18-4a0a-b25e-e400e522dd0c";

    private final AuditTrail trail = mock(AuditTrail.class);
    private final BreachRegister register = mock(BreachRegister.class);
    private final HumanTasks tasks = mock(HumanTasks.class);
    private final TaskAuditListener listener = new TaskAuditListener(trail, register, tasks, new ObjectMapper());

    @Test
    void thePostIncidentReviewGivesTheRegisterItsLessonsLearned() throws Exception {
        completed(41, "post-incident-review", "dpo", "{\"lessonsLearned\": \"Revoke access on the last working day\"}");

        listener.on(new HumanTaskCompleted(41, "post-incident-review", INCIDENT, Map.of()));

        verify(register).reviewed(INCIDENT, "Revoke access on the last working day");
        verify(trail).append("dpo", "TASK_COMPLETED", INCIDENT, "task=41 form=post-incident-review decisions={}");
    }

    @Test
    void aTaskIsAuditedWithItsDecisionsButNotItsFreeText() throws Exception {
        completed(42, "approve-report", "legal", "{\"approved\": false, \"comment\": \"Name of the clerk in para 2\"}");

        listener.on(new HumanTaskCompleted(42, "approve-report", INCIDENT, Map.of("approved", false)));

        ArgumentCaptor<String> detail = ArgumentCaptor.forClass(String.class);
        verify(trail).append(eq("legal"), eq("TASK_COMPLETED"), eq(INCIDENT), detail.capture());
        assertThat(detail.getValue()).contains("approved=false").doesNotContain("clerk");
    }

    private void completed(long id, String formKey, String by, String form) {
        when(tasks.get(id)).thenReturn(new HumanTask(id, "Task", "Task", formKey, INCIDENT, null, List.of("dpo"), by,
                null, HumanTask.State.COMPLETED, null, null));
        when(tasks.lastCompleted(INCIDENT, formKey)).thenReturn(Optional.of(new HumanTasks.CompletedForm(id, "Task",
                formKey, by, Instant.parse("2025-12-01T09:00:00Z"), form)));
        when(trail.append(anyString(), anyString(), any(), any())).thenReturn(null);
    }
}
