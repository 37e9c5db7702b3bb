package io.breachflow.engine.model;

import java.io.ByteArrayInputStream;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.dmn.Audit;
import org.camunda.dmn.DmnEngine;
import org.camunda.dmn.parser.ParsedDecisionTable;
import org.camunda.dmn.parser.ParsedDmn;
import org.camunda.dmn.parser.ParsedRule;
import org.camunda.feel.impl.DefaultValueMapper;
import org.camunda.feel.impl.JavaValueMapper;
import org.camunda.feel.syntaxtree.Val;
import org.camunda.feel.syntaxtree.ValError;
import org.camunda.feel.valuemapper.CustomValueMapper;
import org.camunda.feel.valuemapper.ValueMapper;
import scala.jdk.javaapi.CollectionConverters;
import scala.util.Either;

/**
 * Parses and evaluates DMN with camunda-community-hub/dmn-scala, on the same FEEL engine as the
 * expressions, and hands back plain Java values so no Scala type leaves this class.
 */
public final class DecisionResources {
    private static final String ZEEBE_NS = "http://camunda.org/schema/zeebe/1.0";

    private final DmnEngine dmn;
    private final ValueMapper values = new ValueMapper.CompositeValueMapper(CollectionConverters.asScala(
            List.<CustomValueMapper>of(new JavaValueMapper(), DefaultValueMapper.instance())).toList());

    public DecisionResources(Supplier<ZonedDateTime> now) {
        this.dmn = new DmnEngine.Builder().clock(now::get).build();
    }

    /** A parsed DMN resource: one decision requirements graph. */
    public record Drg(String id, String name, List<DecisionInfo> decisions, ParsedDmn parsed) {
    }

    public record DecisionInfo(String id, String name, String versionTag) {
    }

    /** The outcome of one evaluation; on failure {@code failedDecisionId} and {@code failureMessage} are set. */
    public record Result(Object output, List<Evaluated> evaluated, String failedDecisionId, String failureMessage) {
        public boolean failed() {
            return failureMessage != null;
        }
    }

    public record Evaluated(String decisionId, String decisionName, String type, Object output, List<Input> inputs,
            List<Rule> matchedRules) {
    }

    public record Input(String id, String name, Object value) {
    }

    public record Rule(String id, int index, List<Output> outputs) {
    }

    public record Output(String id, String name, Object value) {
    }

    /** Parses a DMN resource; throws {@link InvalidModelException} naming the resource and the problem. */
    public Drg parse(String resourceName, byte[] content) {
        Either<DmnEngine.Failure, ParsedDmn> parsed;
        try {
            parsed = dmn.parse(new ByteArrayInputStream(content));
        } catch (RuntimeException e) {
            throw new InvalidModelException("'" + resourceName + "': " + e.getMessage());
        }
        if (parsed.isLeft()) {
            throw new InvalidModelException("'" + resourceName + "': " + parsed.left().get().message());
        }
        ParsedDmn model = parsed.right().get();
        List<DecisionInfo> decisions = new ArrayList<>();
        for (Decision decision : model.model().getModelElementsByType(Decision.class)) {
            decisions.add(new DecisionInfo(decision.getId(), decision.getName(), versionTag(decision)));
        }
        if (decisions.isEmpty()) {
            throw new InvalidModelException("'" + resourceName + "': Expected at least one decision, but none found");
        }
        var definitions = model.model().getDefinitions();
        return new Drg(definitions.getId(), definitions.getName(), List.copyOf(decisions), model);
    }

    /** The Camunda 8 {@code zeebe:versionTag} extension, else the Camunda 7 attribute. */
    private static String versionTag(Decision decision) {
        if (decision.getExtensionElements() != null) {
            for (DomElement child : decision.getExtensionElements().getDomElement().getChildElements()) {
                if ("versionTag".equals(child.getLocalName()) && ZEEBE_NS.equals(child.getNamespaceURI())) {
                    return child.getAttribute("value");
                }
            }
        }
        return decision.getVersionTag();
    }

    /** Evaluates a decision (and the decisions it requires) against the variables. */
    public Result evaluate(Drg drg, String decisionId, Map<String, Object> variables) {
        var outcome = dmn.eval(drg.parsed(), decisionId, variables);
        Audit.AuditLog log = outcome.isRight() ? outcome.right().get().auditLog() : outcome.left().get().auditLog();
        List<Evaluated> evaluated = new ArrayList<>();
        Object output = null;
        String failed = null;
        for (Audit.AuditLogEntry entry : CollectionConverters.asJava(log.entries())) {
            if (!drg.parsed().decisionsById().contains(entry.id())) {
                continue;
            }
            Val result = entry.result().result();
            boolean error = result instanceof ValError;
            if (error) {
                failed = entry.id();
            }
            Object value = error || result == null ? null : values.unpackVal(result);
            if (entry.id().equals(decisionId)) {
                output = value;
            }
            evaluated.add(evaluated(entry, value));
        }
        if (outcome.isLeft()) {
            return new Result(null, evaluated, failed == null ? decisionId : failed,
                    outcome.left().get().failure().message());
        }
        return new Result(output, evaluated, null, null);
    }

    private Evaluated evaluated(Audit.AuditLogEntry entry, Object output) {
        List<Input> inputs = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        if (entry.result() instanceof Audit.DecisionTableEvaluationResult table
                && entry.decisionLogic() instanceof ParsedDecisionTable logic) {
            for (Audit.EvaluatedInput input : CollectionConverters.asJava(table.inputs())) {
                inputs.add(new Input(input.input().id(), input.input().name(), unpack(input.value())));
            }
            List<ParsedRule> all = new ArrayList<>(CollectionConverters.asJavaCollection(logic.rules()));
            for (Audit.EvaluatedRule rule : CollectionConverters.asJava(table.matchedRules())) {
                List<Output> outputs = new ArrayList<>();
                for (Audit.EvaluatedOutput out : CollectionConverters.asJava(rule.outputs())) {
                    outputs.add(new Output(out.output().id(), out.output().name(), unpack(out.value())));
                }
                rules.add(new Rule(rule.rule().id(), all.indexOf(rule.rule()) + 1, outputs));
            }
        }
        return new Evaluated(entry.id(), entry.name(), type(entry), output, inputs, rules);
    }

    private Object unpack(Val value) {
        return value == null || value instanceof ValError ? null : values.unpackVal(value);
    }

    private static String type(Audit.AuditLogEntry entry) {
        return switch (entry.decisionLogic().getClass().getSimpleName()) {
            case "ParsedDecisionTable" -> "DECISION_TABLE";
            case "ParsedLiteralExpression" -> "LITERAL_EXPRESSION";
            case "ParsedContext" -> "CONTEXT";
            case "ParsedList" -> "LIST";
            case "ParsedRelation" -> "RELATION";
            case "ParsedInvocation" -> "INVOCATION";
            default -> "UNKNOWN";
        };
    }
}
