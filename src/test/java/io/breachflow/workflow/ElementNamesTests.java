package io.breachflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class ElementNamesTests {

    private final ElementNames names = new ElementNames(new PathMatchingResourcePatternResolver());

    @Test
    void namesTasksAsTheModelDoes() {
        assertThat(names.of("Process_BreachLifecycle", "Task_PostIncidentReview")).isEqualTo("Post-incident review");
        assertThat(names.of("Process_BreachLifecycle", "Task_ApproveReport")).isEqualTo("Approve report");
    }

    @Test
    void namesTasksOfUnknownModelsAfterTheirElementIds() {
        assertThat(names.of("Process_Elsewhere", "Task_ApproveNotice")).isEqualTo("Approve notice");
        assertThat(ElementNames.fromId("UserTask_CheckEvidence")).isEqualTo("User task check evidence");
    }
}
