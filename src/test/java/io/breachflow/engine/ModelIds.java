package io.breachflow.engine;

import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Process;

/** Small helpers to read ids back out of a built model. */
final class ModelIds {

    private ModelIds() {
    }

    static String processId(BpmnModelInstance model) {
        return model.getModelElementsByType(Process.class).iterator().next().getId();
    }
}
