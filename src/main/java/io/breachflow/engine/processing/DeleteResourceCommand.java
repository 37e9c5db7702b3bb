package io.breachflow.engine.processing;

import io.breachflow.engine.model.Expression;
import io.breachflow.engine.state.DecisionDefinition;
import io.breachflow.engine.state.DecisionRequirementsDefinition;
import io.breachflow.engine.state.DecisionStore;
import io.breachflow.engine.state.ProcessDefinition;
import java.util.List;

/**
 * Deletes a process definition or a decision requirements graph (with its decisions) by key, as
 * Zeebe 8.8 does: a process definition with running instances is refused (8.8 documents this as a
 * limitation; later versions drain instead), the previous version becomes the latest again and gets
 * back its timer, message and signal start events, and a deleted version number is never reused.
 * The definition leaves the tables, so get and search no longer find it; the history of instances
 * that already ended stays (8.8 does not remove it from secondary storage either).
 */
record DeleteResourceCommand(long key) implements Command<Void> {

    @Override
    public Void execute(CommandContext ctx) {
        ProcessDefinition process = ctx.store.definition(key);
        if (process != null) {
            deleteProcess(ctx, process);
            return null;
        }
        DecisionStore decisions = new DecisionStore(ctx.store);
        DecisionRequirementsDefinition drg = decisions.requirements(key);
        if (drg != null) {
            deleteRequirements(ctx, decisions, drg);
            return null;
        }
        throw Rejection.notFound("Expected to delete resource but no resource found with key '%d'", key);
    }

    private static void deleteProcess(CommandContext ctx, ProcessDefinition process) {
        if (ctx.store.hasLiveInstances(process.key())) {
            throw Rejection.precondition("Expected to delete resource with key '%d' but there are still running "
                    + "instances", process.key());
        }
        ProcessDefinition latest = ctx.store.latestDefinition(process.bpmnProcessId());
        ctx.store.deleteDefinition(process, ctx.now);
        ctx.store.events().closeStartEvents(List.of(process.key()));
        ctx.models().evict(process.key());
        ctx.history(-1, "PROCESS", "DELETED", process.key(), process.bpmnProcessId(), null,
                "{\"version\":" + process.version() + "}");
        ProcessDefinition previous = ctx.store.latestDefinition(process.bpmnProcessId());
        if (latest.key() == process.key() && previous != null) {
            try {
                new BpmnExecutor(ctx).starts().openStartEvents(previous, ctx.process(previous.key()));
            } catch (Expression.EvaluationFailure e) {
                throw Rejection.precondition("Expected to reopen the start events of version %d of process '%s', "
                        + "which becomes the latest, but: %s", previous.version(), previous.bpmnProcessId(),
                        e.getMessage());
            }
        }
    }

    private static void deleteRequirements(CommandContext ctx, DecisionStore decisions,
            DecisionRequirementsDefinition drg) {
        for (DecisionDefinition decision : decisions.decisionsOf(drg.key())) {
            ctx.store.rememberDeleted(decision.key(), "DECISION", decision.decisionId(), decision.version(), ctx.now);
            ctx.history(-1, "DECISION", "DELETED", decision.key(), decision.decisionId(), null,
                    "{\"version\":" + decision.version() + "}");
        }
        ctx.store.rememberDeleted(drg.key(), "DECISION_REQUIREMENTS", drg.decisionRequirementsId(), drg.version(),
                ctx.now);
        decisions.deleteRequirements(drg.key());
        ctx.models().decisions().evict(drg.key());
        ctx.history(-1, "DECISION_REQUIREMENTS", "DELETED", drg.key(), drg.decisionRequirementsId(), null,
                "{\"version\":" + drg.version() + "}");
    }
}
