package io.breachflow.engine.gateway;

import io.breachflow.engine.processing.DecisionRecords;
import io.breachflow.engine.processing.DecisionRecords.DeployedDecision;
import io.breachflow.engine.processing.DecisionRecords.EvaluatedDecision;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DecisionMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DecisionRequirementsMetadata;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.DeployResourceResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.Deployment;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluateDecisionResponse;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecisionInput;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecisionOutput;
import io.camunda.zeebe.gateway.protocol.GatewayOuterClass.MatchedDecisionRule;
import java.util.List;

/** DMN deployment metadata and decision evaluations as gateway protocol messages. */
final class DecisionMapping {
    private static final String TENANT = "<default>";

    private DecisionMapping() {
    }

    /** Adds one DecisionMetadata per decision, then one DecisionRequirementsMetadata per graph. */
    static void addTo(DeployResourceResponse.Builder response,
            List<DecisionRecords.DeployedDecisionRequirements> graphs) {
        for (var drg : graphs) {
            for (DeployedDecision decision : drg.decisions()) {
                response.addDeployments(Deployment.newBuilder().setDecision(DecisionMetadata.newBuilder()
                        .setDmnDecisionId(decision.id()).setDmnDecisionName(nonNull(decision.name()))
                        .setVersion(decision.version()).setDecisionKey(decision.key())
                        .setDmnDecisionRequirementsId(decision.decisionRequirementsId())
                        .setDecisionRequirementsKey(decision.decisionRequirementsKey()).setTenantId(TENANT)));
            }
        }
        for (var drg : graphs) {
            response.addDeployments(Deployment.newBuilder().setDecisionRequirements(DecisionRequirementsMetadata
                    .newBuilder().setDmnDecisionRequirementsId(drg.id())
                    .setDmnDecisionRequirementsName(nonNull(drg.name())).setVersion(drg.version())
                    .setDecisionRequirementsKey(drg.key()).setResourceName(drg.resourceName()).setTenantId(TENANT)));
        }
    }

    static EvaluateDecisionResponse toResponse(DecisionRecords.Evaluation evaluation) {
        DeployedDecision decision = evaluation.decision();
        EvaluateDecisionResponse.Builder response = EvaluateDecisionResponse.newBuilder()
                .setDecisionKey(decision.key()).setDecisionId(decision.id()).setDecisionName(nonNull(decision.name()))
                .setDecisionVersion(decision.version()).setDecisionRequirementsId(decision.decisionRequirementsId())
                .setDecisionRequirementsKey(decision.decisionRequirementsKey()).setDecisionOutput(evaluation.output())
                .setTenantId(TENANT).setDecisionInstanceKey(evaluation.key()).setDecisionEvaluationKey(evaluation.key());
        if (evaluation.failed()) {
            response.setFailedDecisionId(evaluation.failedDecisionId()).setFailureMessage(evaluation.failureMessage());
        }
        int index = 1;
        for (EvaluatedDecision evaluated : evaluation.evaluated()) {
            response.addEvaluatedDecisions(evaluated(evaluated, evaluation.key() + "-" + index++));
        }
        return response.build();
    }

    private static io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecision evaluated(
            EvaluatedDecision evaluated, String instanceKey) {
        DeployedDecision decision = evaluated.decision();
        var builder = io.camunda.zeebe.gateway.protocol.GatewayOuterClass.EvaluatedDecision.newBuilder()
                .setDecisionKey(decision.key()).setDecisionId(decision.id()).setDecisionName(nonNull(decision.name()))
                .setDecisionVersion(decision.version()).setDecisionType(evaluated.type())
                .setDecisionOutput(evaluated.output()).setTenantId(TENANT).setDecisionEvaluationInstanceKey(instanceKey);
        evaluated.inputs().forEach(input -> builder.addEvaluatedInputs(EvaluatedDecisionInput.newBuilder()
                .setInputId(nonNull(input.id())).setInputName(nonNull(input.name())).setInputValue(input.value())));
        evaluated.matchedRules().forEach(rule -> {
            MatchedDecisionRule.Builder matched = MatchedDecisionRule.newBuilder().setRuleId(nonNull(rule.id()))
                    .setRuleIndex(rule.index());
            rule.outputs().forEach(output -> matched.addEvaluatedOutputs(EvaluatedDecisionOutput.newBuilder()
                    .setOutputId(nonNull(output.id())).setOutputName(nonNull(output.name()))
                    .setOutputValue(output.value())));
            builder.addMatchedRules(matched);
        });
        return builder.build();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
