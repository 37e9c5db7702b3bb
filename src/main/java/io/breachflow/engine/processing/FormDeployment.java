package io.breachflow.engine.processing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.breachflow.engine.processing.EngineRecords.DeployedForm;
import io.breachflow.engine.processing.EngineRecords.Resource;
import io.breachflow.engine.state.FormDefinition;
import io.breachflow.engine.state.FormStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Camunda Forms part of a deployment: every {@code .form} resource must be a JSON object with a non-blank
 * {@code id}; it is stored only if the whole deployment is valid. A form whose resource did not change keeps its
 * version, as processes do on Zeebe, so redeploying an application does not multiply form versions.
 */
final class FormDeployment {
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Parsed(String id, String versionTag, String schema) {
    }

    private final Map<Resource, Parsed> parsed = new LinkedHashMap<>();
    private final Map<String, String> resourceOfId = new HashMap<>();

    static boolean accepts(Resource resource) {
        return resource.name().endsWith(".form");
    }

    void validate(Resource resource, List<String> errors) {
        JsonNode form;
        try {
            form = JSON.readTree(resource.content());
        } catch (IOException e) {
            String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            errors.add(String.format("'%s': Expected the form to be valid JSON, but it could not be parsed: %s",
                    resource.name(), reason));
            return;
        }
        JsonNode id = form == null ? null : form.get("id");
        if (form == null || !form.isObject() || id == null || !id.isTextual() || id.asText().isBlank()) {
            errors.add(String.format("'%s': Expected the form to be a JSON object with a non-blank string 'id' (the "
                    + "formId user tasks link), but it has none", resource.name()));
            return;
        }
        String other = resourceOfId.putIfAbsent(id.asText(), resource.name());
        if (other != null) {
            errors.add(String.format("Expected the form ids to be unique within a deployment, but found a duplicated "
                    + "id '%s' in the resources '%s' and '%s'", id.asText(), other, resource.name()));
        }
        JsonNode tag = form.get("versionTag");
        parsed.put(resource, new Parsed(id.asText(), tag != null && tag.isTextual() && !tag.asText().isBlank()
                ? tag.asText() : null, new String(resource.content(), StandardCharsets.UTF_8)));
    }

    List<DeployedForm> store(CommandContext ctx, long deploymentKey) {
        FormStore forms = new FormStore(ctx.store);
        List<DeployedForm> deployed = new ArrayList<>();
        parsed.forEach((resource, form) -> deployed.add(store(ctx, forms, resource, form, deploymentKey)));
        return deployed;
    }

    private static DeployedForm store(CommandContext ctx, FormStore forms, Resource resource, Parsed form,
            long deploymentKey) {
        String checksum = DeployCommand.checksum(resource.content());
        FormDefinition latest = forms.latest(form.id());
        if (latest != null && latest.checksum().equals(checksum) && latest.resourceName().equals(resource.name())) {
            return deployed(latest);
        }
        FormDefinition definition = new FormDefinition(ctx.nextKey(), form.id(),
                DeployCommand.nextVersion(ctx, "FORM", form.id(), latest == null ? 0 : latest.version()),
                form.versionTag(), resource.name(), checksum, deploymentKey, form.schema());
        forms.insert(definition, ctx.now);
        ctx.history(-1, "FORM", "CREATED", definition.key(), form.id(), null,
                "{\"version\":" + definition.version() + "}");
        return deployed(definition);
    }

    private static DeployedForm deployed(FormDefinition form) {
        return new DeployedForm(form.formId(), form.version(), form.key(), form.resourceName());
    }
}
