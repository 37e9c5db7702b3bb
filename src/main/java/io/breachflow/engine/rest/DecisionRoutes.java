package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.engine.processing.DecisionRecords;
import io.breachflow.engine.processing.DecisionRecords.DeployedDecision;
import io.breachflow.engine.processing.Engine;
import java.util.List;

/**
 * {@code POST /v2/decision-definitions/evaluation} by {@code decisionDefinitionKey} or the latest version of
 * {@code decisionDefinitionId}; a failed evaluation is a 200 answer with {@code failureMessage}, as in 8.8.
 */
final class DecisionRoutes {
    private final Engine engine;

    DecisionRoutes(Engine engine) {
        this.engine = engine;
    }

    List<Route> routes() {
        return List.of(Route.async("POST", "/v2/decision-definitions/evaluation", request -> {
            JsonBody body = request.json().defaultTenant();
            long key = body.key("decisionDefinitionKey");
            String id = body.text("decisionDefinitionId", "");
            if (key <= 0 && id.isBlank()) {
                throw Problem.invalid("At least one of [decisionDefinitionId, decisionDefinitionKey] is required.");
            }
            return engine.evaluateDecision(key, id, body.variables("variables"))
                    .thenApply(evaluation -> Reply.json(evaluation(evaluation)));
        }));
    }

    private static ObjectNode evaluation(DecisionRecords.Evaluation evaluation) {
        DeployedDecision decision = evaluation.decision();
        ObjectNode body = Json.object();
        body.put("decisionDefinitionId", decision.id());
        body.put("decisionDefinitionName", decision.name());
        body.put("decisionDefinitionVersion", decision.version());
        body.put("decisionRequirementsId", decision.decisionRequirementsId());
        body.put("output", evaluation.output());
        body.put("failedDecisionDefinitionId", evaluation.failed() ? evaluation.failedDecisionId() : "");
        body.put("failureMessage", evaluation.failed() ? evaluation.failureMessage() : "");
        body.put("tenantId", JsonBody.DEFAULT_TENANT);
        body.put("decisionDefinitionKey", Json.key(decision.key()));
        body.put("decisionRequirementsKey", Json.key(decision.decisionRequirementsKey()));
        body.put("decisionInstanceKey", Json.key(evaluation.key()));
        body.put("decisionEvaluationKey", Json.key(evaluation.key()));
        ArrayNode evaluated = body.putArray("evaluatedDecisions");
        int index = 1;
        for (DecisionRecords.EvaluatedDecision each : evaluation.evaluated()) {
            evaluated.add(evaluated(each, evaluation.key() + "-" + index++));
        }
        return body;
    }

    private static ObjectNode evaluated(DecisionRecords.EvaluatedDecision evaluated, String instanceKey) {
        DeployedDecision decision = evaluated.decision();
        ObjectNode item = Json.object();
        item.put("decisionDefinitionId", decision.id());
        item.put("decisionDefinitionName", decision.name());
        item.put("decisionDefinitionVersion", decision.version());
        item.put("decisionDefinitionType", evaluated.type());
        item.put("output", evaluated.output());
        item.put("tenantId", JsonBody.DEFAULT_TENANT);
        ArrayNode rules = item.putArray("matchedRules");
        for (DecisionRecords.MatchedRule rule : evaluated.matchedRules()) {
            ObjectNode matched = rules.addObject();
            matched.put("ruleId", rule.id());
            matched.put("ruleIndex", rule.index());
            ArrayNode outputs = matched.putArray("evaluatedOutputs");
            rule.outputs().forEach(output -> outputs.addObject().put("outputId", output.id())
                    .put("outputName", output.name()).put("outputValue", output.value()));
        }
        ArrayNode inputs = item.putArray("evaluatedInputs");
        evaluated.inputs().forEach(input -> inputs.addObject().put("inputId", input.id())
                .put("inputName", input.name()).put("inputValue", input.value()));
        item.put("decisionDefinitionKey", Json.key(decision.key()));
        item.put("decisionEvaluationInstanceKey", instanceKey);
        return item;
    }
}
