package io.breachflow.workflow;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeFormDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Task names for the inbox. User-task jobs carry the element id but not its name, so the names are
 * read once from the deployed models under {@code bpmn/}; a task from a model deployed by someone
 * else gets a name made from its element id ({@code Task_ApproveReport} → {@code Approve report}).
 * The same goes for the form of a Camunda user task: its listener job carries no form (a real cluster only
 * tells a linked form's key), so the form the model names ({@code zeebe:formDefinition externalReference}) is
 * read here too.
 */
@Component
class ElementNames {

    private final Map<String, String> names = new HashMap<>();
    private final Map<String, String> forms = new HashMap<>();

    ElementNames(ResourcePatternResolver resources) {
        try {
            for (Resource resource : resources.getResources("classpath*:bpmn/*.bpmn")) {
                try (InputStream in = resource.getInputStream()) {
                    read(Bpmn.readModelFromStream(in));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Expected readable models under bpmn/, but one is not", e);
        }
    }

    private void read(BpmnModelInstance model) {
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node.getName() != null && !node.getName().isBlank()) {
                names.put(key(processOf(node), node.getId()), node.getName().strip());
            }
            if (node instanceof UserTask task) {
                ZeebeFormDefinition form = task.getSingleExtensionElement(ZeebeFormDefinition.class);
                String reference = form == null ? null
                        : form.getExternalReference() != null ? form.getExternalReference() : form.getFormKey();
                if (reference != null && !reference.isBlank()) {
                    forms.put(key(processOf(node), node.getId()), reference.strip());
                }
            }
        }
    }

    /** The element's name in the model, or one made from its id. */
    String of(String bpmnProcessId, String elementId) {
        return names.getOrDefault(key(bpmnProcessId, elementId), fromId(elementId));
    }

    /** The form the model names for the user task ({@code draft-report}), or null when it names none. */
    String formOf(String bpmnProcessId, String elementId) {
        return forms.get(key(bpmnProcessId, elementId));
    }

    /** {@code Task_ApproveReport} → {@code Approve report}. */
    static String fromId(String elementId) {
        String bare = elementId.startsWith("Task_") ? elementId.substring(5) : elementId;
        String words = bare.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(Locale.ROOT);
        return words.isEmpty() ? elementId : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String processOf(FlowNode node) {
        org.camunda.bpm.model.xml.instance.ModelElementInstance parent = node.getParentElement();
        while (parent != null && !(parent instanceof Process)) {
            parent = parent.getParentElement();
        }
        return parent == null ? "" : ((Process) parent).getId();
    }

    private static String key(String processId, String elementId) {
        return processId + "/" + elementId;
    }
}
