package io.breachflow.engine.processing;

import io.breachflow.engine.model.DecisionResources;
import io.breachflow.engine.model.InvalidModelException;
import io.breachflow.engine.processing.DecisionRecords.DeployedDecision;
import io.breachflow.engine.processing.DecisionRecords.DeployedDecisionRequirements;
import io.breachflow.engine.processing.EngineRecords.Resource;
import io.breachflow.engine.state.DecisionDefinition;
import io.breachflow.engine.state.DecisionRequirementsDefinition;
import io.breachflow.engine.state.DecisionStore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The DMN part of a deployment: every {@code .dmn} resource is parsed while the deployment is
 * validated, and stored only if the whole deployment is valid. A graph whose resource did not
 * change keeps its version and the versions of its decisions, as on Zeebe.
 */
final class DecisionDeployment {
    private final Map<Resource, DecisionResources.Drg> parsed = new LinkedHashMap<>();
    private final Map<String, String> drgResources = new HashMap<>();
    private final Map<String, String> decisionResources = new HashMap<>();

    static boolean accepts(Resource resource) {
        return resource.name().endsWith(".dmn");
    }

    void validate(CommandContext ctx, Resource resource, List<String> errors) {
        DecisionResources.Drg drg;
        try {
            drg = ctx.models().decisions().resources().parse(resource.name(), resource.content());
        } catch (InvalidModelException e) {
            errors.add(e.getMessage());
            return;
        }
        String other = drgResources.putIfAbsent(drg.id(), resource.name());
        if (other != null) {
            errors.add(String.format("Expected the decision requirements ids to be unique within a deployment, but "
                    + "found a duplicated id '%s' in the resources '%s' and '%s'", drg.id(), other, resource.name()));
        }
        for (DecisionResources.DecisionInfo decision : drg.decisions()) {
            other = decisionResources.putIfAbsent(decision.id(), resource.name());
            if (other != null) {
                errors.add(String.format("Expected the decision ids to be unique within a deployment, but found a "
                        + "duplicated id '%s' in the resources '%s' and '%s'", decision.id(), other, resource.name()));
            }
        }
        parsed.put(resource, drg);
    }

    List<DeployedDecisionRequirements> store(CommandContext ctx, long deploymentKey) {
        DecisionStore store = new DecisionStore(ctx.store);
        List<DeployedDecisionRequirements> deployed = new ArrayList<>();
        parsed.forEach((resource, drg) -> deployed.add(store(ctx, store, resource, drg, deploymentKey)));
        return deployed;
    }

    private static DeployedDecisionRequirements store(CommandContext ctx, DecisionStore store, Resource resource,
            DecisionResources.Drg drg, long deploymentKey) {
        String checksum = DeployCommand.checksum(resource.content());
        DecisionRequirementsDefinition latest = store.latestRequirements(drg.id());
        if (latest != null && latest.checksum().equals(checksum) && latest.resourceName().equals(resource.name())) {
            return deployed(latest, store.decisionsOf(latest.key()));
        }
        DecisionRequirementsDefinition definition = new DecisionRequirementsDefinition(ctx.nextKey(), drg.id(),
                drg.name(), DeployCommand.nextVersion(ctx, "DECISION_REQUIREMENTS", drg.id(),
                        latest == null ? 0 : latest.version()), resource.name(), checksum, deploymentKey);
        store.insertRequirements(definition, resource.content(), ctx.now);
        ctx.history(-1, "DECISION_REQUIREMENTS", "CREATED", definition.key(), drg.id(), null,
                "{\"version\":" + definition.version() + "}");
        List<DecisionDefinition> decisions = new ArrayList<>();
        for (DecisionResources.DecisionInfo info : drg.decisions()) {
            DecisionDefinition previous = store.latestDecision(info.id());
            DecisionDefinition decision = new DecisionDefinition(ctx.nextKey(), info.id(), info.name(),
                    DeployCommand.nextVersion(ctx, "DECISION", info.id(), previous == null ? 0 : previous.version()),
                    info.versionTag(), definition.key(), drg.id(),
                    deploymentKey);
            store.insertDecision(decision, ctx.now);
            ctx.history(-1, "DECISION", "CREATED", decision.key(), info.id(), null,
                    "{\"version\":" + decision.version() + "}");
            decisions.add(decision);
        }
        ctx.models().decisions().put(definition.key(), drg);
        return deployed(definition, decisions);
    }

    private static DeployedDecisionRequirements deployed(DecisionRequirementsDefinition drg,
            List<DecisionDefinition> decisions) {
        return new DeployedDecisionRequirements(drg.decisionRequirementsId(), drg.name(), drg.version(), drg.key(),
                drg.resourceName(), decisions.stream().map(DecisionDeployment::deployed).toList());
    }

    static DeployedDecision deployed(DecisionDefinition d) {
        return new DeployedDecision(d.decisionId(), d.name(), d.version(), d.key(), d.decisionRequirementsId(),
                d.decisionRequirementsKey());
    }
}
