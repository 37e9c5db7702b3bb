package io.breachflow.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;

/**
 * The OpenAPI 3 description of {@code /api/**} (springdoc: {@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui.html}, both for signed-in users). Who may call each operation is not written by hand:
 * every role is put to {@link SecurityConfiguration}'s rules through Spring Security's privilege evaluator,
 * and the roles it lets through are named in the operation's description and in {@code x-breachflow-roles}.
 * Every operation documents the {@code application/problem+json} answers {@link ApiProblemAdvice} and
 * {@link ProblemJsonSecurityResponses} give (401, 403; 400 for input; 404 for a path id).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String ROLES_EXTENSION = "x-breachflow-roles";
    private static final String PROBLEM = "Problem";

    @Bean
    OpenAPI breachflowOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Breachflow API").version("1")
                        .description("Breach-notification workflow: incidents, obligations, tasks, notices, "
                                + "evidence and the audit trail. HTTP Basic, or the session of a signed-in user; "
                                + "errors are RFC 9457 problems with a field-level errors list.")
                        .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")))
                .components(new Components().addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }

    /** Roles and problem answers on every operation, from the security rules as they are at run time. */
    @Bean
    OpenApiCustomizer breachflowOperations(ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents().addSchemas(PROBLEM, problemSchema());
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                List<String> roles = rolesAllowed(privileges.getObject(), method, path);
                describeRoles(operation, roles);
                addProblems(operation, method, path);
            }));
        };
    }

    /** The roles the security rules let call {@code method path} (path variables filled with a sample). */
    static List<String> rolesAllowed(WebInvocationPrivilegeEvaluator privileges, PathItem.HttpMethod method,
            String path) {
        String sample = path.replaceAll("\\{[^}]+}", "1");
        return Arrays.stream(Role.values()).filter(role -> privileges.isAllowed("", sample, method.name(),
                        UsernamePasswordAuthenticationToken.authenticated("openapi", "",
                                AuthorityUtils.createAuthorityList("ROLE_" + role.name()))))
                .map(Role::name).toList();
    }

    private static void describeRoles(Operation operation, List<String> roles) {
        String line = "Roles: " + (roles.isEmpty() ? "none" : String.join(", ", roles)) + ".";
        String description = operation.getDescription();
        operation.setDescription(description == null || description.isBlank() ? line : description + "\n\n" + line);
        operation.addExtension(ROLES_EXTENSION, roles);
    }

    private static void addProblems(Operation operation, PathItem.HttpMethod method, String path) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        boolean input = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || method == PathItem.HttpMethod.POST;
        if (input) {
            problem(responses, "400", "The input is invalid: errors names each field (field, message).");
        }
        problem(responses, "401", "No or wrong credentials.");
        problem(responses, "403", "The role may not call this operation (see Roles), or a cross-site request.");
        if (path.contains("{")) {
            problem(responses, "404", "Nothing with this id.");
        }
        operation.setResponses(responses);
    }

    private static void problem(ApiResponses responses, String status, String description) {
        ApiResponse response = responses.get(status);
        if (response == null) {
            response = new ApiResponse().description(description);
            responses.addApiResponse(status, response);
        }
        Content content = response.getContent() == null ? new Content() : response.getContent();
        content.remove("*/*");
        content.addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
        response.setContent(content);
    }

    private static Schema<?> problemSchema() {
        Schema<?> fieldProblem = new ObjectSchema().description("One invalid input")
                .properties(Map.of("field", new StringSchema().description("JSON path or parameter name"),
                        "message", new StringSchema().description("what is wrong with it")));
        return new ObjectSchema().description("RFC 9457 problem details")
                .properties(Map.of("type", new StringSchema().format("uri"), "title", new StringSchema(),
                        "status", new IntegerSchema(), "detail", new StringSchema(),
                        "instance", new StringSchema().format("uri"),
                        "errors", new ArraySchema().items(fieldProblem)));
    }
}
