package io.breachflow.engine.gateway;

import io.breachflow.engine.processing.Modification;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.ModifyProcessInstanceRequest;

/** Turns a gRPC {@code ModifyProcessInstanceRequest} into the engine's {@link Modification}. */
final class ModificationMapping {
    private ModificationMapping() {
    }

    static Modification toModification(ModifyProcessInstanceRequest request) {
        return new Modification(request.getProcessInstanceKey(),
                request.getActivateInstructionsList().stream().map(a -> new Modification.Activation(a.getElementId(),
                        a.getAncestorElementInstanceKey(), a.getVariableInstructionsList().stream()
                                .map(v -> new Modification.Variables(v.getScopeId(), v.getVariables())).toList()))
                        .toList(),
                request.getTerminateInstructionsList().stream()
                        .map(ModifyProcessInstanceRequest.TerminateInstruction::getElementInstanceKey).toList());
    }
}
