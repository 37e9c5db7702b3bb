package io.breachflow.engine.processing;

import io.breachflow.engine.model.ExecutableElement;
import io.breachflow.engine.model.Expression;
import io.breachflow.engine.model.LoopCharacteristics;
import io.breachflow.engine.state.ElementInstance;
import io.breachflow.engine.state.Incident;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Multi-instance activities: a body instance (its own scope, where boundary events attach) runs one
 * inner instance per element of the input collection, in parallel or one after another.
 *
 * <p>Output elements are kept per loop counter and assembled into {@code outputCollection} when the
 * body completes, so a body over 10,000 elements neither rewrites a 10,000-slot array 10,000 times
 * nor hands it to every one of its 10,000 jobs. Unlike Zeebe, the variable therefore does not exist
 * while the body runs; it appears, complete and in input order, when the body completes.
 */
final class MultiInstanceBehavior {
    private static final Pattern PLAIN_VARIABLE = Pattern.compile("=?\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*");

    private final CommandContext ctx;
    private final BpmnExecutor executor;

    MultiInstanceBehavior(CommandContext ctx, BpmnExecutor executor) {
        this.ctx = ctx;
        this.executor = executor;
    }

    void activate(ElementInstance body, ExecutableElement element) {
        LoopCharacteristics loop = element.loop();
        Object value;
        try {
            if (loop.inputCollection() == null) {
                throw new Expression.EvaluationFailure("Expected an inputCollection on the multi-instance activity");
            }
            value = loop.inputCollection().evaluate(ctx.variables.lookup(body.key()));
            if (!(value instanceof List<?>)) {
                throw new Expression.EvaluationFailure("Expected result of the expression '"
                        + loop.inputCollection().text() + "' to be 'ARRAY', but was '" + BpmnExecutor.typeName(value)
                        + "'.");
            }
        } catch (Expression.EvaluationFailure e) {
            executor.incident(body, "EXTRACT_VALUE_ERROR", e.getMessage(), Incident.RetryStep.ACTIVATE, -1);
            return;
        }
        List<?> items = (List<?>) value;
        executor.activatedState(body);
        body.multiInstance(items.size(), 0, 0);
        if (items.isEmpty()) {
            executor.later(() -> executor.complete(body, Map.of(), null));
            return;
        }
        if (loop.sequential()) {
            ctx.store.events().saveInputCollection(body.key(), ctx.json.write(items));
            createInner(body, element, 1, ctx.json.write(items.get(0)));
        } else {
            for (int i = 0; i < items.size(); i++) {
                createInner(body, element, i + 1, ctx.json.write(items.get(i)));
            }
        }
    }

    private void createInner(ElementInstance body, ExecutableElement element, int loopCounter, String item) {
        ElementInstance inner = executor.createChild(body, element, element.type());
        LoopCharacteristics loop = element.loop();
        if (loop.inputElement() != null) {
            ctx.variables.setLocal(inner.key(), loop.inputElement(), item);
        }
        ctx.variables.setLocal(inner.key(), "loopCounter", String.valueOf(loopCounter));
        String plain = plainOutputVariable(loop);
        if (plain != null && !plain.equals(loop.inputElement())) {
            ctx.variables.setLocal(inner.key(), plain, "null");
        }
        executor.later(() -> executor.activate(inner));
    }

    private static String plainOutputVariable(LoopCharacteristics loop) {
        if (loop.outputElement() == null) {
            return null;
        }
        Matcher matcher = PLAIN_VARIABLE.matcher(loop.outputElement().text());
        return matcher.matches() ? matcher.group(1) : null;
    }

    /** Evaluates {@code outputElement} in the completing inner instance and keeps it at its loop counter. */
    void collectOutput(ElementInstance body, ElementInstance inner, ExecutableElement element) {
        LoopCharacteristics loop = element.loop();
        if (loop.outputCollection() == null || loop.outputElement() == null) {
            return;
        }
        Object value;
        try {
            value = loop.outputElement().evaluate(ctx.variables.lookup(inner.key()));
        } catch (Expression.EvaluationFailure e) {
            value = null;
        }
        int counter = Integer.parseInt(ctx.variables.locals(inner.key()).getOrDefault("loopCounter", "0"));
        ctx.store.events().saveOutputElement(body.key(), counter, ctx.json.write(value));
    }

    void innerCompleted(ElementInstance body, ExecutableElement element) {
        int completed = body.miCompleted() + 1;
        body.multiInstance(body.miTotal(), completed, body.miTerminated());
        LoopCharacteristics loop = element.loop();
        if (loop.completionCondition() != null && conditionMet(body, loop)) {
            int terminated = 0;
            for (ElementInstance inner : ctx.children(body.key())) {
                executor.terminate(inner);
                terminated++;
            }
            body.multiInstance(body.miTotal(), completed, body.miTerminated() + terminated);
            executor.later(() -> executor.complete(body, Map.of(), null));
            return;
        }
        if (loop.sequential() && completed < body.miTotal()) {
            List<?> items = (List<?>) ctx.json.read(ctx.store.events().inputCollection(body.key()));
            createInner(body, element, completed + 1, ctx.json.write(items.get(completed)));
        } else if (body.activeChildren() == 0) {
            executor.later(() -> executor.complete(body, Map.of(), null));
        }
    }

    private boolean conditionMet(ElementInstance body, LoopCharacteristics loop) {
        Expression.VariableLookup variables = ctx.variables.lookup(body.key());
        Expression.VariableLookup withCounts = name -> switch (name) {
            case "numberOfInstances" -> body.miTotal();
            case "numberOfActiveInstances" -> body.activeChildren();
            case "numberOfCompletedInstances" -> body.miCompleted();
            case "numberOfTerminatedInstances" -> body.miTerminated();
            default -> variables.lookup(name);
        };
        try {
            return Boolean.TRUE.equals(loop.completionCondition().evaluate(withCounts));
        } catch (Expression.EvaluationFailure e) {
            return false;
        }
    }

    /** Before the body completes: the assembled output collection replaces the placeholder and propagates. */
    void beforeBodyCompletes(ElementInstance body, ExecutableElement element) {
        LoopCharacteristics loop = element.loop();
        if (loop.outputCollection() != null) {
            List<String> slots = loop.outputElement() == null
                    ? new ArrayList<>(Collections.nCopies(body.miTotal(), "null"))
                    : ctx.store.events().outputElements(body.key(), body.miTotal());
            String collection = "[" + String.join(",", slots) + "]";
            ctx.variables.setLocal(body.key(), loop.outputCollection(), collection);
            ctx.variables.propagate(body.flowScopeKey(), Map.of(loop.outputCollection(), collection));
        }
        ctx.store.events().deleteMultiInstance(body.key());
    }
}
