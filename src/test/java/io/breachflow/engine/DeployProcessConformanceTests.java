package io.breachflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.protobuf.ByteString;
import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployProcessRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployProcessResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ProcessMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ProcessRequestObject;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The deprecated {@code DeployProcess} RPC, which plain {@code zbctl deploy} sends. The Java client
 * has no command for it, so these tests use a raw gateway stub.
 */
@SuppressWarnings("deprecation")
class DeployProcessConformanceTests {

    @RegisterExtension
    final EngineHarness engine = new EngineHarness();

    private ManagedChannel channel;

    private GatewayGrpc.GatewayBlockingStub stub() {
        if (channel == null) {
            channel = ManagedChannelBuilder.forAddress("127.0.0.1", engine.port()).usePlaintext().build();
        }
        return GatewayGrpc.newBlockingStub(channel).withDeadlineAfter(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void closeChannel() throws InterruptedException {
        if (channel != null) {
            channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static ProcessRequestObject resource(String name, BpmnModelInstance model) {
        return ProcessRequestObject.newBuilder().setName(name)
                .setDefinition(ByteString.copyFromUtf8(Bpmn.convertToString(model))).build();
    }

    private static BpmnModelInstance singleTask(String processId, String jobType) {
        return Bpmn.createExecutableProcess(processId).startEvent()
                .serviceTask("Task_Work", t -> t.zeebeJobType(jobType)).endEvent().done();
    }

    @Test
    void deploysProcessesAndAnswersWithTheirMetadata() {
        DeployProcessResponse response = stub().deployProcess(DeployProcessRequest.newBuilder()
                .addProcesses(resource("notify.bpmn", singleTask("Process_Notify", "notify")))
                .addProcesses(resource("report.bpmn", singleTask("Process_Report", "report"))).build());

        assertThat(response.getKey()).isPositive();
        assertThat(response.getProcessesList()).extracting(ProcessMetadata::getBpmnProcessId, ProcessMetadata::getVersion,
                ProcessMetadata::getResourceName, ProcessMetadata::getTenantId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Process_Notify", 1, "notify.bpmn", "<default>"),
                        org.assertj.core.groups.Tuple.tuple("Process_Report", 1, "report.bpmn", "<default>"));
        assertThat(response.getProcesses(0).getProcessDefinitionKey()).isPositive();

        long instance = engine.startInstance("Process_Notify");
        engine.completeJob("notify");
        EngineAwait.completed(engine, instance, "Process_Notify");
    }

    @Test
    void aChangedProcessGetsTheNextVersionAndAnUnchangedOneKeepsItsVersion() {
        ProcessRequestObject notify = resource("notify.bpmn", singleTask("Process_Notify", "notify"));
        DeployProcessResponse first = stub().deployProcess(DeployProcessRequest.newBuilder()
                .addProcesses(notify).build());
        DeployProcessResponse same = stub().deployProcess(DeployProcessRequest.newBuilder()
                .addProcesses(notify).build());
        DeployProcessResponse changed = stub().deployProcess(DeployProcessRequest.newBuilder()
                .addProcesses(resource("notify.bpmn", singleTask("Process_Notify", "notify-v2"))).build());

        assertThat(same.getProcesses(0).getVersion()).isEqualTo(1);
        assertThat(same.getProcesses(0).getProcessDefinitionKey())
                .isEqualTo(first.getProcesses(0).getProcessDefinitionKey());
        assertThat(changed.getProcesses(0).getVersion()).isEqualTo(2);
    }

    @Test
    void anInvalidProcessIsRejectedWithInvalidArgumentAndNothingIsDeployed() {
        ProcessRequestObject broken = ProcessRequestObject.newBuilder().setName("broken.bpmn")
                .setDefinition(ByteString.copyFromUtf8("<definitions>not bpmn")).build();
        StatusRuntimeException error = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub().deployProcess(DeployProcessRequest.newBuilder()
                        .addProcesses(resource("notify.bpmn", singleTask("Process_Notify", "notify")))
                        .addProcesses(broken).build()));

        assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
        assertThat(error.getStatus().getDescription()).contains("broken.bpmn");
        Grpc.failsWith(Status.Code.NOT_FOUND, () -> engine.startInstance("Process_Notify"));
    }

    @Test
    void noResourcesIsRejectedWithInvalidArgument() {
        StatusRuntimeException error = catchThrowableOfType(StatusRuntimeException.class,
                () -> stub().deployProcess(DeployProcessRequest.getDefaultInstance()));

        assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    }
}
