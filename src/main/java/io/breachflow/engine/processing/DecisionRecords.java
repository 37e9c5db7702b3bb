package io.breachflow.engine.processing;

import java.util.List;

/** DMN values crossing from the engine to the gateway: deployed decisions and evaluation results. */
public final class DecisionRecords {
    private DecisionRecords() {
    }

    public record DeployedDecisionRequirements(String id, String name, int version, long key, String resourceName,
            List<DeployedDecision> decisions) {
    }

    public record DeployedDecision(String id, String name, int version, long key, String decisionRequirementsId,
            long decisionRequirementsKey) {
    }

    /** One EvaluateDecision answer; a failed evaluation carries {@code failedDecisionId} and {@code failureMessage}. */
    public record Evaluation(long key, DeployedDecision decision, String output, List<EvaluatedDecision> evaluated,
            String failedDecisionId, String failureMessage) {
        public boolean failed() {
            return failureMessage != null;
        }
    }

    public record EvaluatedDecision(DeployedDecision decision, String type, String output, List<EvaluatedInput> inputs,
            List<MatchedRule> matchedRules) {
    }

    public record EvaluatedInput(String id, String name, String value) {
    }

    public record MatchedRule(String id, int index, List<EvaluatedOutput> outputs) {
    }

    public record EvaluatedOutput(String id, String name, String value) {
    }
}
