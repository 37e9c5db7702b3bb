package io.breachflow.engine.processing;

/** A unit of engine work: runs to its wait states inside one transaction on the processing thread. */
@FunctionalInterface
interface Command<T> {
    T execute(CommandContext ctx);
}
