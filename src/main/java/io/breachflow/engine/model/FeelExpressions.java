package io.breachflow.engine.model;

import java.time.ZonedDateTime;
import java.util.function.Supplier;
import org.camunda.feel.api.EvaluationResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.camunda.feel.context.Context;
import org.camunda.feel.context.CustomContext;
import org.camunda.feel.context.VariableProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import scala.Option;
import scala.collection.Iterable;

/**
 * Parses and evaluates FEEL with camunda/feel-scala, the evaluator Zeebe itself uses, so
 * expressions behave identically on the embedded engine and on a cluster.
 */
public final class FeelExpressions {

    private final FeelEngineApi feel;

    public FeelExpressions(Supplier<ZonedDateTime> now) {
        this.feel = FeelEngineBuilder.forJava().withClock(now::get).build();
    }

    /**
     * Reads a modelled attribute: {@code =expr} is FEEL, anything else a static value.
     *
     * @throws IllegalArgumentException naming the parse problem when the FEEL does not parse
     */
    public Expression parse(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        if (!trimmed.startsWith("=")) {
            return new StaticExpression(text, text);
        }
        ParseResult parsed = feel.parseExpression(trimmed.substring(1));
        if (parsed.isFailure()) {
            throw new IllegalArgumentException("failed to parse expression '" + trimmed + "': "
                    + parsed.failure().message());
        }
        return new FeelExpression(trimmed, parsed.parsedExpression(), this);
    }

    /** Reads an attribute that must be an expression even without the leading {@code =}. */
    public Expression parseAlwaysFeel(String text) {
        String trimmed = text.strip();
        return parse(trimmed.startsWith("=") ? trimmed : "=" + trimmed);
    }

    Object evaluate(FeelExpression expression, Expression.VariableLookup variables) {
        EvaluationResult result = feel.evaluate(expression.parsed(), new LookupContext(variables));
        if (result.isFailure()) {
            throw new Expression.EvaluationFailure("Expected result of the expression '"
                    + expression.text() + "' to be evaluated, but " + result.failure().message());
        }
        return result.result();
    }

    record FeelExpression(String text, ParsedExpression parsed, FeelExpressions feel) implements Expression {
        @Override
        public Object evaluate(VariableLookup variables) {
            return feel.evaluate(this, variables);
        }
    }

    private static final class LookupContext extends CustomContext {
        private final VariableProvider provider;

        LookupContext(Expression.VariableLookup variables) {
            this.provider = new VariableProvider() {
                @Override
                public Option<Object> getVariable(String name) {
                    Object value = variables.lookup(name);
                    return value == Expression.VariableLookup.MISSING ? Option.empty() : Option.apply(value);
                }

                @Override
                public Iterable<String> keys() {
                    return scala.jdk.javaapi.CollectionConverters.asScala(java.util.List.<String>of());
                }
            };
        }

        @Override
        public VariableProvider variableProvider() {
            return provider;
        }
    }
}
