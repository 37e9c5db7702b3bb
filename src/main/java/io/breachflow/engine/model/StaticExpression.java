package io.breachflow.engine.model;

/** An attribute written without a leading {@code =}: its text is the value. */
record StaticExpression(String text, Object value) implements Expression {

    @Override
    public Object evaluate(VariableLookup variables) {
        return value;
    }
}
