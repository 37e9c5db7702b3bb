package io.breachflow.engine.processing;

import io.breachflow.engine.model.CalledDecision;
import io.breachflow.engine.model.DecisionResources;
import io.breachflow.engine.model.Expression;
import io.breachflow.engine.processing.DecisionRecords.EvaluatedDecision;
import io.breachflow.engine.processing.DecisionRecords.EvaluatedInput;
import io.breachflow.engine.processing.DecisionRecords.EvaluatedOutput;
import io.breachflow.engine.processing.DecisionRecords.Evaluation;
import io.breachflow.engine.processing.DecisionRecords.MatchedRule;
import io.breachflow.engine.state.DecisionDefinition;
import io.breachflow.engine.state.DecisionStore;
import io.breachflow.engine.state.ElementInstance;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds and evaluates decisions for the EvaluateDecision command and for business rule tasks, and
 * records each evaluation ({@code DECISION_EVALUATION} EVALUATED or FAILED) in the history.
 */
final class DecisionBehavior {
    private final CommandContext ctx;
    private final DecisionStore store;

    DecisionBehavior(CommandContext ctx) {
        this.ctx = ctx;
        this.store = new DecisionStore(ctx.store);
    }

    /** What a business rule task does next: complete with {@code variables}, or raise the incident. */
    record TaskOutcome(Map<String, String> variables, String incidentType, String message) {
        static TaskOutcome incident(String type, String message) {
            return new TaskOutcome(Map.of(), type, message);
        }
    }

    /** EvaluateDecision: by key, else the latest version of the id; NOT_FOUND when there is none. */
    Evaluation evaluate(long decisionKey, String decisionId, String variables) {
        DecisionDefinition decision = decisionKey > 0 ? store.decision(decisionKey) : store.latestDecision(decisionId);
        if (decision == null) {
            throw decisionKey > 0
                    ? Rejection.notFound("Expected to evaluate decision with key '%d', but no such decision was found",
                            decisionKey)
                    : Rejection.notFound("Expected to evaluate decision '%s', but no decision found for id '%s'",
                            decisionId, decisionId);
        }
        Map<String, Object> input = new HashMap<>();
        ctx.json.document(variables).forEach((name, json) -> input.put(name, ctx.json.read(json)));
        return evaluate(decision, input, -1, decision.decisionId());
    }

    /** A business rule task's decision, evaluated with every variable visible from the task. */
    TaskOutcome evaluateFor(ElementInstance instance, CalledDecision called) {
        Expression.VariableLookup lookup = ctx.variables.lookup(instance.key());
        String decisionId;
        String versionTag;
        try {
            decisionId = text(called.decisionId(), lookup);
            versionTag = called.binding() == CalledDecision.Binding.VERSION_TAG ? text(called.versionTag(), lookup) : null;
        } catch (Expression.EvaluationFailure e) {
            return TaskOutcome.incident("EXTRACT_VALUE_ERROR", e.getMessage());
        }
        DecisionDefinition decision = switch (called.binding()) {
            case LATEST -> store.latestDecision(decisionId);
            case DEPLOYMENT -> store.decisionOfDeployment(decisionId,
                    ctx.models().definition(instance.processDefinitionKey(), ctx.store).deploymentKey());
            case VERSION_TAG -> store.decisionWithVersionTag(decisionId, versionTag);
        };
        if (decision == null) {
            return TaskOutcome.incident("CALLED_DECISION_ERROR", notFound(decisionId, called.binding(), versionTag));
        }
        Map<String, Object> input = new HashMap<>();
        ctx.variables.visible(instance.key()).forEach((name, json) -> input.put(name, ctx.json.read(json)));
        Evaluation evaluation = evaluate(decision, input, instance.processInstanceKey(), instance.elementId());
        if (evaluation.failed()) {
            return TaskOutcome.incident("DECISION_EVALUATION_ERROR", evaluation.failureMessage());
        }
        return new TaskOutcome(Map.of(called.resultVariable(), evaluation.output()), null, null);
    }

    private static String notFound(String decisionId, CalledDecision.Binding binding, String versionTag) {
        return switch (binding) {
            case LATEST -> String.format("Expected to evaluate decision '%s', but no decision found for id '%s'",
                    decisionId, decisionId);
            case DEPLOYMENT -> String.format("Expected to evaluate decision '%s' with binding type 'deployment', but "
                    + "no such decision was deployed together with the process", decisionId);
            case VERSION_TAG -> String.format("Expected to evaluate decision '%s' with version tag '%s', but no such "
                    + "decision found", decisionId, versionTag);
        };
    }

    private static String text(Expression expression, Expression.VariableLookup lookup) {
        Object value = expression.evaluate(lookup);
        if (value instanceof String s) {
            return s;
        }
        throw new Expression.EvaluationFailure("Expected result of the expression '" + expression.text()
                + "' to be 'STRING', but was '" + BpmnExecutor.typeName(value) + "'.");
    }

    private Evaluation evaluate(DecisionDefinition decision, Map<String, Object> variables, long processInstanceKey,
            String elementId) {
        DecisionResources.Drg drg = ctx.models().decisions().get(decision.decisionRequirementsKey(), store);
        DecisionResources.Result result = ctx.models().decisions().resources().evaluate(drg, decision.decisionId(),
                variables);
        Map<String, DecisionDefinition> siblings = store.decisionsOf(decision.decisionRequirementsKey()).stream()
                .collect(Collectors.toMap(DecisionDefinition::decisionId, Function.identity()));
        List<EvaluatedDecision> evaluated = result.evaluated().stream()
                .map(e -> evaluated(e, siblings.getOrDefault(e.decisionId(), decision))).toList();
        String failure = result.failed() ? String.format("Expected to evaluate decision '%s', but %s",
                decision.decisionId(), result.failureMessage()) : null;
        Evaluation evaluation = new Evaluation(ctx.nextKey(), DecisionDeployment.deployed(decision),
                ctx.json.write(result.output()), evaluated, result.failedDecisionId(), failure);
        history(evaluation, processInstanceKey, elementId);
        return evaluation;
    }

    private EvaluatedDecision evaluated(DecisionResources.Evaluated e, DecisionDefinition definition) {
        List<EvaluatedInput> inputs = e.inputs().stream()
                .map(i -> new EvaluatedInput(i.id(), i.name(), ctx.json.write(i.value()))).toList();
        List<MatchedRule> rules = e.matchedRules().stream().map(r -> new MatchedRule(r.id(), r.index(),
                r.outputs().stream().map(o -> new EvaluatedOutput(o.id(), o.name(), ctx.json.write(o.value())))
                        .toList())).toList();
        return new EvaluatedDecision(DecisionDeployment.deployed(definition), e.type(), ctx.json.write(e.output()),
                inputs, rules);
    }

    private void history(Evaluation evaluation, long processInstanceKey, String elementId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("decisionId", evaluation.decision().id());
        payload.put("decisionKey", evaluation.decision().key());
        payload.put("decisionVersion", evaluation.decision().version());
        payload.put("decisionOutput", evaluation.output());
        if (evaluation.failed()) {
            payload.put("failedDecisionId", evaluation.failedDecisionId());
            payload.put("failureMessage", evaluation.failureMessage());
        }
        ctx.history(processInstanceKey, "DECISION_EVALUATION", evaluation.failed() ? "FAILED" : "EVALUATED",
                evaluation.key(), elementId, null, ctx.json.write(payload));
    }
}
