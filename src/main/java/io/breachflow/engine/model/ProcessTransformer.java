package io.breachflow.engine.model;

import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Activity;
import io.camunda.zeebe.model.bpmn.instance.BoundaryEvent;
import io.camunda.zeebe.model.bpmn.instance.CallActivity;
import io.camunda.zeebe.model.bpmn.instance.CatchEvent;
import io.camunda.zeebe.model.bpmn.instance.EventBasedGateway;
import io.camunda.zeebe.model.bpmn.instance.IntermediateCatchEvent;
import io.camunda.zeebe.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.ReceiveTask;
import io.camunda.zeebe.model.bpmn.instance.ThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeBindingType;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledElement;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeLoopCharacteristics;
import io.camunda.zeebe.model.bpmn.instance.BaseElement;
import io.camunda.zeebe.model.bpmn.instance.BusinessRuleTask;
import io.camunda.zeebe.model.bpmn.instance.EndEvent;
import io.camunda.zeebe.model.bpmn.instance.ExclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.FlowNode;
import io.camunda.zeebe.model.bpmn.instance.InclusiveGateway;
import io.camunda.zeebe.model.bpmn.instance.IntermediateThrowEvent;
import io.camunda.zeebe.model.bpmn.instance.ManualTask;
import io.camunda.zeebe.model.bpmn.instance.ParallelGateway;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.ScriptTask;
import io.camunda.zeebe.model.bpmn.instance.SendTask;
import io.camunda.zeebe.model.bpmn.instance.SequenceFlow;
import io.camunda.zeebe.model.bpmn.instance.ServiceTask;
import io.camunda.zeebe.model.bpmn.instance.StartEvent;
import io.camunda.zeebe.model.bpmn.instance.SubProcess;
import io.camunda.zeebe.model.bpmn.instance.Task;
import io.camunda.zeebe.model.bpmn.instance.UserTask;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeCalledDecision;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeExecutionListeners;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeIoMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeMapping;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeScript;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeUserTask;
import io.camunda.zeebe.model.bpmn.validation.zeebe.ZeebeDesignTimeValidators;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.xml.ModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.model.xml.validation.ValidationResult;
import org.camunda.bpm.model.xml.validation.ValidationResultType;
import org.camunda.bpm.model.xml.validation.ValidationResults;

/**
 * Turns a BPMN resource into executable processes, after Zeebe's own design-time validators and
 * the engine's support checks; every problem names the element so a modeller can fix it.
 */
public final class ProcessTransformer {

    private final FeelExpressions feel;

    public ProcessTransformer(FeelExpressions feel) {
        this.feel = feel;
    }

    /** Parses, validates and transforms one resource; throws {@link InvalidModelException} listing every problem. */
    public List<ExecutableProcess> transform(String resourceName, byte[] resource) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(resource));
        } catch (RuntimeException e) {
            throw new InvalidModelException("'" + resourceName + "': " + rootMessage(e));
        }
        Problems problems = new Problems();
        ValidationResults results = ((ModelInstance) model).validate(ZeebeDesignTimeValidators.VALIDATORS);
        results.getResults().forEach((element, list) -> {
            for (ValidationResult result : list) {
                if (result.getType() == ValidationResultType.ERROR) {
                    problems.add(element, result.getMessage());
                }
            }
        });
        List<ExecutableProcess> processes = new ArrayList<>();
        for (Process process : model.getModelElementsByType(Process.class)) {
            if (process.isExecutable()) {
                processes.add(transformProcess(process, problems));
            }
        }
        if (processes.isEmpty() && problems.isEmpty()) {
            problems.add(null, "Must contain at least one executable process");
        }
        if (!problems.isEmpty()) {
            throw new InvalidModelException("'" + resourceName + "':" + problems.render());
        }
        return processes;
    }

    private ExecutableProcess transformProcess(Process process, Problems problems) {
        ExecutableElement root = new ExecutableElement(process.getId(), ElementType.PROCESS);
        Map<String, ExecutableElement> elements = new HashMap<>();
        Map<String, ExecutableFlow> flows = new HashMap<>();
        elements.put(root.id(), root);
        for (FlowNode node : process.getModelInstance().getModelElementsByType(FlowNode.class)) {
            if (owningProcess(node) != process) {
                continue;
            }
            ExecutableElement element = element(node, problems);
            if (element != null) {
                elements.put(element.id(), element);
            }
        }
        for (FlowNode node : process.getModelInstance().getModelElementsByType(FlowNode.class)) {
            ExecutableElement element = elements.get(node.getId());
            if (element == null || owningProcess(node) != process) {
                continue;
            }
            ModelElementInstance parent = node.getParentElement();
            element.flowScope = parent instanceof SubProcess sub ? elements.get(sub.getId()) : root;
            if (element.flowScope != null) {
                element.flowScope.children.add(element);
                wireStartEvent(element);
            }
            if (node instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
                element.attachedTo = elements.get(boundary.getAttachedTo().getId());
                if (element.attachedTo != null) {
                    element.attachedTo.boundaryEvents.add(element);
                }
            }
        }
        for (SequenceFlow sequenceFlow : process.getModelInstance().getModelElementsByType(SequenceFlow.class)) {
            ExecutableElement source = elements.get(sequenceFlow.getSource().getId());
            ExecutableElement target = elements.get(sequenceFlow.getTarget().getId());
            if (source == null || target == null) {
                continue;
            }
            ExecutableFlow flow = new ExecutableFlow(sequenceFlow.getId(), condition(sequenceFlow, problems));
            flow.source = source;
            flow.target = target;
            source.outgoing.add(flow);
            target.incoming.add(flow);
            flows.put(flow.id(), flow);
        }
        for (FlowNode node : process.getModelInstance().getModelElementsByType(FlowNode.class)) {
            ExecutableElement element = elements.get(node.getId());
            SequenceFlow byDefault = node instanceof ExclusiveGateway g ? g.getDefault()
                    : node instanceof InclusiveGateway g ? g.getDefault() : null;
            if (element != null && byDefault != null) {
                element.defaultFlow = flows.get(byDefault.getId());
            }
        }
        io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeVersionTag tag =
                process.getSingleExtensionElement(io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeVersionTag.class);
        return new ExecutableProcess(process.getId(), root, Map.copyOf(elements), Map.copyOf(flows),
                tag == null ? null : tag.getValue());
    }

    private static void wireStartEvent(ExecutableElement element) {
        if (element.type() != ElementType.START_EVENT) {
            return;
        }
        ExecutableElement scope = element.flowScope;
        if (scope.type() == ElementType.EVENT_SUB_PROCESS) {
            scope.eventStart = element;
            if (scope.flowScope != null) {
                scope.flowScope.eventSubProcessStarts.add(element);
            }
        } else if (element.event().is(EventDefinition.Kind.NONE)) {
            scope.noneStartEvent = element;
        } else {
            scope.eventStartEvents.add(element);
        }
    }

    private ExecutableElement element(FlowNode node, Problems problems) {
        ElementType type = SupportedElements.typeOf(node, problems);
        if (type == null) {
            return null;
        }
        ExecutableElement element = new ExecutableElement(node.getId(), type);
        EventDefinitions.Parser parser = parser(node, problems);
        if (node instanceof CatchEvent catchEvent) {
            element.event = EventDefinitions.read(catchEvent.getEventDefinitions(), parser);
        } else if (node instanceof ThrowEvent throwEvent) {
            element.event = EventDefinitions.read(throwEvent.getEventDefinitions(), parser);
        } else if (node instanceof ReceiveTask receive) {
            element.event = EventDefinitions.message(receive.getMessage(), parser);
        }
        if (element.event == null) {
            problems.add(node, "Expected an event definition the embedded engine supports, but this one is not");
            element.event = EventDefinition.NONE;
        }
        if (node instanceof StartEvent start) {
            element.interrupting = start.isInterrupting();
        } else if (node instanceof BoundaryEvent boundary) {
            element.interrupting = boundary.cancelActivity();
        }
        if (node instanceof Activity activity
                && activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics loop) {
            element.loop = loop(node, loop, parser);
        }
        if (node instanceof CallActivity) {
            element.calledElement = calledElement(node, parser);
        }
        if (node.getSingleExtensionElement(ZeebeExecutionListeners.class) != null) {
            problems.add(node, "Execution listeners are not supported by the embedded engine yet");
        }
        ZeebeIoMapping io = node.getSingleExtensionElement(ZeebeIoMapping.class);
        if (io != null) {
            element.inputs = mappings(node, io.getInputs(), problems);
            element.outputs = mappings(node, io.getOutputs(), problems);
        }
        ZeebeTaskDefinition task = node.getSingleExtensionElement(ZeebeTaskDefinition.class);
        if (task != null) {
            element.job = new JobDefinition(expression(node, task.getType(), problems),
                    expression(node, task.getRetries() == null ? ZeebeTaskDefinition.DEFAULT_RETRIES : task.getRetries(), problems),
                    JobHeaders.of(node), Map.of());
        } else if (node instanceof UserTask && node.getSingleExtensionElement(ZeebeUserTask.class) != null) {
            element.userTask = UserTaskDefinitions.of(node, this::parseOrReport, problems);
        } else if (node instanceof UserTask) {
            element.job = JobHeaders.userTaskJob(node, this::parseOrReport, problems);
        }
        ZeebeScript script = node.getSingleExtensionElement(ZeebeScript.class);
        if (script != null && task == null) {
            element.script = expression(node, script.getExpression(), problems);
            element.resultVariable = script.getResultVariable();
        }
        ZeebeCalledDecision decision = node.getSingleExtensionElement(ZeebeCalledDecision.class);
        if (decision != null && task == null) {
            element.calledDecision = CalledDecisions.of(node, decision, this::parseOrReport, problems);
        }
        return element;
    }

    private EventDefinitions.Parser parser(BaseElement node, Problems problems) {
        return new EventDefinitions.Parser() {
            @Override
            public Expression parse(String text) {
                return expression(node, text, problems);
            }

            @Override
            public Expression parseFeel(String text) {
                try {
                    return feel.parseAlwaysFeel(text);
                } catch (IllegalArgumentException e) {
                    problems.add(node, e.getMessage());
                    return null;
                }
            }
        };
    }

    private static LoopCharacteristics loop(FlowNode node, MultiInstanceLoopCharacteristics loop,
            EventDefinitions.Parser parser) {
        ZeebeLoopCharacteristics zeebe = loop.getSingleExtensionElement(ZeebeLoopCharacteristics.class);
        String condition = loop.getCompletionCondition() == null ? null : loop.getCompletionCondition().getTextContent();
        return new LoopCharacteristics(loop.isSequential(),
                zeebe == null || zeebe.getInputCollection() == null ? null : parser.parseFeel(zeebe.getInputCollection()),
                zeebe == null ? null : zeebe.getInputElement(),
                zeebe == null ? null : zeebe.getOutputCollection(),
                zeebe == null || zeebe.getOutputElement() == null ? null : parser.parseFeel(zeebe.getOutputElement()),
                condition == null || condition.isBlank() ? null : parser.parseFeel(condition));
    }

    private static CalledElement calledElement(FlowNode node, EventDefinitions.Parser parser) {
        ZeebeCalledElement called = node.getSingleExtensionElement(ZeebeCalledElement.class);
        ZeebeBindingType binding = called.getBindingType();
        CalledElement.Binding kind = binding == ZeebeBindingType.deployment ? CalledElement.Binding.DEPLOYMENT
                : binding == ZeebeBindingType.versionTag ? CalledElement.Binding.VERSION_TAG : CalledElement.Binding.LATEST;
        return new CalledElement(parser.parse(called.getProcessId()), kind, called.getVersionTag(),
                called.isPropagateAllParentVariablesEnabled(), called.isPropagateAllChildVariablesEnabled());
    }

    private Expression parseOrReport(BaseElement node, String text, Problems problems) {
        return expression(node, text, problems);
    }

    private Expression expression(BaseElement node, String text, Problems problems) {
        try {
            return feel.parse(text);
        } catch (IllegalArgumentException e) {
            problems.add(node, e.getMessage());
            return null;
        }
    }

    private Expression condition(SequenceFlow flow, Problems problems) {
        if (flow.getConditionExpression() == null) {
            return null;
        }
        String text = flow.getConditionExpression().getTextContent();
        try {
            return feel.parseAlwaysFeel(text);
        } catch (IllegalArgumentException e) {
            problems.add(flow, e.getMessage());
            return null;
        }
    }

    private List<Mapping> mappings(BaseElement node, Collection<? extends ZeebeMapping> mappings, Problems problems) {
        List<Mapping> result = new ArrayList<>();
        for (ZeebeMapping mapping : mappings) {
            String source = mapping.getSource() == null ? "=null" : mapping.getSource();
            result.add(new Mapping(expression(node, source, problems), mapping.getTarget()));
        }
        return List.copyOf(result);
    }

    private static Process owningProcess(ModelElementInstance node) {
        ModelElementInstance current = node.getParentElement();
        while (current != null && !(current instanceof Process)) {
            current = current.getParentElement();
        }
        return (Process) current;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? e.toString() : t.getMessage();
    }

    /** Collects problems per element in Zeebe's "- Element: id / - ERROR: message" shape. */
    static final class Problems {
        private final Map<String, List<String>> byElement = new java.util.LinkedHashMap<>();

        void add(ModelElementInstance element, String message) {
            String id = element instanceof BaseElement base ? base.getId() : null;
            byElement.computeIfAbsent(id == null ? "<definitions>" : id, k -> new ArrayList<>()).add(message);
        }

        boolean isEmpty() {
            return byElement.isEmpty();
        }

        String render() {
            StringBuilder out = new StringBuilder();
            byElement.forEach((id, messages) -> {
                out.append("\n- Element: ").append(id);
                messages.forEach(m -> out.append("\n    - ERROR: ").append(m));
            });
            return out.toString();
        }
    }

    /** Maps BPMN classes to executable kinds, reporting what this engine version cannot run. */
    static final class SupportedElements {
        private SupportedElements() {
        }

        static ElementType typeOf(FlowNode node, Problems problems) {
            if (node instanceof Activity activity && activity.getLoopCharacteristics() != null
                    && !(activity.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics)) {
                return unsupported(node, "standard loop characteristics", problems);
            }
            if (node instanceof SubProcess sub) {
                return sub.getClass().getSimpleName().contains("AdHoc") ? unsupported(node, "ad-hoc sub-processes", problems)
                        : sub.triggeredByEvent() ? ElementType.EVENT_SUB_PROCESS : ElementType.SUB_PROCESS;
            }
            if (node instanceof StartEvent) {
                return ElementType.START_EVENT;
            }
            if (node instanceof EndEvent) {
                return ElementType.END_EVENT;
            }
            if (node instanceof IntermediateThrowEvent) {
                return ElementType.INTERMEDIATE_THROW_EVENT;
            }
            if (node instanceof IntermediateCatchEvent) {
                return ElementType.INTERMEDIATE_CATCH_EVENT;
            }
            if (node instanceof BoundaryEvent) {
                return ElementType.BOUNDARY_EVENT;
            }
            if (node instanceof ReceiveTask) {
                return ElementType.RECEIVE_TASK;
            }
            if (node instanceof EventBasedGateway) {
                return ElementType.EVENT_BASED_GATEWAY;
            }
            if (node instanceof CallActivity) {
                return ElementType.CALL_ACTIVITY;
            }
            if (node instanceof ServiceTask) {
                return ElementType.SERVICE_TASK;
            }
            if (node instanceof SendTask) {
                return ElementType.SEND_TASK;
            }
            if (node instanceof ScriptTask) {
                return ElementType.SCRIPT_TASK;
            }
            if (node instanceof BusinessRuleTask) {
                return node.getSingleExtensionElement(ZeebeTaskDefinition.class) != null
                        || node.getSingleExtensionElement(ZeebeCalledDecision.class) != null
                        ? ElementType.BUSINESS_RULE_TASK
                        : unsupported(node, "business rule tasks without a task definition or called decision", problems);
            }
            if (node instanceof UserTask) {
                return ElementType.USER_TASK;
            }
            if (node instanceof ManualTask) {
                return ElementType.MANUAL_TASK;
            }
            if (node instanceof ExclusiveGateway) {
                return ElementType.EXCLUSIVE_GATEWAY;
            }
            if (node instanceof ParallelGateway) {
                return ElementType.PARALLEL_GATEWAY;
            }
            if (node instanceof InclusiveGateway) {
                return ElementType.INCLUSIVE_GATEWAY;
            }
            if (node.getClass().getSimpleName().equals("TaskImpl") && node instanceof Task) {
                return ElementType.TASK;
            }
            return unsupported(node, node.getElementType().getTypeName() + " elements", problems);
        }

        private static ElementType unsupported(FlowNode node, String what, Problems problems) {
            problems.add(node, "Expected an element the embedded engine supports, but " + what
                    + " are not supported yet");
            return null;
        }
    }
}
