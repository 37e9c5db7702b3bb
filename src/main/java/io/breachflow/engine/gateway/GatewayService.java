package io.breachflow.engine.gateway;

import io.breachflow.engine.processing.ActivatedJobData;
import io.breachflow.engine.processing.Engine;
import io.breachflow.engine.processing.EngineRecords;
import io.breachflow.engine.processing.Migration;
import io.breachflow.engine.processing.Rejection;
import io.camunda.zeebe.gateway.protocol.GatewayGrpc;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.*;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.stub.ServerCallStreamObserver;
import io.grpc.stub.StreamObserver;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The Zeebe gateway protocol in front of the engine: validates requests the way Zeebe's gateway
 * does, turns them into engine commands and engine rejections into gRPC statuses. RPCs the engine
 * does not implement answer UNIMPLEMENTED naming the RPC.
 */
final class GatewayService extends GatewayGrpc.GatewayImplBase {
    private static final String DEFAULT_TENANT = "<default>";

    private final Engine engine;
    private final String host;
    private final java.util.function.IntSupplier port;

    GatewayService(Engine engine, String host, java.util.function.IntSupplier port) {
        this.engine = engine;
        this.host = host;
        this.port = port;
    }

    @Override
    public void topology(TopologyRequest request, StreamObserver<TopologyResponse> observer) {
        Partition partition = Partition.newBuilder().setPartitionId(1).setRole(Partition.PartitionBrokerRole.LEADER)
                .setHealth(Partition.PartitionBrokerHealth.HEALTHY).build();
        BrokerInfo broker = BrokerInfo.newBuilder().setNodeId(0).setHost(host).setPort(port.getAsInt()).setVersion(Versions.ZEEBE)
                .addPartitions(partition).build();
        observer.onNext(TopologyResponse.newBuilder().addBrokers(broker).setClusterSize(1).setPartitionsCount(1)
                .setReplicationFactor(1).setGatewayVersion(Versions.ZEEBE).build());
        observer.onCompleted();
    }

    @Override
    public void deployResource(DeployResourceRequest request, StreamObserver<DeployResourceResponse> observer) {
        if (!validTenant(request.getTenantId(), observer)) {
            return;
        }
        List<EngineRecords.Resource> resources = request.getResourcesList().stream()
                .map(r -> new EngineRecords.Resource(r.getName(), r.getContent().toByteArray())).toList();
        answer(engine.deploy(resources), observer, result -> {
            DeployResourceResponse.Builder response = DeployResourceResponse.newBuilder().setKey(result.key())
                    .setTenantId(DEFAULT_TENANT);
            result.processes().forEach(p -> response.addDeployments(Deployment.newBuilder().setProcess(
                    ProcessMetadata.newBuilder().setBpmnProcessId(p.bpmnProcessId()).setVersion(p.version())
                            .setProcessDefinitionKey(p.key()).setResourceName(p.resourceName())
                            .setTenantId(DEFAULT_TENANT))));
            DecisionMapping.addTo(response, result.decisionRequirements());
            result.forms().forEach(f -> response.addDeployments(Deployment.newBuilder().setForm(
                    FormMetadata.newBuilder().setFormId(f.formId()).setVersion(f.version()).setFormKey(f.key())
                            .setResourceName(f.resourceName()).setTenantId(DEFAULT_TENANT))));
            return response.build();
        });
    }

    /** The deprecated pre-8.0 deployment (plain {@code zbctl deploy}): the same deployment, answered with processes only. */
    @Override
    @SuppressWarnings("deprecation")
    public void deployProcess(DeployProcessRequest request, StreamObserver<DeployProcessResponse> observer) {
        List<EngineRecords.Resource> resources = request.getProcessesList().stream()
                .map(r -> new EngineRecords.Resource(r.getName(), r.getDefinition().toByteArray())).toList();
        answer(engine.deploy(resources), observer, result -> {
            DeployProcessResponse.Builder response = DeployProcessResponse.newBuilder().setKey(result.key());
            result.processes().forEach(p -> response.addProcesses(ProcessMetadata.newBuilder()
                    .setBpmnProcessId(p.bpmnProcessId()).setVersion(p.version()).setProcessDefinitionKey(p.key())
                    .setResourceName(p.resourceName()).setTenantId(DEFAULT_TENANT)));
            return response.build();
        });
    }

    @Override
    public void evaluateDecision(EvaluateDecisionRequest request, StreamObserver<EvaluateDecisionResponse> observer) {
        if (!validTenant(request.getTenantId(), observer)) {
            return;
        }
        if (request.getDecisionKey() <= 0 && request.getDecisionId().isBlank()) {
            observer.onError(Status.INVALID_ARGUMENT.withDescription("Expected either a decision id or a valid "
                    + "decision key, but none provided").asRuntimeException());
            return;
        }
        answer(engine.evaluateDecision(request.getDecisionKey(), request.getDecisionId(), request.getVariables()),
                observer, DecisionMapping::toResponse);
    }

    @Override
    public void createProcessInstance(CreateProcessInstanceRequest request,
            StreamObserver<CreateProcessInstanceResponse> observer) {
        if (!validCreate(request, observer)) {
            return;
        }
        answer(engine.createInstance(toCreate(request)), observer, created -> CreateProcessInstanceResponse.newBuilder()
                .setProcessDefinitionKey(created.definitionKey()).setBpmnProcessId(created.bpmnProcessId())
                .setVersion(created.version()).setProcessInstanceKey(created.instanceKey())
                .setTenantId(DEFAULT_TENANT).build());
    }

    @Override
    public void createProcessInstanceWithResult(CreateProcessInstanceWithResultRequest request,
            StreamObserver<CreateProcessInstanceWithResultResponse> observer) {
        if (!validCreate(request.getRequest(), observer)) {
            return;
        }
        long timeout = request.getRequestTimeout() > 0 ? request.getRequestTimeout() : 10_000;
        engine.createInstanceWithResult(toCreate(request.getRequest()), timeout, request.getFetchVariablesList(),
                new Engine.ResultCallback() {
                    @Override
                    public void completed(EngineRecords.InstanceCreated created, String variables) {
                        observer.onNext(CreateProcessInstanceWithResultResponse.newBuilder()
                                .setProcessDefinitionKey(created.definitionKey())
                                .setBpmnProcessId(created.bpmnProcessId()).setVersion(created.version())
                                .setProcessInstanceKey(created.instanceKey()).setVariables(variables)
                                .setTenantId(DEFAULT_TENANT).build());
                        observer.onCompleted();
                    }

                    @Override
                    public void failed(Throwable error) {
                        observer.onError(status(error));
                    }
                });
    }

    @Override
    public void cancelProcessInstance(CancelProcessInstanceRequest request,
            StreamObserver<CancelProcessInstanceResponse> observer) {
        answer(engine.cancelInstance(request.getProcessInstanceKey()), observer,
                ignored -> CancelProcessInstanceResponse.getDefaultInstance());
    }

    @Override
    public void modifyProcessInstance(ModifyProcessInstanceRequest request,
            StreamObserver<ModifyProcessInstanceResponse> observer) {
        answer(engine.modifyInstance(ModificationMapping.toModification(request)), observer,
                ignored -> ModifyProcessInstanceResponse.getDefaultInstance());
    }

    @Override
    public void migrateProcessInstance(MigrateProcessInstanceRequest request,
            StreamObserver<MigrateProcessInstanceResponse> observer) {
        MigrateProcessInstanceRequest.MigrationPlan plan = request.getMigrationPlan();
        answer(engine.migrateInstance(new Migration(request.getProcessInstanceKey(),
                plan.getTargetProcessDefinitionKey(), plan.getMappingInstructionsList().stream()
                        .map(m -> new Migration.Mapping(m.getSourceElementId(), m.getTargetElementId())).toList())),
                observer, ignored -> MigrateProcessInstanceResponse.getDefaultInstance());
    }

    @Override
    public void deleteResource(DeleteResourceRequest request, StreamObserver<DeleteResourceResponse> observer) {
        answer(engine.deleteResource(request.getResourceKey()), observer,
                ignored -> DeleteResourceResponse.getDefaultInstance());
    }

    @Override
    public void activateJobs(ActivateJobsRequest request, StreamObserver<ActivateJobsResponse> observer) {
        String problem = JobRequestValidation.problem(request.getType(), request.getTimeout(),
                request.getMaxJobsToActivate(), request.getTenantIdsList());
        if (problem != null) {
            observer.onError(Status.INVALID_ARGUMENT.withDescription(problem).asRuntimeException());
            return;
        }
        EngineRecords.JobRequest jobRequest = new EngineRecords.JobRequest(request.getType(), request.getWorker(),
                request.getTimeout(), request.getMaxJobsToActivate(), request.getFetchVariableList());
        engine.activateJobs(jobRequest, request.getRequestTimeout(), jobs -> {
            if (observer instanceof ServerCallStreamObserver<?> call && call.isCancelled()) {
                return;
            }
            try {
                ActivateJobsResponse.Builder response = ActivateJobsResponse.newBuilder();
                jobs.forEach(job -> response.addJobs(JobMapping.toProto(job)));
                observer.onNext(response.build());
                observer.onCompleted();
            } catch (StatusRuntimeException | IllegalStateException e) {
                // the caller went away between activation and answer; the jobs time out and return
            }
        }, error -> observer.onError(status(error)));
    }

    @Override
    public void streamActivatedJobs(StreamActivatedJobsRequest request, StreamObserver<ActivatedJob> observer) {
        String problem = JobRequestValidation.problem(request.getType(), request.getTimeout(), 1,
                request.getTenantIdsList());
        if (problem != null) {
            observer.onError(Status.INVALID_ARGUMENT.withDescription(problem).asRuntimeException());
            return;
        }
        ServerCallStreamObserver<ActivatedJob> call = (ServerCallStreamObserver<ActivatedJob>) observer;
        EngineRecords.JobRequest jobRequest = new EngineRecords.JobRequest(request.getType(), request.getWorker(),
                request.getTimeout(), 1, request.getFetchVariableList());
        Object handle = engine.openStream(jobRequest, job -> push(call, job));
        call.setOnCancelHandler(() -> engine.closeStream(handle));
    }

    private static boolean push(ServerCallStreamObserver<ActivatedJob> call, ActivatedJobData job) {
        if (call.isCancelled()) {
            return false;
        }
        try {
            synchronized (call) {
                call.onNext(JobMapping.toProto(job));
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void completeJob(CompleteJobRequest request, StreamObserver<CompleteJobResponse> observer) {
        answer(engine.completeJob(request.getJobKey(), request.getVariables(), JobMapping.result(request)), observer,
                ignored -> CompleteJobResponse.getDefaultInstance());
    }

    @Override
    public void failJob(FailJobRequest request, StreamObserver<FailJobResponse> observer) {
        answer(engine.failJob(request.getJobKey(), request.getRetries(), request.getErrorMessage(),
                request.getRetryBackOff(), request.getVariables()), observer, ignored -> FailJobResponse.getDefaultInstance());
    }

    @Override
    public void throwError(ThrowErrorRequest request, StreamObserver<ThrowErrorResponse> observer) {
        if (request.getErrorCode().isBlank()) {
            observer.onError(Status.INVALID_ARGUMENT.withDescription(
                    "Expected to throw an error with a non-empty error code, but it was blank").asRuntimeException());
            return;
        }
        answer(engine.throwError(request.getJobKey(), request.getErrorCode(), request.getErrorMessage(),
                request.getVariables()), observer, ignored -> ThrowErrorResponse.getDefaultInstance());
    }

    @Override
    public void updateJobRetries(UpdateJobRetriesRequest request, StreamObserver<UpdateJobRetriesResponse> observer) {
        answer(engine.updateRetries(request.getJobKey(), request.getRetries()), observer,
                ignored -> UpdateJobRetriesResponse.getDefaultInstance());
    }

    @Override
    public void updateJobTimeout(UpdateJobTimeoutRequest request, StreamObserver<UpdateJobTimeoutResponse> observer) {
        answer(engine.updateTimeout(request.getJobKey(), request.getTimeout()), observer,
                ignored -> UpdateJobTimeoutResponse.getDefaultInstance());
    }

    @Override
    public void setVariables(SetVariablesRequest request, StreamObserver<SetVariablesResponse> observer) {
        answer(engine.setVariables(request.getElementInstanceKey(), request.getVariables(), request.getLocal()),
                observer, key -> SetVariablesResponse.newBuilder().setKey(key).build());
    }

    @Override
    public void resolveIncident(ResolveIncidentRequest request, StreamObserver<ResolveIncidentResponse> observer) {
        answer(engine.resolveIncident(request.getIncidentKey()), observer,
                ignored -> ResolveIncidentResponse.getDefaultInstance());
    }

    @Override
    public void publishMessage(PublishMessageRequest request, StreamObserver<PublishMessageResponse> observer) {
        if (!validTenant(request.getTenantId(), observer)) {
            return;
        }
        if (request.getName().isBlank()) {
            observer.onError(Status.INVALID_ARGUMENT.withDescription(
                    "Expected to publish a message with a non-empty name, but it was blank").asRuntimeException());
            return;
        }
        answer(engine.publishMessage(request.getName(), request.getCorrelationKey(), Math.max(0, request.getTimeToLive()),
                request.getMessageId(), request.getVariables()), observer,
                key -> PublishMessageResponse.newBuilder().setKey(key).setTenantId(DEFAULT_TENANT).build());
    }

    @Override
    public void broadcastSignal(BroadcastSignalRequest request, StreamObserver<BroadcastSignalResponse> observer) {
        if (!validTenant(request.getTenantId(), observer)) {
            return;
        }
        if (request.getSignalName().isBlank()) {
            observer.onError(Status.INVALID_ARGUMENT.withDescription(
                    "Expected to broadcast a signal with a non-empty name, but it was blank").asRuntimeException());
            return;
        }
        answer(engine.broadcastSignal(request.getSignalName(), request.getVariables()), observer,
                key -> BroadcastSignalResponse.newBuilder().setKey(key).setTenantId(DEFAULT_TENANT).build());
    }

    private static EngineRecords.CreateInstance toCreate(CreateProcessInstanceRequest request) {
        return new EngineRecords.CreateInstance(request.getProcessDefinitionKey(), request.getBpmnProcessId(),
                request.getVersion() == 0 && request.getProcessDefinitionKey() <= 0 ? -1 : request.getVersion(),
                request.getVariables());
    }

    private static boolean validCreate(CreateProcessInstanceRequest request, StreamObserver<?> observer) {
        if (!validTenant(request.getTenantId(), observer)) {
            return false;
        }
        if (request.getProcessDefinitionKey() <= 0 && request.getBpmnProcessId().isBlank()) {
            observer.onError(Status.INVALID_ARGUMENT.withDescription("Expected either a bpmnProcessId or a "
                    + "processDefinitionKey, but none given").asRuntimeException());
            return false;
        }
        if (request.getStartInstructionsCount() > 0) {
            observer.onError(Status.INVALID_ARGUMENT.withDescription("Expected no start instructions, but the "
                    + "embedded engine starts processes only at their none start event").asRuntimeException());
            return false;
        }
        return true;
    }

    private static boolean validTenant(String tenantId, StreamObserver<?> observer) {
        if (tenantId.isEmpty() || DEFAULT_TENANT.equals(tenantId)) {
            return true;
        }
        observer.onError(Status.INVALID_ARGUMENT.withDescription("Expected to handle request with tenant identifier '"
                + tenantId + "', but multi-tenancy is disabled").asRuntimeException());
        return false;
    }

    private static <T, R> void answer(CompletableFuture<T> future, StreamObserver<R> observer, Function<T, R> mapper) {
        future.whenComplete((result, error) -> {
            if (error != null) {
                observer.onError(status(error));
                return;
            }
            try {
                observer.onNext(mapper.apply(result));
                observer.onCompleted();
            } catch (StatusRuntimeException | IllegalStateException e) {
                // the caller cancelled; the command itself has committed
            }
        });
    }

    static StatusRuntimeException status(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof Rejection rejection) {
            Status status = switch (rejection.code()) {
                case INVALID_ARGUMENT -> Status.INVALID_ARGUMENT;
                case NOT_FOUND -> Status.NOT_FOUND;
                case FAILED_PRECONDITION -> Status.FAILED_PRECONDITION;
                case ALREADY_EXISTS -> Status.ALREADY_EXISTS;
                case DEADLINE_EXCEEDED -> Status.DEADLINE_EXCEEDED;
                case UNAVAILABLE -> Status.UNAVAILABLE;
            };
            return status.withDescription(rejection.getMessage()).asRuntimeException();
        }
        return Status.INTERNAL.withDescription(String.valueOf(cause.getMessage())).withCause(cause).asRuntimeException();
    }
}
