package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ProblemException;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.search.response.ProcessInstance;
import io.camunda.client.api.search.response.UserTask;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.Status;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code MigrateProcessInstance} through the real client, over REST ({@code POST /v2/process-instances/{key}/migration})
 * and gRPC: an instance waiting in version 1 carries on in version 2 with its keys, job, user task, timers and
 * variables; a plan that cannot move every active element is refused and nothing moves.
 */
class MigrateProcessInstanceConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    /** Version 1: start → Task_Assess (job "assess") → end. */
    private static BpmnModelInstance assessOnly() {
        return Bpmn.createExecutableProcess("Process_Breach").startEvent()
                .serviceTask("Task_Assess", t -> t.zeebeJobType("assess")).endEvent().done();
    }

    /** Version 2: start → Task_AssessRisk (job "assess-risk") → Task_Notify (job "notify") → end. */
    private static BpmnModelInstance assessThenNotify() {
        return Bpmn.createExecutableProcess("Process_Breach").startEvent()
                .serviceTask("Task_AssessRisk", t -> t.zeebeJobType("assess-risk"))
                .serviceTask("Task_Notify", t -> t.zeebeJobType("notify")).endEvent().done();
    }

    private long deploy(BpmnModelInstance model) {
        return engine.deploy(model).getProcesses().get(0).getProcessDefinitionKey();
    }

    private static ProblemException problem(ThrowingCallable call) {
        return assertThatExceptionOfType(ProblemException.class).isThrownBy(call).actual();
    }

    private ProcessInstance instance(long key) {
        return engine.restClient().newProcessInstanceGetRequest(key).send().join();
    }

    @Test
    void aWaitingJobMovesToTheNewVersionsTaskKeepsItsKeyAndCompletesThere() {
        deploy(assessOnly());
        long instance = engine.startInstance("Process_Breach", Map.of("caseId", "C-17"));
        ActivatedJob held = engine.awaitJob("assess");
        long v2 = deploy(assessThenNotify());

        engine.restClient().newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Task_Assess", "Task_AssessRisk").send().join();

        assertThat(instance(instance).getProcessDefinitionKey()).isEqualTo(v2);
        assertThat(instance(instance).getProcessDefinitionVersion()).isEqualTo(2);
        engine.client().newCompleteCommand(held.getKey()).variables(Map.of("risk", "high")).send().join();
        ActivatedJob notify = engine.awaitJob("notify");
        assertThat(notify.getProcessInstanceKey()).isEqualTo(instance);
        assertThat(notify.getProcessDefinitionKey()).isEqualTo(v2);
        assertThat(notify.getVariablesAsMap()).containsEntry("caseId", "C-17").containsEntry("risk", "high");
        engine.client().newCompleteCommand(notify.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Breach");
        assertThat(engine.tables().completedElements(instance)).contains("Task_AssessRisk", "Task_Notify")
                .doesNotContain("Task_Assess");
        assertThat(engine.tables().count(instance, "PROCESS_INSTANCE_MIGRATION", "MIGRATED")).isEqualTo(1);
    }

    @Test
    void aJobActivatedAfterTheMigrationNamesTheNewElementButKeepsItsType() {
        deploy(assessOnly());
        long instance = engine.startInstance("Process_Breach");
        long v2 = deploy(assessThenNotify());

        engine.client().newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Task_Assess", "Task_AssessRisk").send().join();

        ActivatedJob job = engine.awaitJob("assess");
        assertThat(job.getElementId()).isEqualTo("Task_AssessRisk");
        assertThat(job.getProcessDefinitionVersion()).isEqualTo(2);
        assertThat(job.getProcessDefinitionKey()).isEqualTo(v2);
        EngineAwait.noJob(engine, "assess-risk");
        engine.restartEngine();
        engine.client().newCompleteCommand(job.getKey()).send().join();
        engine.completeJob("notify");
        EngineAwait.completed(engine, instance, "Process_Breach");
    }

    @Test
    void aCamundaUserTaskKeepsItsKeyAndAssignee() {
        deploy(Bpmn.createExecutableProcess("Process_Review").startEvent()
                .userTask("Task_Review", t -> t.zeebeUserTask()).endEvent().done());
        long instance = engine.startInstance("Process_Review");
        CamundaClient rest = engine.restClient();
        long task = awaitUserTask(instance).getUserTaskKey();
        rest.newAssignUserTaskCommand(task).assignee("dpo-sam").send().join();
        long v2 = deploy(Bpmn.createExecutableProcess("Process_Review").startEvent()
                .userTask("Task_ReviewNotice", t -> t.zeebeUserTask())
                .serviceTask("Task_Send", t -> t.zeebeJobType("send")).endEvent().done());

        rest.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Task_Review", "Task_ReviewNotice").send().join();

        UserTask migrated = awaitUserTask(instance);
        assertThat(migrated.getUserTaskKey()).isEqualTo(task);
        assertThat(migrated.getElementId()).isEqualTo("Task_ReviewNotice");
        assertThat(migrated.getAssignee()).isEqualTo("dpo-sam");
        assertThat(migrated.getProcessDefinitionKey()).isEqualTo(v2);
        rest.newCompleteUserTaskCommand(task).variables(Map.of("approved", true)).send().join();
        assertThat(engine.completeJob("send").getVariablesAsMap()).containsEntry("approved", true);
        EngineAwait.completed(engine, instance, "Process_Review");
    }

    private UserTask awaitUserTask(long instance) {
        return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> engine.restClient()
                .newUserTaskSearchRequest().filter(f -> f.processInstanceKey(instance)).send().join().items(),
                items -> !items.isEmpty()).get(0);
    }

    @Test
    void anUnmappedActiveElementIsRefusedOverBothDoorsNamingItAndNothingMoves() {
        deploy(Bpmn.createExecutableProcess("Process_Fork").startEvent().parallelGateway("Fork")
                .serviceTask("Task_Left", t -> t.zeebeJobType("left")).endEvent()
                .moveToNode("Fork").serviceTask("Task_Right", t -> t.zeebeJobType("right")).endEvent().done());
        long instance = engine.startInstance("Process_Fork");
        engine.awaitJobs("left", 1);
        engine.awaitJobs("right", 1);
        long v2 = deploy(Bpmn.createExecutableProcess("Process_Fork").startEvent().parallelGateway("Fork")
                .serviceTask("Task_Left", t -> t.zeebeJobType("left2")).endEvent()
                .moveToNode("Fork").serviceTask("Task_Right", t -> t.zeebeJobType("right2")).endEvent().done());

        ProblemException refused = problem(() -> engine.restClient().newMigrateProcessInstanceCommand(instance)
                .migrationPlan(v2).addMappingInstruction("Task_Left", "Task_Left").send().join());
        String grpcReason = Grpc.failsWith(Status.Code.FAILED_PRECONDITION, () -> engine.client()
                .newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Task_Left", "Task_Left").send().join());

        assertThat(refused.code()).isEqualTo(409);
        assertThat(refused.details().getTitle()).isEqualTo("INVALID_STATE");
        assertThat(refused.details().getDetail()).contains("no mapping instruction defined for active element "
                + "with id 'Task_Right'").isEqualTo(grpcReason);
        assertThat(instance(instance).getProcessDefinitionVersion()).isEqualTo(1);
        assertThat(engine.tables().count(instance, "PROCESS_INSTANCE", "ELEMENT_MIGRATED")).isZero();
    }

    @Test
    void badMappingInstructionsAreRefusedNamingTheElement() {
        long v1 = deploy(assessOnly());
        long instance = engine.startInstance("Process_Breach");
        engine.awaitJob("assess");
        long v2 = deploy(Bpmn.createExecutableProcess("Process_Breach").startEvent()
                .userTask("Task_Assess").subProcess("Sub").embeddedSubProcess().startEvent()
                .serviceTask("Task_Nested", t -> t.zeebeJobType("nested")).endEvent().subProcessDone()
                .endEvent().done());
        CamundaClient rest = engine.restClient();

        ProblemException unknownTarget = problem(() -> rest.newMigrateProcessInstanceCommand(instance)
                .migrationPlan(v2).addMappingInstruction("Task_Assess", "Task_Missing").send().join());
        assertThat(unknownTarget.code()).isEqualTo(400);
        assertThat(unknownTarget.details().getDetail()).contains("non-existing target element id 'Task_Missing'");
        assertThat(problem(() -> rest.newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Task_Gone", "Task_Assess").send().join()).details().getDetail())
                .contains("non-existing source element id 'Task_Gone'");
        assertThat(problem(() -> rest.newMigrateProcessInstanceCommand(instance + 1000).migrationPlan(v2)
                .addMappingInstruction("Task_Assess", "Task_Assess").send().join()).code()).isEqualTo(404);
        assertThat(Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.client()
                .newMigrateProcessInstanceCommand(instance).migrationPlan(v2 + 1000)
                .addMappingInstruction("Task_Assess", "Task_Assess").send().join()))
                .contains(String.valueOf(v2 + 1000));
        assertThat(Grpc.failsWith(Status.Code.FAILED_PRECONDITION, () -> engine.client()
                .newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Task_Assess", "Task_Assess").send().join()))
                .contains("'Task_Assess' and type 'SERVICE_TASK'").contains("different type 'USER_TASK'");
        assertThat(Grpc.failsWith(Status.Code.FAILED_PRECONDITION, () -> engine.client()
                .newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Task_Assess", "Task_Nested").send().join()))
                .contains("flow scope of active element with id 'Task_Assess' is changed");
        assertThat(instance(instance).getProcessDefinitionKey()).isEqualTo(v1);
    }

    @Test
    void aMappedBoundaryTimerKeepsTheTimeAlreadyWaited() {
        engine.clock().pin(Instant.parse("2025-11-17T08:00:00Z"));
        deploy(withDeadline("Timer_Deadline", "PT24H", "late"));
        long instance = engine.startInstance("Process_Deadline");
        engine.awaitJob("assess");
        long v2 = deploy(withDeadline("Timer_Deadline72", "PT72H", "late-72"));
        engine.clock().add(Duration.ofHours(20));

        engine.client().newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Task_Assess", "Task_Assess")
                .addMappingInstruction("Timer_Deadline", "Timer_Deadline72").send().join();

        engine.clock().add(Duration.ofHours(4));
        assertThat(engine.awaitJob("late-72").getProcessInstanceKey()).isEqualTo(instance);
        EngineAwait.elementTerminated(engine, instance, "Task_Assess");
    }

    @Test
    void anUnmappedBoundaryTimerIsReplacedByTheTargetsTimer() {
        engine.clock().pin(Instant.parse("2025-11-17T08:00:00Z"));
        deploy(withDeadline("Timer_Deadline", "PT24H", "late"));
        long instance = engine.startInstance("Process_Deadline");
        engine.awaitJob("assess");
        long v2 = deploy(withDeadline("Timer_Deadline72", "PT72H", "late-72"));
        engine.clock().add(Duration.ofHours(20));

        engine.restClient().newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Task_Assess", "Task_Assess").send().join();

        engine.clock().add(Duration.ofHours(24));
        EngineAwait.noJob(engine, "late");
        EngineAwait.noJob(engine, "late-72");
        engine.clock().add(Duration.ofHours(48));
        assertThat(engine.awaitJob("late-72").getProcessInstanceKey()).isEqualTo(instance);
    }

    /** Start → Task_Assess (job "assess", interrupting boundary timer → Task_Late) → end. */
    private static BpmnModelInstance withDeadline(String timerId, String duration, String lateType) {
        return Bpmn.createExecutableProcess("Process_Deadline").startEvent()
                .serviceTask("Task_Assess", t -> t.zeebeJobType("assess")).endEvent()
                .moveToActivity("Task_Assess").boundaryEvent(timerId, b -> b.timerWithDuration(duration))
                .serviceTask("Task_Late", t -> t.zeebeJobType(lateType)).endEvent().done();
    }

    @Test
    void aMessageCatchEventKeepsItsSubscription() {
        deploy(Bpmn.createExecutableProcess("Process_Wait").startEvent()
                .intermediateCatchEvent("Catch_Receipt", c -> c.message(m -> m.name("receipt")
                        .zeebeCorrelationKeyExpression("caseId"))).endEvent().done());
        long instance = engine.startInstance("Process_Wait", Map.of("caseId", "C-9"));
        long v2 = deploy(Bpmn.createExecutableProcess("Process_Wait").startEvent()
                .intermediateCatchEvent("Catch_AuthorityReceipt", c -> c.message(m -> m.name("receipt-v2")
                        .zeebeCorrelationKeyExpression("caseId")))
                .serviceTask("Task_File", t -> t.zeebeJobType("file")).endEvent().done());

        engine.restClient().newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Catch_Receipt", "Catch_AuthorityReceipt").send().join();

        engine.publish("receipt", "C-9", Duration.ZERO, Map.of("receiptNo", 4));
        assertThat(engine.awaitJob("file").getVariablesAsMap()).containsEntry("receiptNo", 4);
        assertThat(engine.tables().completedElements(instance)).contains("Catch_AuthorityReceipt");
    }

    @Test
    void aMultiInstanceBodyIsRefusedAsNotYetSupportedNamingIt() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("Process_Each").startEvent()
                .serviceTask("Task_Notify", t -> t.zeebeJobType("notify").multiInstance(m -> m.parallel()
                        .zeebeInputCollectionExpression("[1,2]").zeebeInputElement("n"))).endEvent().done();
        long v1 = deploy(model);
        long instance = engine.startInstance("Process_Each");
        engine.awaitJobs("notify", 2);
        long v2 = deploy(Bpmn.createExecutableProcess("Process_Each").startEvent()
                .serviceTask("Task_Notify", t -> t.zeebeJobType("notify").multiInstance(m -> m.parallel()
                        .zeebeInputCollectionExpression("[1,2]").zeebeInputElement("n"))).userTask("Task_X")
                .endEvent().done());

        String reason = Grpc.failsWith(Status.Code.FAILED_PRECONDITION, () -> engine.client()
                .newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Task_Notify", "Task_Notify").send().join());

        assertThat(reason).contains("'Task_Notify'").contains("MULTI_INSTANCE_BODY")
                .contains("not supported by the embedded engine");
        assertThat(instance(instance).getProcessDefinitionKey()).isEqualTo(v1);
    }

    @Test
    void elementsInsideASubProcessMoveWithTheirSubProcess() {
        deploy(Bpmn.createExecutableProcess("Process_Referral").startEvent()
                .subProcess("Sub_Police").embeddedSubProcess().startEvent()
                .serviceTask("Task_Package", t -> t.zeebeJobType("package")).endEvent().subProcessDone()
                .endEvent().done());
        long instance = engine.startInstance("Process_Referral");
        ActivatedJob held = engine.awaitJob("package");
        long v2 = deploy(Bpmn.createExecutableProcess("Process_Referral").startEvent()
                .subProcess("Sub_Referral").embeddedSubProcess().startEvent()
                .serviceTask("Task_PackageEvidence", t -> t.zeebeJobType("package-evidence"))
                .serviceTask("Task_Submit", t -> t.zeebeJobType("submit")).endEvent().subProcessDone()
                .endEvent().done());

        engine.restClient().newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Sub_Police", "Sub_Referral")
                .addMappingInstruction("Task_Package", "Task_PackageEvidence").send().join();

        engine.client().newCompleteCommand(held.getKey()).send().join();
        engine.completeJob("submit");
        EngineAwait.completed(engine, instance, "Process_Referral");
        assertThat(engine.tables().completedElements(instance))
                .containsSubsequence("Task_PackageEvidence", "Task_Submit", "Sub_Referral");
    }

    @Test
    void aSubProcessLeftUnmappedIsRefusedNamingIt() {
        deploy(Bpmn.createExecutableProcess("Process_Referral").startEvent()
                .subProcess("Sub_Police").embeddedSubProcess().startEvent()
                .serviceTask("Task_Package", t -> t.zeebeJobType("package")).endEvent().subProcessDone()
                .endEvent().done());
        long instance = engine.startInstance("Process_Referral");
        engine.awaitJob("package");
        long v2 = deploy(Bpmn.createExecutableProcess("Process_Referral").startEvent()
                .subProcess("Sub_Police").embeddedSubProcess().startEvent()
                .serviceTask("Task_Package", t -> t.zeebeJobType("package")).endEvent().subProcessDone()
                .userTask("Task_Check").endEvent().done());

        ProblemException refused = problem(() -> engine.restClient().newMigrateProcessInstanceCommand(instance)
                .migrationPlan(v2).addMappingInstruction("Task_Package", "Task_Package").send().join());

        assertThat(refused.code()).isEqualTo(409);
        assertThat(refused.details().getDetail()).contains("active element with id 'Sub_Police'");
    }

    @Test
    void aJobWorkerUserTaskStaysAJobWorkerUserTask() {
        deploy(Bpmn.createExecutableProcess("Process_Review").startEvent().userTask("Task_Review").endEvent()
                .done());
        long instance = engine.startInstance("Process_Review");
        ActivatedJob task = engine.awaitJob("io.camunda.zeebe:userTask");
        long v2 = deploy(Bpmn.createExecutableProcess("Process_Review").startEvent()
                .userTask("Task_Review", t -> t.zeebeUserTask()).endEvent().done());

        assertThat(Grpc.failsWith(Status.Code.FAILED_PRECONDITION, () -> engine.client()
                .newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Task_Review", "Task_Review").send().join()))
                .contains("'Task_Review' and implementation 'job worker'")
                .contains("different implementation 'zeebe user task'");
        engine.client().newCompleteCommand(task.getKey()).send().join();
        EngineAwait.completed(engine, instance, "Process_Review");
    }

    @Test
    void aMessageEventSubProcessTheTargetAddsIsSubscribed() {
        deploy(Bpmn.createExecutableProcess("Process_Notice").startEvent()
                .serviceTask("Task_Draft", t -> t.zeebeJobType("draft")).endEvent().done());
        long instance = engine.startInstance("Process_Notice", Map.of("caseId", "C-21"));
        engine.awaitJob("draft");
        BpmnModelInstance v2Model = Bpmn.createExecutableProcess("Process_Notice").startEvent()
                .serviceTask("Task_Draft", t -> t.zeebeJobType("draft")).endEvent().done();
        v2Model.<io.camunda.zeebe.model.bpmn.instance.Process>getModelElementById("Process_Notice").builder()
                .eventSubProcess("Sub_Withdrawn", e -> e.startEvent("Start_Withdrawn").interrupting(true)
                        .message(m -> m.name("withdrawn").zeebeCorrelationKeyExpression("caseId"))
                        .serviceTask("Task_Close", t -> t.zeebeJobType("close")).endEvent());
        long v2 = deploy(v2Model);

        engine.client().newMigrateProcessInstanceCommand(instance).migrationPlan(v2)
                .addMappingInstruction("Task_Draft", "Task_Draft").send().join();

        engine.publish("withdrawn", "C-21", Duration.ZERO, Map.of());
        engine.completeJob("close");
        EngineAwait.completed(engine, instance, "Process_Notice");
        assertThat(engine.tables().terminatedElements(instance)).contains("Task_Draft");
    }
}
