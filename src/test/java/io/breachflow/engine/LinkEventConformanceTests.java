package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.zeebe.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Link events (B.15): a throw jumps to the catch with the same link name in the same scope. */
class LinkEventConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    @Test
    void linkThrowJumpsToTheCatchWithTheSameName() {
        engine.deploy(Bpmn.createExecutableProcess("Process_Link").startEvent()
                .serviceTask("Task_Intake", t -> t.zeebeJobType("intake"))
                .intermediateThrowEvent("Throw_ToReview", t -> t.link("review"))
                .moveToProcess("Process_Link").linkCatchEvent("Catch_Archive").link("archive")
                .serviceTask("Task_Archive", t -> t.zeebeJobType("archive")).endEvent()
                .moveToProcess("Process_Link").linkCatchEvent("Catch_Review").link("review")
                .serviceTask("Task_Review", t -> t.zeebeJobType("review")).endEvent()
                .done());
        long instance = engine.startInstance("Process_Link");

        engine.completeJob("intake");

        assertThat(engine.awaitJob("review").getProcessInstanceKey()).isEqualTo(instance);
        EngineAwait.noJob(engine, "archive");
        assertThat(engine.tables().completedElements(instance)).containsSubsequence("Throw_ToReview", "Catch_Review");
        assertThat(engine.tables().activatedElements(instance)).doesNotContain("Catch_Archive");
    }

    @Test
    void linkEventsWorkInsideAnEmbeddedSubProcess() {
        engine.deploy(Bpmn.createExecutableProcess("Process_SubLink").startEvent()
                .subProcess("Sub_Link", s -> {
                    s.embeddedSubProcess().startEvent().intermediateThrowEvent("Throw_Jump", t -> t.link("jump"));
                    s.embeddedSubProcess().intermediateCatchEvent("Catch_Jump").link("jump")
                            .serviceTask("Task_Inner", t -> t.zeebeJobType("inner")).endEvent();
                })
                .serviceTask("Task_After", t -> t.zeebeJobType("after")).endEvent()
                .done());
        long instance = engine.startInstance("Process_SubLink");

        engine.completeJob("inner");

        assertThat(engine.awaitJob("after").getProcessInstanceKey()).isEqualTo(instance);
        assertThat(engine.tables().completedElements(instance)).containsSubsequence("Throw_Jump", "Catch_Jump",
                "Task_Inner", "Sub_Link");
    }
}
