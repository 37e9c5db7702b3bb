package io.breachflow.engine.gateway;

import io.breachflow.engine.processing.ActivatedJobData;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ActivatedJob;


/** Engine job → wire job. */
final class JobMapping {
    private JobMapping() {
    }

    static ActivatedJob toProto(ActivatedJobData job) {
        return ActivatedJob.newBuilder().setKey(job.key()).setType(job.type())
                .setProcessInstanceKey(job.processInstanceKey()).setBpmnProcessId(job.bpmnProcessId())
                .setProcessDefinitionVersion(job.version()).setProcessDefinitionKey(job.processDefinitionKey())
                .setElementId(job.elementId()).setElementInstanceKey(job.elementInstanceKey())
                .setCustomHeaders(job.customHeaders()).setWorker(job.worker() == null ? "" : job.worker())
                .setRetries(job.retries()).setDeadline(job.deadline()).setVariables(job.variables())
                .setTenantId("<default>").setKind(ActivatedJob.JobKind.BPMN_ELEMENT).build();
    }
}
