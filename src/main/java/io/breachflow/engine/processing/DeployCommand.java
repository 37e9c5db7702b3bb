package io.breachflow.engine.processing;

import io.breachflow.engine.model.ExecutableProcess;
import io.breachflow.engine.model.InvalidModelException;
import io.breachflow.engine.processing.EngineRecords.DeployedProcess;
import io.breachflow.engine.processing.EngineRecords.DeploymentResult;
import io.breachflow.engine.processing.EngineRecords.Resource;
import io.breachflow.engine.state.ProcessDefinition;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Validates every resource (BPMN, DMN, Camunda Forms) first and stores nothing unless all are valid; a
 * process whose resource did not change keeps its version, as on Zeebe.
 */
record DeployCommand(List<Resource> resources) implements Command<DeploymentResult> {

    @Override
    public DeploymentResult execute(CommandContext ctx) {
        if (resources.isEmpty()) {
            throw Rejection.invalid("Expected to deploy at least one resource, but none given");
        }
        Map<Resource, List<ExecutableProcess>> transformed = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        DecisionDeployment decisions = new DecisionDeployment();
        FormDeployment forms = new FormDeployment();
        for (Resource resource : resources) {
            if (FormDeployment.accepts(resource)) {
                forms.validate(resource, errors);
                continue;
            }
            if (DecisionDeployment.accepts(resource)) {
                decisions.validate(ctx, resource, errors);
                continue;
            }
            if (!(resource.name().endsWith(".bpmn") || resource.name().endsWith(".xml"))) {
                errors.add("'" + resource.name() + "': Expected a BPMN, DMN or form resource (.bpmn, .xml, .dmn or "
                        + ".form), but the embedded engine does not deploy this kind of resource yet");
                continue;
            }
            try {
                transformed.put(resource, ctx.models().transformer().transform(resource.name(), resource.content()));
            } catch (InvalidModelException e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) {
            throw Rejection.invalid("Expected to deploy new resources, but encountered the following errors:\n%s",
                    String.join("\n", errors));
        }
        long deploymentKey = ctx.nextKey();
        List<DeployedProcess> deployed = new ArrayList<>();
        transformed.forEach((resource, processes) -> {
            String checksum = checksum(resource.content());
            for (ExecutableProcess process : processes) {
                deployed.add(store(ctx, resource, process, checksum, deploymentKey));
            }
        });
        return new DeploymentResult(deploymentKey, deployed, decisions.store(ctx, deploymentKey),
                forms.store(ctx, deploymentKey));
    }

    private static DeployedProcess store(CommandContext ctx, Resource resource, ExecutableProcess process,
            String checksum, long deploymentKey) {
        ProcessDefinition latest = ctx.store.latestDefinition(process.bpmnProcessId());
        if (latest != null && latest.checksum().equals(checksum) && latest.resourceName().equals(resource.name())) {
            return new DeployedProcess(latest.bpmnProcessId(), latest.version(), latest.key(), latest.resourceName());
        }
        ProcessDefinition definition = new ProcessDefinition(ctx.nextKey(), process.bpmnProcessId(),
                nextVersion(ctx, "PROCESS", process.bpmnProcessId(), latest == null ? 0 : latest.version()),
                resource.name(), checksum, deploymentKey,
                process.versionTag());
        ctx.store.insertDefinition(definition, resource.content(), ctx.now);
        ctx.models().put(definition, process);
        try {
            new BpmnExecutor(ctx).starts().openStartEvents(definition, process);
        } catch (io.breachflow.engine.model.Expression.EvaluationFailure e) {
            throw Rejection.invalid("Expected to deploy new resources, but encountered the following errors:\n'%s': %s",
                    resource.name(), e.getMessage());
        }
        ctx.history(-1, "PROCESS", "CREATED", definition.key(), process.bpmnProcessId(), null,
                "{\"version\":" + definition.version() + "}");
        return new DeployedProcess(definition.bpmnProcessId(), definition.version(), definition.key(),
                definition.resourceName());
    }

    /** The version after the latest, and after any deleted one: Zeebe never reuses a version number. */
    static int nextVersion(CommandContext ctx, String kind, String id, int latestVersion) {
        return Math.max(latestVersion, ctx.store.highestDeletedVersion(kind, id)) + 1;
    }

    static String checksum(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
