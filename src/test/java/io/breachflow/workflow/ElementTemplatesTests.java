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

    private static List<String> serviceJobTypes() throws IllegalAccessException {
        List<String> types = new ArrayList<>();
        for (Field field : JobTypes.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && !"USER_TASK".equals(field.getName())) {
                types.add((String) field.get(null));
            }
        }
        return types;
    }
}
