package io.breachflow.engine.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.breachflow.engine.processing.DecisionRecords;
import io.breachflow.engine.processing.Engine;
import io.breachflow.engine.processing.EngineRecords;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v2/deployments}: BPMN, DMN and form resources as multipart parts named {@code resources}, deployed by
 * the same engine command as the gRPC DeployResource; the answer lists process definitions, then decision
 * definitions, then decision requirements, then forms, as 8.8 does.
 */
final class DeploymentRoutes {
    private final Engine engine;

    DeploymentRoutes(Engine engine) {
        this.engine = engine;
    }

    List<Route> routes() {
        return List.of(Route.async("POST", "/v2/deployments", this::deploy));
    }

    private java.util.concurrent.CompletableFuture<Reply> deploy(Request request) {
        List<EngineRecords.Resource> resources = new ArrayList<>();
        for (Multipart.Part part : Multipart.parse(request.contentType(), request.body())) {
            if ("tenantId".equals(part.name())) {
                String tenant = part.text();
                if (!tenant.isEmpty() && !JsonBody.DEFAULT_TENANT.equals(tenant)) {
                    throw Problem.invalid("Expected to handle request with tenant identifier '" + tenant
                            + "', but multi-tenancy is disabled");
                }
            } else if ("resources".equals(part.name())) {
                resources.add(new EngineRecords.Resource(part.filename() == null ? "resource" : part.filename(),
                        part.content()));
            }
        }
        if (resources.isEmpty()) {
            throw Problem.invalid("No resources provided.");
        }
        return engine.deploy(resources).thenApply(result -> Reply.json(deployment(result)));
    }

    private static ObjectNode deployment(EngineRecords.DeploymentResult result) {
        ObjectNode body = Json.object();
        body.put("deploymentKey", Json.key(result.key()));
        body.put("tenantId", JsonBody.DEFAULT_TENANT);
        ArrayNode deployments = body.putArray("deployments");
        for (EngineRecords.DeployedProcess process : result.processes()) {
            ObjectNode entry = deployments.addObject().putObject("processDefinition");
            entry.put("processDefinitionId", process.bpmnProcessId());
            entry.put("processDefinitionVersion", process.version());
            entry.put("resourceName", process.resourceName());
            entry.put("tenantId", JsonBody.DEFAULT_TENANT);
            entry.put("processDefinitionKey", Json.key(process.key()));
        }
        for (DecisionRecords.DeployedDecisionRequirements graph : result.decisionRequirements()) {
            for (DecisionRecords.DeployedDecision decision : graph.decisions()) {
                ObjectNode entry = deployments.addObject().putObject("decisionDefinition");
                entry.put("decisionDefinitionId", decision.id());
                entry.put("version", decision.version());
                entry.put("name", decision.name());
                entry.put("tenantId", JsonBody.DEFAULT_TENANT);
                entry.put("decisionRequirementsId", decision.decisionRequirementsId());
                entry.put("decisionDefinitionKey", Json.key(decision.key()));
                entry.put("decisionRequirementsKey", Json.key(decision.decisionRequirementsKey()));
            }
        }
        for (DecisionRecords.DeployedDecisionRequirements graph : result.decisionRequirements()) {
            ObjectNode entry = deployments.addObject().putObject("decisionRequirements");
            entry.put("decisionRequirementsId", graph.id());
            entry.put("version", graph.version());
            entry.put("decisionRequirementsName", graph.name());
            entry.put("tenantId", JsonBody.DEFAULT_TENANT);
            entry.put("resourceName", graph.resourceName());
            entry.put("decisionRequirementsKey", Json.key(graph.key()));
        }
        for (EngineRecords.DeployedForm form : result.forms()) {
            ObjectNode entry = deployments.addObject().putObject("form");
            entry.put("formId", form.formId());
            entry.put("version", form.version());
            entry.put("resourceName", form.resourceName());
            entry.put("tenantId", JsonBody.DEFAULT_TENANT);
            entry.put("formKey", Json.key(form.key()));
        }
        return body;
    }
}
