package io.breachflow.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Camunda Modeler users get one element template per Breachflow job type, spelled as the workers expect. */
class ElementTemplatesTests {

    @Test
    void everyServiceJobTypeHasAnElementTemplate() throws IOException, IllegalAccessException {
        JsonNode templates = new ObjectMapper().readTree(Path.of("bpmn/element-templates/breachflow-job-types.json")
                .toFile());
        List<String> templated = new ArrayList<>();
        for (JsonNode template : templates) {
            for (JsonNode property : template.get("properties")) {
                JsonNode binding = property.get("binding");
                if ("zeebe:taskDefinition".equals(binding.get("type").asText())
                        && "type".equals(binding.get("property").asText())) {
                    templated.add(property.get("value").asText());
                }
            }
        }

        assertThat(templated).containsExactlyInAnyOrderElementsOf(serviceJobTypes());
    }

    /** Camunda Modeler shows a task as its template (and keeps it in step) only when the diagram names it. */
    @Test
    void everyServiceTaskOfTheModelsNamesTheTemplateOfItsJobType() throws IOException {
        java.util.Map<String, String> templateOfType = new java.util.HashMap<>();
        for (JsonNode template : new ObjectMapper().readTree(Path.of("bpmn/element-templates/breachflow-job-types.json")
                .toFile())) {
            for (JsonNode property : template.get("properties")) {
                if ("type".equals(property.get("binding").path("property").asText())) {
                    templateOfType.put(property.get("value").asText(), template.get("id").asText());
                }
            }
        }
        java.util.regex.Pattern task = java.util.regex.Pattern.compile(
                "<bpmn:serviceTask id=\"([^\"]+)\"([^>]*)>.*?<zeebe:taskDefinition type=\"([^\"]+)\"",
                java.util.regex.Pattern.DOTALL);
        java.util.regex.Pattern reference = java.util.regex.Pattern.compile("zeebe:modelerTemplate=\"([^\"]+)\"");
        List<String> checked = new ArrayList<>();
        try (var models = java.nio.file.Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).toList()) {
                java.util.regex.Matcher matcher = task.matcher(java.nio.file.Files.readString(model));
                while (matcher.find()) {
                    java.util.regex.Matcher named = reference.matcher(matcher.group(2));
                    assertThat(named.find() ? named.group(1) : null)
                            .as("%s %s (%s)", model.getFileName(), matcher.group(1), matcher.group(3))
                            .isEqualTo(templateOfType.get(matcher.group(3)));
                    checked.add(matcher.group(1));
                }
            }
        }
        assertThat(checked).hasSizeGreaterThanOrEqualTo(25);
    }

    private static List<String> serviceJobTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Field field : JobTypes.class.getFields()) {
            // user tasks and their listeners are not service tasks: no template applies to them
            if (Modifier.isStatic(field.getModifiers()) && !java.util.Set.of("USER_TASK", "TASK_CREATED")
                    .contains(field.getName())) {
                types.add((String) field.get(null));
            }
        }
        return types;
    }
}
