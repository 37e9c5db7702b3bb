package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.BreachflowIntegrationTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Issue 17: the OpenAPI description is what an integrator reads before calling the API, so it must list every
 * {@code /api/**} operation the application really serves, who may call it, and the problem answers it gives.
 */
@BreachflowIntegrationTest
class ApiDocumentationIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private String json;
    private OpenAPI document;

    @BeforeEach
    void readTheDescription() {
        HttpResponse<String> answer = new FormLoginClient(port).getWithBasic("/v3/api-docs", "auditor", "demo");
        assertThat(answer.statusCode()).isEqualTo(200);
        json = answer.body();
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(json);
        assertThat(parsed.getMessages()).as("OpenAPI 3 validation messages").isEmpty();
        document = parsed.getOpenAPI();
    }

    @Test
    void describesEveryApiOperationTheApplicationServesAndNothingElse() {
        assertThat(document.getOpenapi()).startsWith("3.");
        assertThat(documentedOperations().keySet()).containsExactlyInAnyOrderElementsOf(servedApiOperations());
    }

    @Test
    void everyOperationDocumentsItsProblemAnswers() {
        List<String> missing = new ArrayList<>();
        documentedOperations().forEach((endpoint, operation) -> {
            List<String> statuses = new ArrayList<>(List.of("401", "403"));
            if (endpoint.startsWith("POST ")) {
                statuses.add("400");
            }
            if (endpoint.contains("{")) {
                statuses.add("404");
            }
            for (String status : statuses) {
                ApiResponse response = operation.getResponses().get(status);
                if (response == null || response.getContent() == null
                        || !response.getContent().containsKey("application/problem+json")) {
                    missing.add(endpoint + " " + status);
                }
            }
        });
        assertThat(missing).as("operations without a problem+json answer").isEmpty();
        assertThat(document.getComponents().getSchemas().get("Problem").getProperties()).containsKey("errors");
    }

    @Test
    void everyOperationNamesTheRolesTheSecurityRulesLetThrough() {
        List<String> wrong = new ArrayList<>();
        documentedOperations().forEach((endpoint, operation) -> {
            Set<Role> declared = EndpointRoles.TABLE.get(endpoint);
            List<String> expected = declared == null ? List.of()
                    : declared.stream().sorted().map(Role::name).toList();
            Object documented = operation.getExtensions().get(ApiDocumentation.ROLES_EXTENSION);
            if (!expected.equals(documented) || !operation.getDescription().contains(
                    "Roles: " + String.join(", ", expected) + ".")) {
                wrong.add(endpoint + ": documented " + documented + ", EndpointRoles " + expected);
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void descriptionAndSwaggerUiAreForSignedInUsersOnly() {
        FormLoginClient anonymous = new FormLoginClient(port);
        assertThat(anonymous.get("/v3/api-docs").statusCode()).isEqualTo(401);
        assertThat(anonymous.get("/swagger-ui/index.html").statusCode()).isEqualTo(302);

        FormLoginClient officer = new FormLoginClient(port);
        officer.logIn("officer", "demo");
        assertThat(officer.get("/swagger-ui/index.html").statusCode()).isEqualTo(200);
        HttpResponse<String> config = officer.get("/v3/api-docs/swagger-config");
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs");
    }

    private Map<String, Operation> documentedOperations() {
        Map<String, Operation> operations = new TreeMap<>();
        document.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> operations.put(method.name() + " " + path, operation)));
        return operations;
    }

    private Set<String> servedApiOperations() {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.startsWith("/api/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> endpoints.add(method.name() + " " + pattern))));
        return endpoints;
    }
}
