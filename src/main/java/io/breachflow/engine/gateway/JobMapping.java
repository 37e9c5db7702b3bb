package io.breachflow.engine.gateway;

import io.breachflow.engine.processing.ActivatedJobData;
import io.breachflow.engine.processing.UserTaskJobProperties;
import io.breachflow.engine.processing.UserTaskJobResult;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.CompleteJobRequest;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.JobResult;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.JobResultCorrections;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.UserTaskProperties;
import java.util.List;


/** Engine job → wire job, and a wire job result → the engine's task listener result. */
final class JobMapping {
    private JobMapping() {
    }

    /** {@code CompleteJobRequest.result} of type {@code userTask} (the default); none or another type = no result. */
    static UserTaskJobResult result(CompleteJobRequest request) {
        if (!request.hasResult()) {
            return UserTaskJobResult.NONE;
        }
        JobResult result = request.getResult();
        if (result.hasType() && !"userTask".equals(result.getType())) {
            return UserTaskJobResult.NONE;
        }
        UserTaskJobResult.Corrections corrections = null;
        if (result.hasCorrections()) {
            JobResultCorrections c = result.getCorrections();
            corrections = new UserTaskJobResult.Corrections(c.hasAssignee() ? c.getAssignee() : null,
                    c.hasDueDate() ? c.getDueDate() : null, c.hasFollowUpDate() ? c.getFollowUpDate() : null,
                    c.hasCandidateUsers() ? List.copyOf(c.getCandidateUsers().getValuesList()) : null,
                    c.hasCandidateGroups() ? List.copyOf(c.getCandidateGroups().getValuesList()) : null,
                    c.hasPriority() ? c.getPriority() : null);
        }
        return new UserTaskJobResult(result.getDenied(), result.hasDeniedReason() ? result.getDeniedReason() : null,
                corrections);
    }

    static ActivatedJob toProto(ActivatedJobData job) {
        ActivatedJob.Builder builder = ActivatedJob.newBuilder();
        if ("TASK_LISTENER".equals(job.kind())) {
            builder.setKind(ActivatedJob.JobKind.TASK_LISTENER)
                    .setListenerEventType(ActivatedJob.ListenerEventType.valueOf(job.listenerEventType()));
            if (job.userTask() != null) {
                builder.setUserTask(userTask(job.userTask()));
            }
        } else {
            builder.setKind(ActivatedJob.JobKind.BPMN_ELEMENT);
        }
        return builder.setKey(job.key()).setType(job.type())
                .setProcessInstanceKey(job.processInstanceKey()).setBpmnProcessId(job.bpmnProcessId())
                .setProcessDefinitionVersion(job.version()).setProcessDefinitionKey(job.processDefinitionKey())
                .setElementId(job.elementId()).setElementInstanceKey(job.elementInstanceKey())
                .setCustomHeaders(job.customHeaders()).setWorker(job.worker() == null ? "" : job.worker())
                .setRetries(job.retries()).setDeadline(job.deadline()).setVariables(job.variables())
                .setTenantId("<default>").build();
    }

    private static UserTaskProperties userTask(UserTaskJobProperties task) {
        UserTaskProperties.Builder builder = UserTaskProperties.newBuilder().setAction(task.action())
                .addAllCandidateGroups(task.candidateGroups()).addAllCandidateUsers(task.candidateUsers())
                .addAllChangedAttributes(task.changedAttributes()).setPriority(task.priority())
                .setUserTaskKey(task.userTaskKey());
        if (task.assignee() != null) {
            builder.setAssignee(task.assignee());
        }
        if (task.dueDate() != null) {
            builder.setDueDate(task.dueDate());
        }
        if (task.followUpDate() != null) {
            builder.setFollowUpDate(task.followUpDate());
        }
        if (task.formKey() != null) {
            builder.setFormKey(task.formKey());
        }
        return builder.build();
    }
}
