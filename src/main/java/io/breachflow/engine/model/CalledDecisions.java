package io.breachflow.engine.model;

import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;

/** Reads {@code zeebe:calledDecision}; Zeebe's validators already require the decision id and result variable. */
final class CalledDecisions {
    private CalledDecisions() {
    }

    static CalledDecision of(BaseElement node, ZeebeCalledDecision called, JobHeaders.Parser parser,
            ProcessTransformer.Problems problems) {
        CalledDecision.Binding binding = binding(called.getBindingType());
        Expression versionTag = called.getVersionTag() == null ? null
                : parser.parse(node, called.getVersionTag(), problems);
        if (binding == CalledDecision.Binding.VERSION_TAG && versionTag == null) {
            problems.add(node, "Expected a version tag for the binding type 'versionTag', but none given");
        }
        return new CalledDecision(parser.parse(node, called.getDecisionId(), problems), called.getResultVariable(),
                binding, versionTag);
    }

    private static CalledDecision.Binding binding(ZeebeBindingType type) {
        if (type == null) {
            return CalledDecision.Binding.LATEST;
        }
        return switch (type) {
            case latest -> CalledDecision.Binding.LATEST;
            case deployment -> CalledDecision.Binding.DEPLOYMENT;
            case versionTag -> CalledDecision.Binding.VERSION_TAG;
        };
    }
}
