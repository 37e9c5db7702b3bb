package io.breachflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.breachflow.drill.DrillIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** In the drill profile, every drill endpoint is declared in {@code EndpointRoles.DRILL} and each role gets exactly that. */
@DrillIntegrationTest
class DrillSecurityMatrixIntegrationTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    WebInvocationPrivilegeEvaluator privileges;

    @Test
    void everyDrillEndpointIsDeclaredAndEachRoleReachesExactlyWhatTheTableGrants() {
        Set<String> drill = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> info.getPatternValues().stream()
                .filter(pattern -> pattern.equals("/drill") || pattern.startsWith("/drill/"))
                .forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> drill.add(method.name() + " " + pattern))));
        assertThat(drill).containsExactlyInAnyOrderElementsOf(EndpointRoles.DRILL.keySet());

        List<String> wrong = new ArrayList<>();
        EndpointRoles.DRILL.forEach((endpoint, roles) -> {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = EndpointRoles.samplePath(endpoint.substring(endpoint.indexOf(' ') + 1));
            for (Role role : Role.values()) {
                Authentication user = UsernamePasswordAuthenticationToken.authenticated(role.name().toLowerCase(), "",
                        AuthorityUtils.createAuthorityList("ROLE_" + role.name()));
                if (privileges.isAllowed("", path, method, user) != roles.contains(role)) {
                    wrong.add(endpoint + " for " + role);
                }
            }
        });
        assertThat(wrong).as("unexpected allows or refusals").isEmpty();
    }
}
